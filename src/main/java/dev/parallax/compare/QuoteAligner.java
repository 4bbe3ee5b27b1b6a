package dev.parallax.compare;

import dev.parallax.index.Analyzers;
import dev.parallax.text.Span;
import dev.parallax.text.TextFolding;
import dev.parallax.text.quotes.Quotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Pairs the direct quotations of two articles: the same words attributed to the same person (or to
 * nobody in one of them), judged by shared stems. A pair whose words differ is a variant; quotations
 * without a counterpart are listed with the other side empty.
 */
final class QuoteAligner {
    /** Share of the shorter quotation's stems the other must contain to be the same quotation. */
    private static final double SAME_QUOTE = 0.5;

    private QuoteAligner() {
    }

    static List<QuoteMatch> align(String textA, List<Quotation> a, String textB, List<Quotation> b) {
        record Candidate(int i, int j, double overlap) {
        }
        List<Set<String>> sa = a.stream().map(q -> stems(q.content(textA))).toList();
        List<Set<String>> sb = b.stream().map(q -> stems(q.content(textB))).toList();
        List<List<String>> wa = a.stream().map(q -> words(q.content(textA))).toList();
        List<List<String>> wb = b.stream().map(q -> words(q.content(textB))).toList();
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                double o = Overlap.coefficient(sa.get(i), sb.get(j));
                // The same words are the same quotation even when the two reports name the speaker
                // differently ("Smith" and "the US diplomat").
                boolean sameWords = wa.get(i).size() >= 2 && wa.get(i).equals(wb.get(j));
                if (o >= SAME_QUOTE && (sameWords || compatible(a.get(i).speaker(), b.get(j).speaker()))) {
                    candidates.add(new Candidate(i, j, o));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::overlap).reversed());
        Integer[] pairOfA = new Integer[a.size()];
        boolean[] usedB = new boolean[b.size()];
        for (Candidate c : candidates) {
            if (pairOfA[c.i()] == null && !usedB[c.j()]) {
                pairOfA[c.i()] = c.j();
                usedB[c.j()] = true;
            }
        }
        List<QuoteMatch> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            Quotation qa = a.get(i);
            if (pairOfA[i] == null) {
                out.add(new QuoteMatch(qa.speaker(), span(qa), null, false));
            } else {
                Quotation qb = b.get(pairOfA[i]);
                boolean variant = !wa.get(i).equals(wb.get(pairOfA[i]));
                out.add(new QuoteMatch(qa.speaker() != null ? qa.speaker() : qb.speaker(), span(qa), span(qb), variant));
            }
        }
        for (int j = 0; j < b.size(); j++) {
            if (!usedB[j]) {
                out.add(new QuoteMatch(b.get(j).speaker(), null, span(b.get(j)), false));
            }
        }
        return out;
    }

    private static Span span(Quotation q) {
        return new Span(q.start(), q.end());
    }

    /** Same speaker when both are named: any shared name word ("Smith" and "Jane Smith"). */
    static boolean compatible(String x, String y) {
        if (x == null || y == null) {
            return true;
        }
        Set<String> wx = new HashSet<>(List.of(TextFolding.fold(x).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")));
        for (String w : TextFolding.fold(y).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() > 1 && wx.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> stems(String s) {
        return new HashSet<>(Analyzers.stems(s));
    }

    private static List<String> words(String s) {
        return Analyzers.comparableWords(s);
    }
}

package dev.parallax.compare;

import dev.parallax.text.analysis.Analyzers;
import dev.parallax.text.Languages;
import org.apache.lucene.analysis.CharArraySet;
import dev.parallax.text.Span;
import dev.parallax.text.TextFolding;
import dev.parallax.text.quotes.Quotation;
import dev.parallax.text.quotes.SpeakerNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Pairs the direct quotations of two articles: the same words attributed to the same person (or to
 * nobody in one of them), judged by shared stems. A pair whose words differ is a variant; quotations
 * without a counterpart are listed with the other side empty. Pairs are one to one, except that a
 * quotation left over which is a piece of a paired quotation of the other article (one report quotes in
 * two pieces what the other quotes whole) is listed with that quotation as its counterpart.
 */
final class QuoteAligner {
    /** Share of the shorter quotation's stems the other must contain to be the same quotation. */
    private static final double SAME_QUOTE = 0.5;
    /** Words in a row two different wordings of one quotation share at least (fewer if one is that short). */
    private static final int MIN_RUN = 3;
    /** Share of a quotation's stems a longer one must hold for the first to be a piece of it. */
    private static final double PIECE = 0.8;
    /** Words in a row two quotations must share to be one quotation whoever the reports say spoke it. */
    private static final int VERBATIM_RUN = 4;

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
        List<int[]> ia = wa.stream().map(WordIds::of).toList();
        List<int[]> ib = wb.stream().map(WordIds::of).toList();
        CharArraySet stops = Languages.stopWords(Languages.detect(textA));
        List<int[]> ca = wa.stream().map(w -> WordIds.of(content(w, stops))).toList();
        List<int[]> cb = wb.stream().map(w -> WordIds.of(content(w, stops))).toList();
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                double o = Overlap.coefficient(sa.get(i), sb.get(j));
                boolean sameWords = wa.get(i).equals(wb.get(j));
                if (o < SAME_QUOTE) {
                    continue;
                }
                // Quotations are verbatim by nature: the same quotation shares three words in a row (or all of
                // a shorter one's), two of them content words in a row, and two content words in all. Words
                // merely in common ("war", "Obama"), a name ("Ground Zero") or a stock phrase ("into our
                // country") make no two quotations one.
                int run = sameWords ? wa.get(i).size() : LexicalFeatures.commonWords(ia.get(i), ib.get(j))[1];
                int shorter = Math.min(wa.get(i).size(), wb.get(j).size());
                int contentRun = LexicalFeatures.commonWords(ca.get(i), cb.get(j))[1];
                int shorterContent = Math.min(ca.get(i).length, cb.get(j).length);
                if (!sameWords && (run < Math.min(MIN_RUN, shorter) || contentRun < Math.min(2, shorterContent)
                        || Overlap.intersection(sa.get(i), sb.get(j)) < 2)) {
                    continue;
                }
                // The same words, or a long run of them, are the same quotation even when the two reports
                // name the speaker differently ("Smith" and "the US diplomat") or not at all.
                boolean verbatim = sameWords && wa.get(i).size() >= 2 || run >= VERBATIM_RUN;
                if (verbatim || compatible(a.get(i).speaker(), b.get(j).speaker())) {
                    candidates.add(new Candidate(i, j, o));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::overlap).reversed());
        Integer[] pairOfA = new Integer[a.size()];
        Integer[] pairOfB = new Integer[b.size()];
        // One report may quote in pieces what the other quotes whole: a quotation nearly all of whose words
        // lie in a longer one of the other report is a piece of it, even when that one is paired already.
        Integer[] partOfB = new Integer[a.size()];
        Integer[] partOfA = new Integer[b.size()];
        for (Candidate c : candidates) {
            int i = c.i();
            int j = c.j();
            boolean freeA = pairOfA[i] == null && partOfB[i] == null;
            boolean freeB = pairOfB[j] == null && partOfA[j] == null;
            if (freeA && freeB) {
                pairOfA[i] = j;
                pairOfB[j] = i;
            } else if (freeA && c.overlap() >= PIECE && sa.get(i).size() <= sb.get(j).size()) {
                partOfB[i] = j;
            } else if (freeB && c.overlap() >= PIECE && sb.get(j).size() <= sa.get(i).size()) {
                partOfA[j] = i;
            }
        }
        List<QuoteMatch> out = new ArrayList<>();
        // one name per person across the two reports ("Anthony Weiner" and "Anthony D. Weiner")
        List<String> speakers = new ArrayList<>();
        a.forEach(q -> speakers.add(q.speaker()));
        b.forEach(q -> speakers.add(q.speaker()));
        Map<String, String> names = SpeakerNames.canonical(speakers);
        for (int i = 0; i < a.size(); i++) {
            Integer j = pairOfA[i] != null ? pairOfA[i] : partOfB[i];
            out.add(j == null ? new QuoteMatch(a.get(i).speaker(), span(a.get(i)), null, false)
                    : pair(a.get(i), wa.get(i), b.get(j), wb.get(j)));
        }
        for (int j = 0; j < b.size(); j++) {
            if (pairOfB[j] == null) {
                Integer i = partOfA[j];
                out.add(i == null ? new QuoteMatch(b.get(j).speaker(), null, span(b.get(j)), false)
                        : pair(a.get(i), wa.get(i), b.get(j), wb.get(j)));
            }
        }
        out.replaceAll(m -> m.speaker() == null ? m
                : new QuoteMatch(names.getOrDefault(m.speaker(), m.speaker()), m.a(), m.b(), m.variant()));
        return out;
    }

    private static QuoteMatch pair(Quotation qa, List<String> wa, Quotation qb, List<String> wb) {
        return new QuoteMatch(qa.speaker() != null ? qa.speaker() : qb.speaker(), span(qa), span(qb), !wa.equals(wb));
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

    /** The words that are not stop words of the text's language, in order. */
    private static List<String> content(List<String> words, CharArraySet stops) {
        return words.stream().filter(w -> !stops.contains(w)).toList();
    }

    private static List<String> words(String s) {
        return Analyzers.comparableWords(s);
    }
}

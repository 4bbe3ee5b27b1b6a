package dev.parallax.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.parallax.text.analysis.Analyzers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How many words two passages share, as a reader would count them: the words a minimal word diff keeps
 * (in order, case and typography aside), and which of those stand in verbatim runs of at least
 * {@link #RUN} words. An acronym on one side matches its spelled-out form on the other ("UN" and "United
 * Nations", "FBI" and "Federal Bureau of Investigation"), counted as the words it stands for.
 *
 * @param share words kept on both sides over all words of both (0..1; 1 when both are empty)
 * @param runsA share of A's words inside common runs of {@link #RUN} words or more
 * @param runsB the same for B
 */
public record SharedWords(double share, double runsA, double runsB) {
    /** Consecutive words both passages keep at or above which a stretch is "verbatim", not chance. */
    public static final int RUN = 3;
    /** Lower-case words an acronym's spelled-out form may hold without a letter ("Bureau of Investigation"). */
    private static final Set<String> CONNECTORS = Set.of("of", "and", "for", "the", "on", "in", "de");

    /** A word with how many words of the text it stands for (an acronym's expansion is one word of many). */
    private record Token(String word, int weight) {
    }

    public static SharedWords of(String a, String b) {
        return of(a, Analyzers.comparableWordSpans(a), b, Analyzers.comparableWordSpans(b));
    }

    /** The same, for texts whose {@link Analyzers#comparableWordSpans} the caller has already made. */
    static SharedWords of(String a, List<Analyzers.Word> wa, String b, List<Analyzers.Word> wb) {
        List<Token> ta = tokens(wa);
        List<Token> tb = tokens(wb);
        ta = foldExpansions(ta, wa, a, acronyms(wb, b));
        tb = foldExpansions(tb, wb, b, acronyms(wa, a));
        return measure(ta, tb);
    }

    private static List<Token> tokens(List<Analyzers.Word> words) {
        List<Token> out = new ArrayList<>(words.size());
        for (Analyzers.Word w : words) {
            out.add(new Token(w.word(), 1));
        }
        return out;
    }

    /** The words written in capitals (2 to 6 letters, "UN", "UNGA", "FBI") of a text, folded. */
    private static Set<String> acronyms(List<Analyzers.Word> words, String text) {
        Set<String> out = new java.util.HashSet<>();
        for (Analyzers.Word w : words) {
            String surface = text.substring(w.start(), w.end());
            if (surface.length() >= 2 && surface.length() <= 6 && surface.chars().allMatch(Character::isUpperCase)) {
                out.add(w.word());
            }
        }
        return out;
    }

    /**
     * Replaces each run of capitalised words whose initials spell one of the other side's acronyms with that
     * acronym, weighted by the words it replaces; connectors may sit inside the run, never at its edges.
     */
    private static List<Token> foldExpansions(List<Token> tokens, List<Analyzers.Word> words, String text,
                                              Set<String> acronyms) {
        if (acronyms.isEmpty()) {
            return tokens;
        }
        List<Token> out = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            int end = expansionEnd(words, text, i, acronyms);
            if (end > i) {
                StringBuilder initials = new StringBuilder();
                for (int k = i; k < end; k++) {
                    if (capitalised(text, words.get(k))) {
                        initials.append(words.get(k).word().charAt(0));
                    }
                }
                out.add(new Token(initials.toString(), end - i));
                i = end;
            } else {
                out.add(tokens.get(i));
                i++;
            }
        }
        return out;
    }

    /** The end of the longest run from {@code from} spelling one of the acronyms, or {@code from} when none. */
    private static int expansionEnd(List<Analyzers.Word> words, String text, int from, Set<String> acronyms) {
        if (!capitalised(text, words.get(from))) {
            return from;
        }
        StringBuilder initials = new StringBuilder();
        int best = from;
        for (int k = from; k < words.size() && k - from < 10; k++) {
            Analyzers.Word w = words.get(k);
            if (capitalised(text, w)) {
                initials.append(w.word().charAt(0));
                if (initials.length() >= 2 && acronyms.contains(initials.toString())) {
                    best = k + 1;
                }
            } else if (!CONNECTORS.contains(w.word())) {
                break;
            }
        }
        return best;
    }

    private static boolean capitalised(String text, Analyzers.Word w) {
        return Character.isUpperCase(text.codePointAt(w.start())) && w.word().length() > 1;
    }

    /** The kept words (Myers' minimal diff) and the runs they form, weighted by the words each token stands for. */
    private static SharedWords measure(List<Token> a, List<Token> b) {
        int totalA = a.stream().mapToInt(Token::weight).sum();
        int totalB = b.stream().mapToInt(Token::weight).sum();
        if (totalA + totalB == 0) {
            return new SharedWords(1, 1, 1);
        }
        List<String> fa = a.stream().map(Token::word).toList();
        List<String> fb = b.stream().map(Token::word).toList();
        int keptA = 0;
        int keptB = 0;
        int runA = 0;
        int runB = 0;
        int ia = 0;
        int ib = 0;
        List<AbstractDelta<String>> deltas = DiffUtils.diff(fa, fb).getDeltas();
        for (int d = 0; d <= deltas.size(); d++) {
            int endA = d < deltas.size() ? deltas.get(d).getSource().getPosition() : a.size();
            int endB = d < deltas.size() ? deltas.get(d).getTarget().getPosition() : b.size();
            int len = endA - ia; // an equal stretch: the same tokens on both sides
            int wA = 0;
            int wB = 0;
            for (int k = 0; k < len; k++) {
                wA += a.get(ia + k).weight();
                wB += b.get(ib + k).weight();
            }
            keptA += wA;
            keptB += wB;
            if (len >= RUN || Math.min(wA, wB) >= RUN) {
                runA += wA;
                runB += wB;
            }
            if (d < deltas.size()) {
                ia = endA + deltas.get(d).getSource().size();
                ib = endB + deltas.get(d).getTarget().size();
            }
        }
        return new SharedWords((double) (keptA + keptB) / (totalA + totalB),
                totalA == 0 ? 0 : (double) runA / totalA, totalB == 0 ? 0 : (double) runB / totalB);
    }
}

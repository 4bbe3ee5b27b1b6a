package dev.parallax.compare;

import dev.parallax.text.analysis.Analyzers;
import dev.parallax.text.TextFolding;
import java.util.List;

/**
 * How close the wording of two aligned passages is, and the figures a reader is shown for it.
 * <ul>
 *   <li>identical: the same words, case and typography aside;</li>
 *   <li>near: a minimal word diff keeps at least {@link #NEAR_RATIO} of the words, or the two share long
 *   verbatim runs: at least {@link #NEAR_RUNS_SHORTER} of the shorter passage and {@link #NEAR_RUNS_LONGER}
 *   of the longer stand in common runs of {@link SharedWords#RUN} words or more (one sentence copied into
 *   the other with a clause added or cut is the same sentence edited, not the content retold);</li>
 *   <li>paraphrase: otherwise.</li>
 * </ul>
 *
 * @param score       the figure the kind rests on (1, the words-shared share, or the paraphrase probability);
 *                    kept as the export contract's {@code score}
 * @param wordsShared the share of both passages' words a minimal word diff keeps ({@link SharedWords#share})
 * @param confidence  the paraphrase model's probability that both say the same thing; NaN when no model
 *                    judged the pair
 */
public record Closeness(MatchKind kind, double score, double wordsShared, double confidence) {
    /** Share of words kept in order (diff ratio) at or above which a pair is "near" rather than "paraphrase". */
    public static final double NEAR_RATIO = 0.75;
    /** Share of the shorter passage in verbatim runs that, with {@link #NEAR_RUNS_LONGER}, makes a pair near. */
    public static final double NEAR_RUNS_SHORTER = 0.6;
    /** Share of the longer passage in verbatim runs needed beside {@link #NEAR_RUNS_SHORTER}. */
    public static final double NEAR_RUNS_LONGER = 0.4;

    /** @param probability the model's probability for the pair, or NaN when none judged it */
    public static Closeness of(String a, String b, double probability) {
        List<Analyzers.Word> sa = Analyzers.comparableWordSpans(a);
        List<Analyzers.Word> sb = Analyzers.comparableWordSpans(b);
        List<String> wa = sa.stream().map(Analyzers.Word::word).toList();
        List<String> wb = sb.stream().map(Analyzers.Word::word).toList();
        if (wa.equals(wb) || TextFolding.fold(a).equals(TextFolding.fold(b))) {
            return new Closeness(MatchKind.IDENTICAL, 1.0, 1.0, clampOrNaN(probability));
        }
        SharedWords shared = SharedWords.of(a, sa, b, sb);
        double shorter = wa.size() <= wb.size() ? shared.runsA() : shared.runsB();
        double longer = wa.size() <= wb.size() ? shared.runsB() : shared.runsA();
        boolean near = shared.share() >= NEAR_RATIO || (shorter >= NEAR_RUNS_SHORTER && longer >= NEAR_RUNS_LONGER);
        double words = clamp(shared.share());
        return near ? new Closeness(MatchKind.NEAR, words, words, clampOrNaN(probability))
                : new Closeness(MatchKind.PARAPHRASE, clamp(Double.isNaN(probability) ? 0 : probability), words,
                        clampOrNaN(probability));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static double clampOrNaN(double v) {
        return Double.isNaN(v) ? v : clamp(v);
    }
}

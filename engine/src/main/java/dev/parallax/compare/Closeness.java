package dev.parallax.compare;

import dev.parallax.text.analysis.Analyzers;
import dev.parallax.text.TextFolding;
import java.util.List;

/**
 * How close the wording of two aligned passages is: identical (same words, case and typography aside),
 * near (a minimal word diff keeps at least {@link #NEAR_RATIO} of the words) or paraphrase; and the score
 * that goes with the kind (1, the kept share, or the paraphrase probability the alignment rests on).
 */
public record Closeness(MatchKind kind, double score) {
    /** Share of words kept in order (diff ratio) at or above which a pair is "near" rather than "paraphrase". */
    public static final double NEAR_RATIO = 0.75;

    public static Closeness of(String a, String b, double probability) {
        List<String> wa = Analyzers.comparableWords(a);
        List<String> wb = Analyzers.comparableWords(b);
        if (wa.equals(wb) || TextFolding.fold(a).equals(TextFolding.fold(b))) {
            return new Closeness(MatchKind.IDENTICAL, 1.0);
        }
        double ratio = LexicalFeatures.diffRatio(wa, wb);
        return ratio >= NEAR_RATIO ? new Closeness(MatchKind.NEAR, clamp(ratio))
                : new Closeness(MatchKind.PARAPHRASE, clamp(probability));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}

package dev.parallax.eval;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The trafilatura-eval rule: whitespace-normalised substring tests of "must keep" ({@code with}) and
 * "must drop" ({@code without}) snippets against the extracted text; counts summed over the corpus.
 */
public record SnippetScore(int tp, int fn, int fp, int tn) {
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000\\uFEFF]+");
    public static final SnippetScore ZERO = new SnippetScore(0, 0, 0, 0);

    public static String normalise(String s) {
        return SPACE.matcher(s == null ? "" : s).replaceAll(" ").strip();
    }

    /** Scores one page; {@code normalisedText} must already be {@link #normalise normalised}. */
    public static SnippetScore of(String normalisedText, List<String> with, List<String> without) {
        int tp = 0;
        int fn = 0;
        int fp = 0;
        int tn = 0;
        for (String s : with) {
            if (normalisedText.contains(normalise(s))) {
                tp++;
            } else {
                fn++;
            }
        }
        for (String s : without) {
            if (normalisedText.contains(normalise(s))) {
                fp++;
            } else {
                tn++;
            }
        }
        return new SnippetScore(tp, fn, fp, tn);
    }

    public SnippetScore plus(SnippetScore o) {
        return new SnippetScore(tp + o.tp, fn + o.fn, fp + o.fp, tn + o.tn);
    }

    public int total() {
        return tp + fn + fp + tn;
    }

    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double accuracy() {
        return total() == 0 ? 0 : (double) (tp + tn) / total();
    }
}

package dev.parallax.eval;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Title comparison for the evaluation: both sides normalised (NFKC, case-folded, punctuation and quotes
 * dropped, whitespace collapsed), then compared for equality or for one containing the other.
 */
public final class TitleMatch {
    private TitleMatch() {
    }

    public static String normalise(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return n.replaceAll("[\\p{P}\\p{S}]+", " ").replaceAll("\\s+", " ").strip();
    }

    public static boolean exact(String gold, String ours) {
        String g = normalise(gold);
        return !g.isEmpty() && g.equals(normalise(ours));
    }

    /** Either title holds the other (a site suffix left on, or a subtitle dropped). */
    public static boolean contained(String gold, String ours) {
        String g = normalise(gold);
        String o = normalise(ours);
        return !g.isEmpty() && !o.isEmpty() && (g.contains(o) || o.contains(g));
    }
}

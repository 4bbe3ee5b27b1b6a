package dev.parallax.export;

/** Small pieces of wording the Markdown and HTML summaries share: shares, scores, counted nouns. */
final class Wording {
    private Wording() {
    }

    /**
     * True when two consecutive diff ops would run two words together ("address," + "Ukrainian"): a
     * word-level diff may drop the space at an op boundary, and a reader needs it back.
     */
    static boolean needsSpace(CharSequence before, String next) {
        if (before.isEmpty() || next.isEmpty()) {
            return false;
        }
        char last = before.charAt(before.length() - 1);
        int first = next.codePointAt(0);
        return !Character.isWhitespace(last) && (Character.isLetterOrDigit(first) || "“\"‘'(".indexOf(first) >= 0);
    }

    /** 0.4149 as "41%". */
    static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }

    static String score(double score) {
        return String.format(java.util.Locale.ROOT, "%.2f", score);
    }

    static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}

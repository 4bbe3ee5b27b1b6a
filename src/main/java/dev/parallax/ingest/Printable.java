package dev.parallax.ingest;

/**
 * Keeps characters that would act instead of show out of what Parallax prints. A terminal obeys escape
 * sequences (colours, the window title, even clipboard writes) and a file name may carry them; article
 * text is never code, so its control characters are dropped and a file name's are shown escaped.
 */
public final class Printable {
    private Printable() {
    }

    /** True for C0 and C1 control characters and DEL, except the white space text legitimately holds. */
    static boolean isStrayControl(char c) {
        return (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || (c >= 0x7F && c <= 0x9F);
    }

    /** Text without stray control characters (ESC, NUL, BEL, C1 ...); white space and everything else kept. */
    public static String stripControls(String s) {
        if (s == null) {
            return null;
        }
        int first = 0;
        while (first < s.length() && !isStrayControl(s.charAt(first))) {
            first++;
        }
        if (first == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        out.append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isStrayControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * One line safe to print: every control character (line breaks included) and every bidirectional
     * override or isolate, which could make a name read backwards, shown as a {@code \\uXXXX} escape.
     */
    public static String of(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

package dev.parallax.text;

/**
 * Keeps characters that would act instead of show out of what Parallax prints. A terminal obeys escape
 * sequences (colours, the window title, even clipboard writes) and a file name may carry them; article
 * text is never code, so its control characters are dropped and a file name's are shown escaped.
 */
public final class Printable {
    private Printable() {
    }

    /** True for C0 and C1 control characters and DEL, except the white space text legitimately holds. */
    public static boolean isStrayControl(char c) {
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
     * One line safe for a terminal or a Markdown cell: the one sanitiser every file name, title, date,
     * quotation and hit line passes through before it is printed. Shown as a {@code \\uXXXX} escape
     * ({@code \\u{XXXXX}} beyond the BMP): every control character (line breaks, ESC, BEL, NUL, C1 ...),
     * the Unicode line and paragraph separators, every bidirectional embedding, override or isolate (they
     * could make a name read backwards), and the invisible format characters that could hide inside a name
     * (zero-width space, word joiner, byte-order mark, tag characters ...), and lone surrogates. Kept: the
     * marks right-to-left and Indic text need and that cannot reorder anything (LRM, RLM, ALM), and the
     * zero-width (non-)joiner between two letters or symbols (Persian, Hindi, emoji sequences).
     */
    public static String of(String s) {
        if (s == null) {
            return null;
        }
        int i = 0;
        while (i < s.length() && !shownEscaped(s, i)) {
            i += Character.charCount(s.codePointAt(i));
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        out.append(s, 0, i);
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (shownEscaped(s, i)) {
                out.append(cp <= 0xFFFF ? String.format("\\u%04X", cp) : String.format("\\u{%X}", cp));
            } else {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** {@link #of} for text of several lines (an article's body): each line made safe, the line breaks kept. */
    public static String lines(String s) {
        if (s == null) {
            return null;
        }
        String[] parts = s.split("\r\n|[\n\r\u0085\u2028\u2029]", -1);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < parts.length; i++) {
            out.append(i == 0 ? "" : "\n").append(of(parts[i]));
        }
        return out.toString();
    }

    private static boolean shownEscaped(String s, int i) {
        int cp = s.codePointAt(i);
        if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029) {
            return true;
        }
        if (Character.isSurrogate(s.charAt(i)) && cp <= 0xFFFF) {
            return true; // a lone surrogate cannot be encoded; the terminal would get '?' or worse
        }
        if (Character.getType(cp) != Character.FORMAT) {
            return false;
        }
        return switch (cp) {
            case 0x200E, 0x200F, 0x061C -> false; // LRM, RLM, ALM: direction marks, reorder nothing
            // Arabic, Syriac and Kaithi signs that span the digits after them: visible, not hidden
            case 0x0600, 0x0601, 0x0602, 0x0603, 0x0604, 0x0605, 0x06DD, 0x070F, 0x0890, 0x0891, 0x08E2, 0x110BD,
                 0x110CD -> false;
            case 0x200C, 0x200D -> !(joins(s, i - 1, true) && joins(s, i + 1, false));
            default -> true;
        };
    }

    /** True when the character before (or after) index {@code at} is one a joiner may stand beside. */
    private static boolean joins(String s, int at, boolean before) {
        if (at < 0 || at >= s.length()) {
            return false;
        }
        int cp = before ? s.codePointBefore(at + 1) : s.codePointAt(at);
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK,
                 Character.OTHER_SYMBOL, Character.MODIFIER_SYMBOL -> true;
            default -> cp == 0xFE0F || cp == 0x200C || cp == 0x200D;
        };
    }
}

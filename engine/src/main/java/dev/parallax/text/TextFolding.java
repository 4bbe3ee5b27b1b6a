package dev.parallax.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds the typographic variants that never change meaning: curly and straight quotes and apostrophes,
 * dashes, compatibility forms, case. Search and comparison both see text through this one function, so
 * "doesn’t" and "doesn't" are one word everywhere.
 */
public final class TextFolding {
    private TextFolding() {
    }

    /** Quote marks, apostrophes and dashes made plain; the length of the text is preserved. */
    public static String foldPunctuation(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            out.append(foldChar(s.charAt(i)));
        }
        return out.toString();
    }

    /** One character's plain form: same length mapping, so offsets survive folding. */
    public static char foldChar(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC', '\u0060', '\u00B4' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB', '\u300C', '\u300D' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            case '\u00A0', '\u2007', '\u202F' -> ' ';
            default -> c;
        };
    }

    /** Full folding for matching: punctuation variants, Unicode compatibility forms (NFKC) and case. */
    public static String fold(String s) {
        return Normalizer.normalize(foldPunctuation(s), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}

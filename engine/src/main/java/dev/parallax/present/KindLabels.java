package dev.parallax.present;

import dev.parallax.compare.MatchKind;
import java.util.Locale;

/** The words and style classes for the kinds of passage, the same in the window and in every export. */
public final class KindLabels {
    /** The style class of a passage only one article tells. */
    public static final String UNIQUE = "unique";
    /** What a passage only one article tells is called in summaries and legends. */
    public static final String ONLY_IN_ONE = "Only in one";

    private KindLabels() {
    }

    /** "Identical", "Near", "Paraphrase". */
    public static String label(MatchKind kind) {
        String s = kind.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** What a kind means, for legends. */
    public static String meaning(MatchKind kind) {
        return switch (kind) {
            case IDENTICAL -> "same words";
            case NEAR -> "the same sentence edited: most words kept, or long verbatim runs";
            case PARAPHRASE -> "same content, other words";
        };
    }

    /** The style class (CSS in both front ends): the kind's label, or {@link #UNIQUE} for null. */
    public static String styleClass(MatchKind kind) {
        return kind == null ? UNIQUE : kind.label();
    }

    /** A short mark for an event cell's kind: "=" same words, "~" small change, "≈" other words. */
    public static String cellMark(MatchKind kind) {
        return switch (kind) {
            case IDENTICAL -> "=";
            case NEAR -> "~";
            case PARAPHRASE -> "≈";
        };
    }
}

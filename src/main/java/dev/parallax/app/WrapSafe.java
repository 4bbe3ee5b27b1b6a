package dev.parallax.app;

import dev.parallax.text.Languages;

/**
 * Works around a JavaFX text-layout bug: in JavaFX 25.0.4 and 26.0.1, wrapping right-to-left text throws
 * {@code ArrayIndexOutOfBoundsException} in {@code PrismTextLayout.computeTrailingSpaceWidth}, for any
 * font. A left-to-right mark (U+200E, zero width) after each space keeps the layout off that path; the
 * paragraph's direction still comes from its first strong character, so the words keep their order.
 * Only text shown on screen is changed, never the article.
 */
final class WrapSafe {
    private static final char LRM = '\u200E';

    private WrapSafe() {
    }

    /** The text as it should be handed to a wrapping TextFlow. */
    static String display(String text, boolean rightToLeft) {
        return rightToLeft ? text.replace(" ", " " + LRM) : text;
    }

    /** {@link #display} for text whose direction is not known yet. */
    static String display(String text) {
        return display(text, Languages.isRightToLeft(text));
    }
}

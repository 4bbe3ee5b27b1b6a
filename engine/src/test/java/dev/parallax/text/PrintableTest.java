package dev.parallax.text;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The one sanitiser for text that reaches a terminal or a Markdown cell. */
class PrintableTest {
    @Test
    void controlsAndLineBreaksAreShownEscaped() {
        assertEquals("a\\u001B[31mred\\u0007\\u000D\\u000Aparallax: forged\\u0000\\u009B",
                Printable.of("a\u001b[31mred\u0007\r\nparallax: forged\u0000\u009b"));
        assertEquals("x\\u2028y\\u2029z\\u0085", Printable.of("x\u2028y\u2029z\u0085"));
    }

    @Test
    void bidiOverridesIsolatesAndHiddenCharactersAreShownEscaped() {
        assertEquals("report\\u202Etxt.exe", Printable.of("report\u202etxt.exe"));
        assertEquals("\\u2066a\\u2069\\u202A\\u202D", Printable.of("\u2066a\u2069\u202a\u202d"));
        assertEquals("pay\\u200Bpal \\u2060 \\uFEFF", Printable.of("pay\u200bpal \u2060 \ufeff"));
        assertEquals("tag\\u{E0041}", Printable.of("tag\uDB40\uDC41"));
        assertEquals("lone \\uD800 surrogate", Printable.of("lone \uD800 surrogate"));
        assertEquals("\\u200C lead", Printable.of("\u200c lead")); // a joiner beside nothing it joins is hidden
    }

    @Test
    void whatScriptsNeedIsKept() {
        String persian = "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645"; // ZWNJ between letters
        assertEquals(persian, Printable.of(persian));
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69"; // an emoji ZWJ sequence
        assertEquals(family, Printable.of(family));
        String marks = "\u05E9\u05DC\u05D5\u05DD\u200F (2024) \u200E\u061C"; // direction marks reorder nothing
        assertEquals(marks, Printable.of(marks));
        assertEquals("Ünïcödé — «text» 東京 ✓", Printable.of("Ünïcödé — «text» 東京 ✓"));
        assertNull(Printable.of(null));
    }

    @Test
    void linesKeepLineBreaksAndEscapeTheRest() {
        assertEquals("one \\u001B\ntwo\nthree\\u202E", Printable.lines("one \u001b\r\ntwo\u2029three\u202e"));
    }
}

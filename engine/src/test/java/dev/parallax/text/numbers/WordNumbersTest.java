package dev.parallax.text.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Numbers written in words. */
class WordNumbersTest {

    /** Reads from token i; returns "end=value" or "-1". */
    private static String read(String text, int i) {
        WordNumbers w = new WordNumbers(new TokenCursor(text));
        double[] out = new double[1];
        int end = w.read(i, out);
        return end < 0 ? "-1" : end + "=" + (long) out[0];
    }

    @Test
    void compoundsWithHyphensAndScales() {
        assertEquals("3=25", read("twenty-five soldiers were wounded", 0));
        assertEquals("5=250000", read("two hundred and fifty thousand people marched", 0));
        assertEquals("3=17", read("Officials said seventeen countries signed", 2));
    }

    @Test
    void aDozenAndAMillion() {
        assertEquals("4=12", read("Police arrested a dozen protesters", 2));
        assertEquals("2=1000000", read("a million refugees", 0));
    }

    @Test
    void bareOneAndBareAAreNotQuantities() {
        assertEquals("-1", read("on the one hand, the minister", 2));
        assertEquals("-1", read("a spokesman said", 0));
        assertEquals("-1", read("the minister said", 0));
    }

    @Test
    void stopsAtTwoUnitsInARowAndAtALineBreak() {
        assertEquals("1=5", read("five six", 0));
        assertEquals("1=20", read("twenty\nfive", 0));
        assertEquals("1=90", read("ninety ten", 0), "a teen never follows a tens word");
    }
}

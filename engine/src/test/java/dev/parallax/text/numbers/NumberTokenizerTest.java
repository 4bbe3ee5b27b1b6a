package dev.parallax.text.numbers;

import static dev.parallax.text.numbers.NumberToken.Kind.NUMBER;
import static dev.parallax.text.numbers.NumberToken.Kind.SYMBOL;
import static dev.parallax.text.numbers.NumberToken.Kind.WORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Cutting a text into number, word and symbol tokens, and reading the digits of each number. */
class NumberTokenizerTest {

    private static String lows(NumberToken[] t) {
        return String.join("|", Arrays.stream(t).map(k -> k.low).toList());
    }

    @Test
    void cutsASentenceIntoWordsNumbersAndSymbols() {
        NumberToken[] t = NumberTokenizer.tokenize("Exports rose 4.5% to $2,300 million, Reuters said.");
        assertEquals("exports|rose|4.5|%|to|$|2,300|million|,|reuters|said|.", lows(t));
        assertEquals(WORD, t[0].kind);
        assertTrue(t[0].capital);
        assertFalse(t[1].capital);
        assertEquals(NUMBER, t[2].kind);
        assertEquals(4.5, t[2].num);
        assertEquals(SYMBOL, t[3].kind);
        assertFalse(t[3].gap, "% is glued to 4.5");
        assertEquals(2300, t[6].num);
        assertEquals(13, t[2].start);
        assertEquals(16, t[2].end);
    }

    @Test
    void readsBothDecimalConventions() {
        NumberToken[] t = NumberTokenizer.tokenize("1,200 2.5 1.200,5 2,5 1,234,567 1.000");
        assertEquals(1200, t[0].num);
        assertEquals(2.5, t[1].num);
        assertEquals(1200.5, t[2].num);
        assertEquals(2.5, t[3].num);
        assertEquals(1234567, t[4].num);
        assertEquals(1.0, t[5].num, "a single dot is a decimal mark");
        assertFalse(t[0].plain);
        assertEquals(4, t[0].digits);
    }

    @Test
    void addressesAndVersionsAreNotNumbers() {
        NumberToken[] t = NumberTokenizer.tokenize("Server 192.168.0.1 ran 1.2.3 today");
        assertEquals("192.168.0.1", t[1].low);
        assertTrue(Double.isNaN(t[1].num));
        assertTrue(Double.isNaN(t[3].num));
    }

    @Test
    void marksGapsAndLineBreaks() {
        NumberToken[] t = NumberTokenizer.tokenize("Kyiv,\nMonday 5km");
        assertTrue(t[0].br, "the first token starts a line");
        assertFalse(t[1].gap);
        assertTrue(t[2].br);
        assertTrue(t[2].gap);
        assertFalse(t[3].br);
        assertEquals(5, t[3].num);
        assertTrue(t[3].plain);
        assertEquals("km", t[4].low);
        assertFalse(t[4].gap);
    }

    @Test
    void decimalsCountsDigitsAfterTheMark() {
        NumberToken[] t = NumberTokenizer.tokenize("3.14 1,200 70 2,5");
        assertEquals(2, NumberTokenizer.decimals(t[0]));
        assertEquals(0, NumberTokenizer.decimals(t[1]));
        assertEquals(0, NumberTokenizer.decimals(t[2]));
        assertEquals(1, NumberTokenizer.decimals(t[3]));
    }
}

package dev.parallax.text.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The grammar tried at each token: hedges, units, ranges, years. */
class QuantityGrammarTest {

    private static Found at(String text, int i) {
        return new QuantityGrammar(new TokenCursor(text)).at(i);
    }

    @Test
    void hedgeAndPercent() {
        Found f = at("Turnout was about 70% in the capital.", 2);
        assertTrue(f.approximate());
        assertEquals(70, f.value());
        assertEquals("percent", f.unit());
        assertEquals(2, f.first());
        assertEquals(5, f.end());
    }

    @Test
    void countWithWhatIsCounted() {
        Found f = at("Officials said 17 countries signed the accord.", 2);
        assertEquals(17, f.value());
        assertEquals("countries", f.counts());
        assertFalse(f.approximate());
    }

    @Test
    void rangeWithTo() {
        Found f = at("Growth of 2 to 3 percent is expected.", 2);
        assertEquals(2, f.value());
        assertEquals(3, f.high());
        assertEquals("percent", f.unit());
    }

    @Test
    void bareFourDigitNumberIsAYearButHedgedIsACount() {
        Found year = at("After the 2022 invasion, exports fell.", 2);
        assertEquals("year", year.unit());
        Found count = at("more than 2000 people fled", 0);
        assertNull(count.unit());
        assertTrue(count.approximate());
        assertEquals(2000, count.value());
        assertEquals("people", count.counts());
    }
}

package dev.parallax.text.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Amounts with their currency and scale, and the percent and currency markers after them. */
class AmountGrammarTest {

    @Test
    void currencySymbolAndScale() {
        TokenCursor in = new TokenCursor("The EU pledged $2.5 billion in aid.");
        Amount a = new AmountGrammar(in).amount(3, false);
        assertEquals(2.5e9, a.value());
        assertEquals("usd", a.currency());
        assertTrue(a.scaled());
        assertFalse(a.words());
        assertEquals(6, a.end(), "$ 2.5 billion");
    }

    @Test
    void gluedDollarPrefixAndMoneyScale() {
        TokenCursor in = new TokenCursor("Ottawa spent C$40m on the bridge.");
        Amount a = new AmountGrammar(in).amount(2, false);
        assertEquals("cad", a.currency());
        assertEquals(4e7, a.value());
    }

    @Test
    void numberInWords() {
        TokenCursor in = new TokenCursor("seventeen countries signed");
        Amount a = new AmountGrammar(in).amount(0, false);
        assertEquals(17, a.value());
        assertTrue(a.words());
        assertNull(a.number());
        assertNull(a.currency());
    }

    @Test
    void percentMarkers() {
        TokenCursor in = new TokenCursor("up 5% or 5 per cent or 5 percentage or 5 Prozent");
        AmountGrammar g = new AmountGrammar(in);
        assertEquals(3, g.percentEnd(2));
        assertEquals(7, g.percentEnd(5));
        assertEquals(-1, g.percentEnd(9), "percentage is not a percent marker");
        assertEquals(13, g.percentEnd(12));
    }

    @Test
    void currencyWordsAfterTheNumber() {
        TokenCursor in = new TokenCursor("5 US dollars , 3 pounds sterling , 4 pounds , 9 euros");
        AmountGrammar g = new AmountGrammar(in);
        String[] out = new String[1];
        assertEquals(3, g.currencyWordEnd(1, out));
        assertEquals("usd", out[0]);
        assertEquals(7, g.currencyWordEnd(5, out));
        assertEquals("gbp", out[0]);
        assertEquals(-1, g.currencyWordEnd(9, out), "pounds alone is a weight");
        assertEquals(13, g.currencyWordEnd(12, out));
        assertEquals("eur", out[0]);
    }
}

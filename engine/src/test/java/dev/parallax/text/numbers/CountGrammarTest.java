package dev.parallax.text.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Plural scales ("hundreds of"), ordinals that count something, and what is counted. */
class CountGrammarTest {

    private static CountGrammar grammar(TokenCursor in) {
        return new CountGrammar(in, new AmountGrammar(in));
    }

    @Test
    void pluralScaleIsAnApproximateLowerBound() {
        TokenCursor in = new TokenCursor("Hundreds of protesters gathered in Tbilisi.");
        Found f = grammar(in).pluralScale(0);
        assertEquals(100, f.value());
        assertTrue(f.approximate());
        assertEquals("protesters", f.counts());
        assertEquals(1, f.end(), "the span is the scale word; 'of' starts what is counted");
    }

    @Test
    void nestedPluralScalesAndMoney() {
        TokenCursor in = new TokenCursor("tens of thousands of refugees");
        assertEquals(10_000, grammar(in).pluralScale(0).value());

        TokenCursor money = new TokenCursor("billions of dollars in aid");
        Found f = grammar(money).pluralScale(0);
        assertEquals(1e9, f.value());
        assertEquals("usd", f.unit());

        assertNull(grammar(new TokenCursor("tens of people")).pluralScale(0), "tens of alone is no quantity");
    }

    @Test
    void ordinalsCountOnlyBeforeACountedWord() {
        TokenCursor in = new TokenCursor("It was the third straight year of losses");
        Found f = grammar(in).ordinalWord(3);
        assertEquals(3, f.value());
        assertEquals("ordinal", f.unit());

        assertNull(grammar(new TokenCursor("the second half")).ordinalWord(1));
        assertNull(grammar(new TokenCursor("the brothers")).ordinalWord(1));
    }

    @Test
    void hyphenatedOrdinal() {
        TokenCursor in = new TokenCursor("the twenty-first century");
        Found f = grammar(in).ordinalWord(1);
        assertEquals(21, f.value());
        assertEquals(4, f.end());
    }
}

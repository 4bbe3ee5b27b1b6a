package dev.parallax.text.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The word lists and the small predicates over them. */
class NumberLexiconTest {

    @Test
    void numberWordsCoverUnitsTensScalesOrdinalsAndPercent() {
        assertTrue(NumberLexicon.isNumberWord("seventeen"));
        assertTrue(NumberLexicon.isNumberWord("ninety"));
        assertTrue(NumberLexicon.isNumberWord("billion"));
        assertTrue(NumberLexicon.isNumberWord("third"));
        assertTrue(NumberLexicon.isNumberWord("dozens"));
        assertTrue(NumberLexicon.isNumberWord("prozent"));
        assertFalse(NumberLexicon.isNumberWord("troops"));
        assertFalse(NumberLexicon.isNumberWord("minister"));
    }

    @Test
    void pluralsIncludeIrregularOnesButNotPossessivesOrLatinEndings() {
        assertTrue(NumberLexicon.isPlural("soldiers"));
        assertTrue(NumberLexicon.isPlural("people"));
        assertTrue(NumberLexicon.isPlural("children"));
        assertFalse(NumberLexicon.isPlural("russia's"));
        assertFalse(NumberLexicon.isPlural("census"));
        assertFalse(NumberLexicon.isPlural("crisis"));
        assertFalse(NumberLexicon.isPlural("business"));
        assertFalse(NumberLexicon.isPlural("bus"));
    }

    @Test
    void currencyIsAThreeLetterCodeNotTheMetre() {
        assertTrue(NumberLexicon.isCurrency("usd"));
        assertTrue(NumberLexicon.isCurrency(NumberLexicon.CURRENCY_SYMBOLS.get("€")));
        assertFalse(NumberLexicon.isCurrency("m"));
        assertFalse(NumberLexicon.isCurrency("percent"));
        assertFalse(NumberLexicon.isCurrency(null));
    }

    @Test
    void keyMakesNullSafeForImmutableMaps() {
        assertEquals("", NumberLexicon.key(null));
        assertEquals("june", NumberLexicon.key("june"));
        assertFalse(NumberLexicon.MONTHS.containsKey(NumberLexicon.key(null)));
        assertEquals(6, NumberLexicon.MONTHS.get(NumberLexicon.key("june")));
    }

    @Test
    void scalesAndCurrencyWordsMapToNormalisedValues() {
        assertEquals(1e9, NumberLexicon.SCALES.get("bn"));
        assertEquals(1e9, NumberLexicon.SCALES.get("milliarden"));
        assertEquals(1e6, NumberLexicon.MONEY_SCALES.get("m"));
        assertEquals("gbp", NumberLexicon.CURRENCY_WORDS.get("sterling"));
        assertFalse(NumberLexicon.CURRENCY_WORDS.containsKey("pounds"), "pounds alone is a weight");
        assertEquals("cad", NumberLexicon.DOLLAR_PREFIXES.get("c"));
    }
}

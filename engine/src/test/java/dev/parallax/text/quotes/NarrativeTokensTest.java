package dev.parallax.text.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The narrative around quotations: words, punctuation, one token per quotation, paragraph breaks. */
class NarrativeTokensTest {

    @Test
    void aQuotationIsOneToken() {
        Narrative n = new Narrative("\"We will not retreat,\" Zelensky said on Monday.");
        assertEquals("<Q0> Zelensky said on Monday .", n.toString());
        assertEquals(NarrativeToken.Kind.QUOTE, n.tokens.get(0).kind);
        assertEquals(0, n.tokens.get(0).quote);
        assertEquals(n.quotes.get(0).end(), n.tokens.get(0).end);
    }

    @Test
    void paragraphBreaksAreOneTokenAndSentencesAreNumbered() {
        Narrative n = new Narrative("Talks resumed. Prices fell.\n\n\nThe minister resigned.");
        assertEquals("Talks resumed . Prices fell . <P> The minister resigned .", n.toString());
        assertEquals(0, n.tokens.get(n.at("Talks")).sentence);
        assertTrue(n.tokens.get(n.at("Prices")).sentence > n.tokens.get(n.at("resumed")).sentence);
        assertTrue(n.tokens.get(n.at("minister")).sentence > n.tokens.get(n.at("fell")).sentence);
    }

    @Test
    void tokenPredicates() {
        Narrative n = new Narrative("Biden's aides said the Senate's vote failed.");
        NarrativeToken biden = n.tokens.get(0);
        assertTrue(biden.cap());
        assertTrue(biden.possessive());
        assertTrue(n.tokens.get(n.at("said")).is("said"));
        assertFalse(n.tokens.get(n.at("said")).cap());
        assertFalse(n.tokens.get(n.at(".")).isWord());
    }

    @Test
    void endsSentenceLooksAtTheLastQuotedCharacter() {
        String text = "\"It is over.\" She left. \"Not yet\" he said.";
        Narrative n = new Narrative(text);
        assertEquals(2, n.quotes.size());
        assertTrue(NarrativeTokens.endsSentence(text, n.quotes.get(0)));
        assertFalse(NarrativeTokens.endsSentence(text, n.quotes.get(1)));
    }
}

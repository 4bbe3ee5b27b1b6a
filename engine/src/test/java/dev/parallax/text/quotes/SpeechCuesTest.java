package dev.parallax.text.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The speech cue of each quotation: after it, before it, or later in its sentence. */
class SpeechCuesTest {

    @Test
    void cueAfterTheQuote() {
        Narrative n = new Narrative("\"The strikes will continue,\" Prime Minister Benjamin Netanyahu said.");
        Cue c = n.cues.cueFor(n.quote(0));
        assertEquals(n.at("said"), c.verb());
        assertEquals("Netanyahu", n.tokens.get(c.subject().to() - 1).text);
    }

    @Test
    void cueBeforeTheQuote() {
        Narrative n = new Narrative("Olaf Scholz told reporters: \"Germany will pay its share.\"");
        Cue c = n.cues.cueFor(n.quote(0));
        assertEquals(n.at("told"), c.verb());
        assertEquals("Olaf Scholz", n.span(c.subject().from(), c.subject().to()));
    }

    @Test
    void accordingTo() {
        Narrative n = new Narrative("The deal is \"dead in the water,\" according to Senator Chuck Schumer.");
        Cue c = n.cues.cueFor(n.quote(0));
        assertEquals(n.at("according"), c.verb());
        assertEquals("Schumer", n.tokens.get(c.subject().to() - 1).text);
    }

    @Test
    void noCueWithoutASpeechVerb() {
        Narrative n = new Narrative("The word \"genocide\" appeared in the report. Prices fell.");
        assertNull(n.cues.cueFor(n.quote(0)));
    }

    @Test
    void opensSentence() {
        Narrative n = new Narrative("Talks ended. \"We will be back,\" he said. He called it \"a farce\".");
        assertTrue(n.cues.opensSentence(n.quote(0)));
        assertFalse(n.cues.opensSentence(n.quote(1)));
    }
}

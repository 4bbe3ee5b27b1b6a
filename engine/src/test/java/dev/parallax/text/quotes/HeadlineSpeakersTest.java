package dev.parallax.text.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Headlines: "X Says 'quote'", "X: 'quote'", "'quote,' X Says". */
class HeadlineSpeakersTest {

    private static List<Quotation> attribute(String headline) {
        Narrative n = new Narrative(headline, true);
        return new HeadlineSpeakers(n.quotes, n.tokens, n.names).attributeHeadline();
    }

    @Test
    void speakerSaysQuote() {
        List<Quotation> q = attribute("Yellen Says Debt Deal Is 'Essential' for Markets");
        assertEquals(1, q.size());
        assertEquals("Yellen", q.get(0).speaker());
        assertEquals(Quotation.Attribution.DIRECT, q.get(0).attribution());
    }

    @Test
    void speakerColonQuote() {
        List<Quotation> q = attribute("Zelensky: \"We Will Not Give Up Our Land\"");
        assertEquals("Zelensky", q.get(0).speaker());
        assertEquals(0, q.get(0).speakerStart());
        assertEquals(8, q.get(0).speakerEnd());
    }

    @Test
    void quoteWithoutSpeakerKeepsNone() {
        List<Quotation> q = attribute("Markets Brace for 'Black Monday' Repeat");
        assertEquals(1, q.size());
        assertFalse(q.get(0).hasSpeaker());
    }
}

package dev.parallax.text.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.parallax.text.quotes.Quotation.Attribution;
import org.junit.jupiter.api.Test;

/** Quotations with no cue of their own take the speaker of a neighbour in the same paragraph. */
class ContextSpeakersTest {

    /** Attributes by own cues only, then lends speakers from context, as Attributor does. */
    private static Quotation[] attribute(Narrative n) {
        Quotation[] out = new Quotation[n.quotes.size()];
        int[] quoteToken = new int[out.length];
        for (int qi = 0; qi < out.length; qi++) {
            quoteToken[qi] = n.quote(qi);
            Cue cue = n.cues.cueFor(quoteToken[qi]);
            out[qi] = cue == null ? n.quotes.get(qi) : n.mentions.resolve(n.quotes.get(qi), cue);
        }
        new ContextSpeakers(n.text, n.quotes, n.tokens, n.cues, n.mentions).inheritFromNeighbours(out, quoteToken);
        return out;
    }

    @Test
    void followingQuoteInTheSameParagraphInherits() {
        Narrative n = new Narrative("\"The ceasefire must hold,\" Foreign Minister Annalena Baerbock said. "
                + "\"There is no alternative to diplomacy in this region.\"");
        Quotation[] out = attribute(n);
        assertEquals("Annalena Baerbock", out[0].speaker());
        assertEquals(Attribution.DIRECT, out[0].attribution());
        assertEquals("Annalena Baerbock", out[1].speaker());
        assertEquals(Attribution.CONTEXT, out[1].attribution());
    }

    @Test
    void noInheritanceAcrossAParagraphBreak() {
        Narrative n = new Narrative("\"The ceasefire must hold,\" Foreign Minister Annalena Baerbock said.\n\n"
                + "\"There is no alternative to diplomacy in this region.\"");
        Quotation[] out = attribute(n);
        assertEquals("Annalena Baerbock", out[0].speaker());
        assertFalse(out[1].hasSpeaker());
    }

    @Test
    void ownCueIsKept() {
        Narrative n = new Narrative("\"We will respond,\" Hamas official Osama Hamdan said. "
                + "\"That is a lie from start to finish,\" Israeli spokesman David Mencer said.");
        Quotation[] out = attribute(n);
        assertEquals("David Mencer", out[1].speaker());
        assertEquals(Attribution.DIRECT, out[1].attribution());
    }
}

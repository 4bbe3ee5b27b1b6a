package dev.parallax.text.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.text.quotes.Quotation.Attribution;
import org.junit.jupiter.api.Test;

/** Capitalised runs that name people, and how a cue's subject resolves to a speaker. */
class MentionsTest {

    private static Quotation resolve(Narrative n, int qi) {
        Cue cue = n.cues.cueFor(n.quote(qi));
        return n.mentions.resolve(n.quotes.get(qi), cue);
    }

    @Test
    void mentionsOfPeopleAndPlaces() {
        Narrative n = new Narrative("Emmanuel Macron arrived in Paris on Tuesday.");
        Mentions.Mention macron = n.mentions.containing(n.at("Emmanuel"));
        assertTrue(macron.person);
        assertEquals("Emmanuel Macron", n.span(macron.coreFrom, macron.coreTo));
        Mentions.Mention paris = n.mentions.containing(n.at("Paris"));
        assertTrue(paris == null || !paris.person);
        assertNull(n.mentions.containing(-1));
        assertNull(n.mentions.containing(999));
    }

    @Test
    void surnameResolvesToTheFullestName() {
        Narrative n = new Narrative("Emmanuel Macron arrived on Tuesday. \"France stands with Ukraine,\" Macron said.");
        Quotation q = resolve(n, 0);
        assertEquals("Emmanuel Macron", q.speaker());
        assertEquals(Attribution.DIRECT, q.attribution());
    }

    @Test
    void pronounResolvesToTheLastPersonNamed() {
        Narrative n = new Narrative("Finance Minister Jeremy Hunt spoke in London. \"The budget holds,\" he said.");
        Quotation q = resolve(n, 0);
        assertEquals("Jeremy Hunt", q.speaker());
        assertEquals(Attribution.PRONOUN, q.attribution());
        assertEquals(n.tokens.get(n.at("Jeremy")).start, q.speakerStart());
    }

    @Test
    void headlineHasNoMentions() {
        Narrative n = new Narrative("Biden Says Talks With Xi Were Productive", true);
        for (int i = 0; i < n.tokens.size(); i++) {
            assertNull(n.mentions.containing(i));
        }
        assertFalse(n.tokens.size() == 0);
    }
}

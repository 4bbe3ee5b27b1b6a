package dev.parallax.text.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The subject of a speech verb, looking left ("Smith said") or right ("said Smith"). */
class SubjectsTest {

    @Test
    void nameBeforeTheVerb() {
        Narrative n = new Narrative("\"We are ready,\" Defence Minister Rustem Umerov said on Friday.");
        Subject s = n.subjects.before(n.at("said"), 0);
        assertEquals(Subject.Kind.NAME, s.kind());
        assertEquals("Umerov", n.tokens.get(s.to() - 1).text);
    }

    @Test
    void nameAfterTheVerb() {
        Narrative n = new Narrative("\"Talks have stalled,\" said Antony Blinken, the secretary of state.");
        Subject s = n.subjects.after(n.at("said") + 1);
        assertEquals(Subject.Kind.NAME, s.kind());
        assertEquals("Antony Blinken", n.span(s.from(), s.to()));
    }

    @Test
    void pronounSubjectsButNotFirstPerson() {
        Narrative n = new Narrative("\"It is a mistake,\" she said. \"We disagree,\" we said.");
        Subject she = n.subjects.after(n.at("she"));
        assertEquals(Subject.Kind.PRONOUN, she.kind());
        assertEquals(n.at("she") + 1, she.to());
        assertNull(n.subjects.after(n.at("we")), "first person speaks for the writer");
    }

    @Test
    void nounPhraseSubjectAndPassiveHasNone() {
        Narrative n = new Narrative("\"Nothing was agreed,\" the spokesman said. Smith was confirmed by the Senate.");
        Subject s = n.subjects.before(n.at("said"), 0);
        assertEquals(Subject.Kind.NOUN_PHRASE, s.kind());
        assertEquals("the spokesman", n.span(s.from(), s.to()));
        assertNull(n.subjects.before(n.at("confirmed"), 0), "passive voice");
    }
}

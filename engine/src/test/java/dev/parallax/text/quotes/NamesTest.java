package dev.parallax.text.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which capitalised runs are names of people, and their keys. */
class NamesTest {

    @Test
    void coreDropsLeadingFunctionWordsAndStopsBeforeOfPlace() {
        Narrative n = new Narrative("But Rick Perry of Texas disagreed.");
        int[] core = n.names.core(n.at("But"), n.at("Texas") + 1);
        assertEquals("Rick Perry", n.span(core[0], core[1]));
    }

    @Test
    void aFirstNameShapedLikeANationalityStaysWithTheName() {
        Narrative n = new Narrative("Finance Minister Christian Lindner and Chinese Foreign Minister Wang Yi spoke.");
        int[] lindner = n.names.core(n.at("Finance"), n.at("Lindner") + 1);
        assertEquals("Christian Lindner", n.span(lindner[0], lindner[1]));
        int[] wang = n.names.core(n.at("Chinese"), n.at("Yi") + 1);
        assertEquals("Wang Yi", n.span(wang[0], wang[1]), "a nationality before the title is still a title");
    }

    @Test
    void placesOrganisationsAndDemonymsAreNotPeople() {
        Narrative n = new Narrative("Moscow and NATO and Ukrainian officials met Angela Merkel.");
        int moscow = n.at("Moscow");
        assertFalse(n.names.personLike(moscow, moscow + 1, false));
        int nato = n.at("NATO");
        assertFalse(n.names.personLike(nato, nato + 1, false), "an acronym");
        int ukrainian = n.at("Ukrainian");
        assertFalse(n.names.personLike(ukrainian, ukrainian + 1, false));
        int angela = n.at("Angela");
        assertTrue(n.names.personLike(angela, angela + 2, false));
    }

    @Test
    void keysFoldPossessivesAndTitleAbbreviations() {
        Narrative n = new Narrative("Merkel's aides and the Ministers' votes");
        assertEquals("merkel", Names.nameKey(n.tokens.get(0)));
        assertEquals("ministers", Names.nameKey(n.tokens.get(n.at("Ministers'"))));
        assertEquals("senator", Names.titleKey("sen."));
        assertEquals("congressman", Names.titleKey("congresswoman"));
        assertEquals("mayor", Names.titleKey("mayor"));
    }

    @Test
    void partyLabelsAndInitials() {
        Narrative n = new Narrative("Sen. Josh Hawley (R-Mo.) and John F. Kennedy");
        assertTrue(Names.isPartyLabel(n.tokens.get(n.at("R-Mo."))));
        assertFalse(Names.isPartyLabel(n.tokens.get(n.at("Hawley"))));
        assertTrue(Names.isInitial(n.tokens.get(n.at("F."))));
        assertFalse(Names.isInitial(n.tokens.get(n.at("John"))));
        assertNull(n.names.core(n.at("and"), n.at("and") + 1), "nothing left after function words");
    }
}

package dev.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Near against paraphrase, and the figures shown beside a pair, on sentences written here: a sentence copied
 * with a clause cut and another added is an edit (near) however many words the clauses hold; a retelling
 * with few common words is a paraphrase, whatever the model's confidence.
 */
class ClosenessTest {
    @Test
    void longVerbatimRunsMakeAPairNearEvenWhenClausesDiffer() {
        String a = "The mayor met the Dutch Minister of Water Affairs Anna de Vries at the opening of the WMO "
                + "Climate Conference, the third meeting this year as the two cities try to settle their dispute.";
        String b = "She met the Dutch Minister of Water Affairs Anna de Vries at the opening of the World "
                + "Meteorological Organization Climate Conference in Geneva on Tuesday.";
        Closeness c = Closeness.of(a, b, 0.2);
        assertEquals(MatchKind.NEAR, c.kind(), "most of the shorter sentence is copied verbatim");
        assertTrue(c.wordsShared() < Closeness.NEAR_RATIO, "a diff keeps less than 75 %: the runs decide");
        assertEquals(0.2, c.confidence(), 1e-9, "the model's figure is kept apart");
        assertEquals(c.wordsShared(), c.score(), 1e-9, "a near pair's score is its words shared");
    }

    @Test
    void aRetellingWithFewCommonWordsStaysAParaphraseHoweverSureTheModelIs() {
        String a = "Officials said the bridge would reopen next week after repairs to its deck.";
        String b = "The crossing is due back in service within days once engineers fix the roadway, authorities say.";
        Closeness c = Closeness.of(a, b, 0.9);
        assertEquals(MatchKind.PARAPHRASE, c.kind());
        assertTrue(c.wordsShared() < 0.3, "few words in common: " + c.wordsShared());
        assertEquals(0.9, c.score(), 1e-9, "a paraphrase's score is the model's confidence");
    }

    @Test
    void sharedWordsInScatteredSinglesAreNotVerbatimRuns() {
        // many common words, none in runs of three: still a retelling
        String a = "China said on Monday that the talks with Russia had gone well overall.";
        String b = "Talks went well, Russia said Monday, in a statement that China welcomed overall.";
        SharedWords s = SharedWords.of(a, b);
        assertTrue(s.runsA() < 0.3 && s.runsB() < 0.3, s.toString());
        assertEquals(MatchKind.PARAPHRASE, Closeness.of(a, b, 0.7).kind());
    }

    @Test
    void anAcronymCountsAsTheWordsItStandsFor() {
        SharedWords spelled = SharedWords.of("Agents of the Federal Bureau of Investigation searched the house.",
                "Agents of the FBI searched the house.");
        assertEquals(1.0, spelled.share(), 1e-9, "FBI is Federal Bureau of Investigation");
        SharedWords unrelated = SharedWords.of("Agents of the Federal Bureau of Investigation searched the house.",
                "Agents of the CIA searched the house.");
        assertTrue(unrelated.share() < 0.8, "CIA spells nothing here: " + unrelated.share());
    }

    @Test
    void withoutAModelTheConfidenceIsUnknownAndIdenticalWordsShareAll() {
        Closeness same = Closeness.of("The bridge opened.", "the bridge  opened.", Double.NaN);
        assertEquals(MatchKind.IDENTICAL, same.kind());
        assertEquals(1.0, same.wordsShared(), 1e-9);
        assertTrue(Double.isNaN(same.confidence()));
    }
}

package dev.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.TestData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** BASIL aggregate figures stay above a margin below what was measured (see the branch's report). */
class QuoteEvaluationTest {
    @Test
    void basilRecallAndSpeakerAccuracy() throws Exception {
        Path corpus = TestData.corpus("basil-news-triplets").getParent();
        QuoteEvaluation.Report r = QuoteEvaluation.evaluate(corpus);
        assertEquals(300, r.articles());
        assertEquals(0, r.mappingErrors(), "every annotation maps onto its .txt");
        assertEquals(722, r.goldQuotes());
        assertTrue(r.quoteRecall() >= 0.94, r::table);
        assertTrue(r.speakerAccuracy() >= 0.60, r::table);
        assertTrue(r.personSpeakerAccuracy() >= 0.85, r::table);
        assertTrue(r.speakerRecall() >= 0.58, r::table);
        assertTrue(r.precisionProxy() >= 0.86, r::table);
    }

    @Test
    void speakerMatchingRule() {
        assertTrue(QuoteEvaluation.speakerMatches("Donald_Trump", "Mr. Trump"));
        assertTrue(QuoteEvaluation.speakerMatches("Democratic_lawmakers", "Democrats"));
        assertTrue(QuoteEvaluation.speakerMatches("Felipe_Calder", "Felipe Calderón"));
        assertTrue(!QuoteEvaluation.speakerMatches("Donald_Trump", "Hillary Clinton"));
        assertTrue(!QuoteEvaluation.speakerMatches("Donald_Trump", "the president"));
    }
}

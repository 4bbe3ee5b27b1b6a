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
        // measured 2026-12-05 (issue 17): 96.4 %, 66.4 %, 91.7 %, 63.9 %, 89.5 % (docs/evaluation.md)
        assertTrue(r.quoteRecall() >= 0.96, r::table);
        assertTrue(r.speakerAccuracy() >= 0.66, r::table);
        assertTrue(r.personSpeakerAccuracy() >= 0.91, r::table);
        assertTrue(r.speakerRecall() >= 0.635, r::table);
        assertTrue(r.precisionProxy() >= 0.89, r::table);
    }

    @Test
    void theTwoHalvesSplitTheEventsAndBothHoldUp() throws Exception {
        Path corpus = TestData.corpus("basil-news-triplets").getParent();
        var finder = new dev.parallax.text.quotes.QuoteFinder();
        QuoteEvaluation.Report even = QuoteEvaluation.evaluate(corpus, finder, QuoteEvaluation.Half.EVEN);
        QuoteEvaluation.Report odd = QuoteEvaluation.evaluate(corpus, finder, QuoteEvaluation.Half.ODD);
        assertEquals(300, even.articles() + odd.articles());
        assertEquals(150, even.articles());
        assertEquals(722, even.goldQuotes() + odd.goldQuotes());
        // rules were developed on the even events; the odd ones (never read while tuning) must hold up too
        assertTrue(even.personSpeakerAccuracy() >= 0.92, even::table);
        assertTrue(odd.personSpeakerAccuracy() >= 0.90, odd::table);
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

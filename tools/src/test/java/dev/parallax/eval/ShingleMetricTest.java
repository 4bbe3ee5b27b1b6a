package dev.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleMetricTest {
    @Test
    void identicalTextsScoreOneAndMatchExactly() {
        ShingleMetric.PageScore s = ShingleMetric.score("One two three four five.", "one? No: One two three four five");
        // Case counts; the prediction's 4 shingles include "one No One two" and "No One two three" that gold lacks.
        assertEquals(0.5, s.precision(), 1e-9);
        assertEquals(1.0, s.recall(), 1e-9);
        ShingleMetric.PageScore same = ShingleMetric.score("Ünïcode wörds, here and there!", "Ünïcode wörds here and there");
        assertEquals(1.0, same.precision(), 1e-9);
        assertEquals(1.0, same.recall(), 1e-9);
        assertTrue(same.exact());
    }

    @Test
    void multisetCountsAndPerPageNormalisation() {
        // gold has the shingle "a b c d" twice, prediction once: tp 1, fn 1 -> normalised 0.5 / 0.5
        ShingleMetric.PageScore s = ShingleMetric.score("a b c d x a b c d", "a b c d");
        assertEquals(1.0, s.precision(), 1e-9);
        assertEquals(1.0 / 6.0, s.recall(), 1e-9);
        assertEquals(1.0, s.tp() + s.fp() + s.fn(), 1e-9);
    }

    @Test
    void emptyPredictionCountsOnlyForRecall() {
        ShingleMetric.PageScore empty = ShingleMetric.score("a b c d e", "");
        assertTrue(!empty.hasPrecision() && empty.hasRecall());
        ShingleMetric.Summary sum = ShingleMetric.summarise(List.of(empty, ShingleMetric.score("a b c d", "a b c d")));
        assertEquals(1.0, sum.precision(), 1e-9); // only the second page has a prediction
        assertEquals(0.5, sum.recall(), 1e-9);
        assertEquals(2 * 0.5 / 1.5, sum.f1(), 1e-9);
    }
}

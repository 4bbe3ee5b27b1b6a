package dev.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.TestData;
import org.junit.jupiter.api.Test;

/**
 * The SemEval Arabic figure stays above a margin below what docs/evaluation.md records (0.483). Arabic is
 * compared on wording alone (the embedding model reads English), so no model is needed here.
 */
class CoverageEvaluationTest {
    @Test
    void arabicCoverageFollowsTheHumanRating() throws Exception {
        CoverageEvaluation.Report r = CoverageEvaluation.semeval(TestData.corpusRoot(), null);
        assertEquals(242, r.pairs().size());
        assertTrue(r.coverageFigure() >= 0.43, () -> "Spearman " + r.coverageFigure());
        double similar = r.pairs().stream().filter(p -> p.label() == 4).mapToDouble(CoverageEvaluation.Pair::coverage)
                .average().orElseThrow();
        double dissimilar = r.pairs().stream().filter(p -> p.label() == 1)
                .mapToDouble(CoverageEvaluation.Pair::coverage).average().orElseThrow();
        assertTrue(similar > 5 * dissimilar, "very similar " + similar + " vs very dissimilar " + dissimilar);
        // the word-level score tried besides ranks better than passages, yet stays below TF-IDF (docs/evaluation.md)
        double containment = r.tried().getFirst().figure();
        assertTrue(containment > r.coverageFigure() && containment < r.tfidfFigure(),
                () -> "containment " + containment + ", coverage " + r.coverageFigure() + ", TF-IDF " + r.tfidfFigure());
    }
}

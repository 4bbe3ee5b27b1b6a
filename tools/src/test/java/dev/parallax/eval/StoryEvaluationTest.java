package dev.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.TestData;
import org.junit.jupiter.api.Test;

/** The story decision on BASIL and SemEval: figures stay near what docs/evaluation.md records. */
class StoryEvaluationTest {
    @Test
    void clusteringMetricsOnSmallCases() {
        double[] perfect = StoryEvaluation.bcubed(new int[] {0, 0, 1}, new int[] {5, 5, 7});
        assertEquals(1.0, perfect[2], 1e-9);
        assertEquals(1.0, StoryEvaluation.ari(new int[] {0, 0, 1, 1}, new int[] {3, 3, 4, 4}), 1e-9);
        // one cluster of everything: precision (2·2/4 + 2·2/4)/4 = 0.5, recall 1
        double[] lumped = StoryEvaluation.bcubed(new int[] {0, 0, 1, 1}, new int[] {9, 9, 9, 9});
        assertEquals(0.5, lumped[0], 1e-9);
        assertEquals(1.0, lumped[1], 1e-9);
        assertEquals(0.0, StoryEvaluation.ari(new int[] {0, 0, 1, 1}, new int[] {9, 9, 9, 9}), 1e-9);
    }

    @Test
    void storiesBeatDocumentTfidfOnHardNegativesAndKeepUnrelatedPagesOut() throws Exception {
        StoryEvaluation.Report r = StoryEvaluation.evaluate(TestData.corpusRoot());
        String table = StoryEvaluation.table(r);
        assertTrue(r.aucModelTest() >= 0.96 && r.aucModelTest() > r.aucTfidfTest(), table); // 0.979 vs 0.895
        assertEquals(0, r.unrelatedJoined(), table);
        StoryEvaluation.Clustering test = r.clusterings().getFirst();
        assertTrue(test.precision() >= 0.97, table); // 0.980
        assertTrue(test.bcubedF1() >= 0.94, table); // 0.954
        assertTrue(test.bcubedF1() > r.clusterings().get(1).bcubedF1(), table); // TF-IDF, cut from the training half: 0.941
    }
}

package dev.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The figures the coverage evaluation reports, on cases worked out by hand. */
class RankStatisticsTest {
    @Test
    void aucCountsPositivesAboveNegativesAndTiesAsHalf() {
        // 0.9 and 0.8 beat both negatives, 0.3 beats one: 5 of 6 pairs
        assertEquals(5.0 / 6, RankStatistics.auc(new double[] {0.9, 0.8, 0.3}, new double[] {0.5, 0.1}), 1e-12);
        assertEquals(0.5, RankStatistics.auc(new double[] {0.0, 0.0}, new double[] {0.0}), 1e-12);
        assertEquals(0.0, RankStatistics.auc(new double[] {0.1}, new double[] {0.2, 0.3}), 1e-12);
    }

    @Test
    void spearmanIsThePearsonCorrelationOfAverageRanks() {
        assertEquals(1.0, RankStatistics.spearman(new double[] {1, 5, 9}, new double[] {0.1, 0.2, 7}), 1e-12);
        assertEquals(-1.0, RankStatistics.spearman(new double[] {1, 2, 3}, new double[] {3, 2, 1}), 1e-12);
        // ranks x = 1, 2.5, 2.5, 4 and y = 1, 3, 2, 4: r = 4.5 / sqrt(4.5 × 5)
        assertEquals(4.5 / Math.sqrt(22.5),
                RankStatistics.spearman(new double[] {1, 2, 2, 3}, new double[] {1, 3, 2, 4}), 1e-12);
    }

    @Test
    void documentTfIdfFindsTheDocumentSharingRareWords() {
        DocumentTfIdf tfidf = new DocumentTfIdf(List.of(
                "The senator criticised the budget on Monday.",
                "On Monday the senator attacked the budget deal.",
                "Storms flooded the coast and closed schools.",
                "The mayor opened a bridge."));
        assertTrue(tfidf.cosine(0, 1) > tfidf.cosine(0, 2));
        assertEquals(1.0, tfidf.cosine(2, 2), 1e-9);
        assertEquals(0.0, tfidf.cosine(2, 3), 1e-12);
    }
}

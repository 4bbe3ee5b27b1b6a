package dev.parallax.story;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Logistic regression over standardised {@link PairFeatures}: the probability that two articles report the
 * same story, and the cut on the average probability at which average-linkage clustering stops merging.
 * Both are fitted by {@code eval.StoryEvaluation} on one half of the BASIL events (with unrelated pages
 * mixed in) and shipped as a resource, so the cut is fixed before any test data is seen.
 */
public record StoryModel(List<String> features, double[] mean, double[] scale, double[] weights, double bias,
                         double cut) {
    private static final String RESOURCE = "story-model.json";
    private static volatile StoryModel shipped;

    public StoryModel {
        if (!features.equals(PairFeatures.NAMES)) {
            throw new IllegalArgumentException("model fitted on other features: " + features);
        }
    }

    public static StoryModel shipped() {
        StoryModel m = shipped;
        if (m == null) {
            try (InputStream in = StoryModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                m = JsonMapper.builder().build().readValue(in, StoryModel.class);
                shipped = m;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return m;
    }

    public double probability(PairFeatures pair) {
        double[] x = pair.vector();
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * (x[i] - mean[i]) / scale[i];
        }
        return 1 / (1 + Math.exp(-z));
    }
}

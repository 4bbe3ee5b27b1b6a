package dev.parallax.compare;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Logistic regression deciding whether two passages say the same thing, over standardised features.
 * The weights are fitted on the MSRP dev pairs by {@code ParaphraseEvaluation} and shipped as a resource,
 * one model on lexical features alone and one that adds the sentence-embedding cosine.
 */
public record ParaphraseModel(List<String> features, double[] mean, double[] scale, double[] weights, double bias,
                              double threshold) {

    private static final String RESOURCE = "paraphrase-models.json";

    /** Both shipped models. */
    public record Shipped(ParaphraseModel lexical, ParaphraseModel semantic) {
    }

    private static volatile Shipped shipped;

    public static Shipped shipped() {
        Shipped s = shipped;
        if (s == null) {
            try (InputStream in = ParaphraseModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                s = JsonMapper.builder().build().readValue(in, Shipped.class);
                shipped = s;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return s;
    }

    /** Probability that the passages are paraphrases of each other. */
    public double probability(double[] x) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * (x[i] - mean[i]) / scale[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    public boolean same(double[] x) {
        return probability(x) >= threshold;
    }
}

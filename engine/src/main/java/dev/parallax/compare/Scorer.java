package dev.parallax.compare;

import dev.parallax.compare.semantic.SentenceEmbedder;

/**
 * Scores a pair of passages with the shipped paraphrase model: lexical features, plus the embedding
 * cosine when an embedder is at hand. Without one (the model still loading) the lexical model decides.
 */
final class Scorer {
    private final ParaphraseModel model;
    private final ParaphraseModel lexical;
    private final SentenceEmbedder embedder;
    private final java.util.Map<SentenceProfile, float[]> vectors = new java.util.IdentityHashMap<>();

    Scorer(SentenceEmbedder embedder) {
        ParaphraseModel.Shipped shipped = ParaphraseModel.shipped();
        this.embedder = embedder;
        this.lexical = shipped.lexical();
        this.model = embedder == null ? lexical : shipped.semantic();
    }

    /** The wording-only probability: cheap, for ranking many variants before the full score. */
    double lexicalProbability(SentenceProfile a, SentenceProfile b) {
        return lexical.probability(LexicalFeatures.of(a, b));
    }

    /** Computes the vectors of these passages in one parallel batch, ahead of scoring them. */
    void prefetch(java.util.List<String> texts) {
        if (embedder != null && !texts.isEmpty()) {
            embedder.embedAll(texts);
        }
    }

    double threshold() {
        return model.threshold();
    }

    double probability(SentenceProfile a, SentenceProfile b) {
        double[] lexical = LexicalFeatures.of(a, b);
        if (embedder == null) {
            return model.probability(lexical);
        }
        double[] x = java.util.Arrays.copyOf(lexical, lexical.length + 1);
        x[lexical.length] = SentenceEmbedder.cosine(vector(a), vector(b));
        return model.probability(x);
    }

    /**
     * Each profile's vector, kept by identity: a unit is scored against many candidates, and the
     * embedder's own cache would fold its text again on every lookup. One comparison, one thread.
     */
    private float[] vector(SentenceProfile p) {
        return vectors.computeIfAbsent(p, q -> embedder.embed(q.text()));
    }
}

package dev.parallax.compare.semantic;

/** Turns a passage into a unit vector; passages with similar meaning get a high dot product. */
public interface SentenceEmbedder {
    float[] embed(String text);

    /**
     * Whether the model's vectors mean anything for text in this language (ISO 639-1; null when unknown).
     * Parallax's model is English: on other scripts its vectors are near-identical, which would make
     * every pair look like a paraphrase, so comparisons in other languages decide on wording alone.
     */
    default boolean reads(String language) {
        return english(language);
    }

    /** The rule of {@link #reads} for Parallax's English model, for deciding before the model is loaded. */
    static boolean english(String language) {
        return language == null || language.equals("en");
    }

    /** Vectors of many passages in the order given; implementations may compute them in parallel. */
    default java.util.List<float[]> embedAll(java.util.List<String> texts) {
        return texts.stream().map(this::embed).toList();
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}

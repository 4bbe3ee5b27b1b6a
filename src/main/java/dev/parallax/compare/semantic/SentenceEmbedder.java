package dev.parallax.compare.semantic;

/** Turns a passage into a unit vector; passages with similar meaning get a high dot product. */
public interface SentenceEmbedder {
    float[] embed(String text);

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

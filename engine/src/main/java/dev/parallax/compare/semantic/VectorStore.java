package dev.parallax.compare.semantic;

/** Somewhere to keep passage vectors between runs, keyed by folded text. */
public interface VectorStore {
    float[] get(String key);

    void put(String key, float[] vector);
}

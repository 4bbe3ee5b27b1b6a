package dev.parallax.compare.semantic;

import dev.parallax.text.TextFolding;
import dev.parallax.index.VectorStore;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Embeds each distinct passage once: vectors are kept by folded text, and an optional {@link VectorStore}
 * (the Lucene index) keeps them across runs.
 */
public final class CachingEmbedder implements SentenceEmbedder {
    private final SentenceEmbedder inner;
    private final VectorStore store;
    private final Map<String, float[]> memory = new ConcurrentHashMap<>();
    private int computed;

    public CachingEmbedder(SentenceEmbedder inner, VectorStore store) {
        this.inner = inner;
        this.store = store;
    }

    @Override
    public float[] embed(String text) {
        String key = TextFolding.fold(text).strip();
        float[] v = memory.get(key);
        if (v == null && store != null) {
            v = store.get(key);
        }
        if (v == null) {
            v = inner.embed(text);
            computed++;
            if (store != null) {
                store.put(key, v);
            }
        }
        memory.put(key, v);
        return v;
    }

    /** How many vectors the model had to compute (the rest came from a cache). */
    public int computed() {
        return computed;
    }
}

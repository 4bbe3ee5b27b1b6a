package dev.parallax.compare.semantic;

import dev.parallax.text.TextFolding;
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

    public CachingEmbedder(SentenceEmbedder inner, VectorStore store) {
        this.inner = inner;
        this.store = store;
    }

    @Override
    public boolean reads(String language) {
        return inner.reads(language);
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
            if (store != null) {
                store.put(key, v);
            }
        }
        memory.put(key, v);
        return v;
    }

    /** Computes, in one parallel batch, the vectors of the passages not cached yet. */
    @Override
    public java.util.List<float[]> embedAll(java.util.List<String> texts) {
        java.util.List<String> missing = new java.util.ArrayList<>();
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (String t : texts) {
            String key = TextFolding.fold(t).strip();
            if (!memory.containsKey(key) && (store == null || store.get(key) == null) && keys.add(key)) {
                missing.add(t);
            }
        }
        // Nothing missing: the inner model is not asked (a lazy one then never loads).
        java.util.List<float[]> computedNow = missing.isEmpty() ? java.util.List.of() : inner.embedAll(missing);
        for (int i = 0; i < missing.size(); i++) {
            String key = TextFolding.fold(missing.get(i)).strip();
            memory.put(key, computedNow.get(i));
            if (store != null) {
                store.put(key, computedNow.get(i));
            }
        }
        return texts.stream().map(this::embed).toList();
    }
}

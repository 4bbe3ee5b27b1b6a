package dev.parallax.workspace;

import dev.parallax.compare.semantic.CachingEmbedder;
import dev.parallax.compare.semantic.LazyEmbedder;
import dev.parallax.compare.semantic.OnnxEmbedder;
import dev.parallax.compare.semantic.SentenceEmbedder;
import dev.parallax.compare.semantic.VectorStore;

/**
 * The one place that wires the meaning model: the shared ONNX model behind a cache of passage vectors,
 * kept across runs by a {@link VectorStore} when there is one. The workspace holds one such embedder per
 * index; evaluations and benchmarks, which have no workspace, ask here too.
 */
public final class Meaning {
    private Meaning() {
    }

    /**
     * The model (loaded now if it is not yet; this waits) behind a vector cache.
     *
     * @param store where vectors are kept between runs, or null for a cache in memory only
     */
    public static CachingEmbedder embedder(VectorStore store) {
        return new CachingEmbedder(OnnxEmbedder.shared().join(), store);
    }

    /**
     * The model behind a vector cache, loaded only when a vector is missing from both the cache and the
     * store (or when {@link LazyEmbedder#preload} is called): a comparison whose vectors are all in the
     * index never loads it.
     */
    public static Lazy lazyEmbedder(VectorStore store) {
        LazyEmbedder model = new LazyEmbedder(OnnxEmbedder::shared);
        return new Lazy(new CachingEmbedder(model, store), model);
    }

    /** A vector cache and the lazily loaded model behind it. */
    public record Lazy(CachingEmbedder embedder, LazyEmbedder model) {
    }

    /** Starts loading the model in the background, so that a later {@link #embedder} waits less. */
    public static void warmUp() {
        OnnxEmbedder.shared();
    }

    /** Whether the model reads this language, decided without loading it. */
    public static boolean reads(String language) {
        return SentenceEmbedder.english(language);
    }
}

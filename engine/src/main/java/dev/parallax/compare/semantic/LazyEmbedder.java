package dev.parallax.compare.semantic;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A model loaded only when a vector must really be computed: behind a {@link CachingEmbedder} whose index
 * already holds every vector a comparison needs, it is never loaded (loading the ONNX model costs about a
 * second of start-up). {@link #preload} starts the load on its own thread once a caller knows vectors will
 * be missing, so it runs beside the work that comes before them.
 */
public final class LazyEmbedder implements SentenceEmbedder {
    private final Supplier<? extends CompletableFuture<? extends SentenceEmbedder>> loader;
    private volatile CompletableFuture<? extends SentenceEmbedder> loading;

    /** @param loader starts loading the model (in the background) and gives its future; called at most once */
    public LazyEmbedder(Supplier<? extends CompletableFuture<? extends SentenceEmbedder>> loader) {
        this.loader = loader;
    }

    /** Starts loading the model, if that has not begun, without waiting for it. */
    public void preload() {
        start();
    }

    /** Whether the model has been asked for (by {@link #preload} or a vector missing from every cache). */
    public boolean started() {
        return loading != null;
    }

    /** Decided without the model: the languages it reads are known beforehand. */
    @Override
    public boolean reads(String language) {
        return SentenceEmbedder.english(language);
    }

    @Override
    public float[] embed(String text) {
        return model().embed(text);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return texts.isEmpty() ? List.of() : model().embedAll(texts);
    }

    private CompletableFuture<? extends SentenceEmbedder> start() {
        CompletableFuture<? extends SentenceEmbedder> f = loading;
        if (f == null) {
            synchronized (this) {
                if (loading == null) {
                    loading = loader.get();
                }
                f = loading;
            }
        }
        return f;
    }

    private SentenceEmbedder model() {
        try {
            return start().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(
                    "the meaning model could not be loaded: " + e.getCause().getMessage(), e.getCause());
        }
    }
}

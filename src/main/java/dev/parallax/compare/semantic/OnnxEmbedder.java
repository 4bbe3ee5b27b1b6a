package dev.parallax.compare.semantic;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.concurrent.CompletableFuture;

/**
 * bge-small-en-v1.5 (quantized) run in process by ONNX Runtime; the model ships inside a Maven artifact,
 * so nothing is downloaded. Loading takes about a second, so it happens once, off the caller's thread.
 */
public final class OnnxEmbedder implements SentenceEmbedder {
    private static final CompletableFuture<OnnxEmbedder> SHARED = new CompletableFuture<>();
    private static volatile boolean started;

    private final EmbeddingModel model;

    private OnnxEmbedder(EmbeddingModel model) {
        this.model = model;
    }

    /** The shared embedder, loading it in the background on first call. */
    public static CompletableFuture<OnnxEmbedder> shared() {
        if (!started) {
            synchronized (OnnxEmbedder.class) {
                if (!started) {
                    started = true;
                    Thread.ofPlatform().daemon().name("embedding-model-loader").start(() -> {
                        try {
                            SHARED.complete(new OnnxEmbedder(new BgeSmallEnV15QuantizedEmbeddingModel()));
                        } catch (Throwable t) {
                            SHARED.completeExceptionally(t);
                        }
                    });
                }
            }
        }
        return SHARED;
    }

    @Override
    public float[] embed(String text) {
        return model.embed(text).content().vector();
    }
}

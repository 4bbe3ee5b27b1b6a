package dev.parallax.compare.semantic;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.parallax.platform.UserFolders;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * bge-small-en-v1.5 (quantized) run in process by ONNX Runtime; the model ships inside a Maven artifact,
 * so nothing is downloaded. Loading takes about a second, so it happens once, off the caller's thread.
 * The session runs each passage on one thread and passages in parallel, one per core: on two cores that
 * beats one passage at a time on two threads (measured in docs/benchmarks.md).
 */
public final class OnnxEmbedder implements SentenceEmbedder {
    private static final String MODEL = "bge-small-en-v1.5-q.onnx";
    private static final String TOKENIZER = "bge-small-en-v1.5-q-tokenizer.json";
    private static final CompletableFuture<OnnxEmbedder> SHARED = new CompletableFuture<>();
    private static volatile boolean started;

    private final Model model;
    private final int workers = Math.max(1, Runtime.getRuntime().availableProcessors());

    private OnnxEmbedder(Model model) {
        this.model = model;
    }

    /**
     * The shared embedder, loading it in the background on first call. The process never ends while the
     * model is being loaded: ONNX Runtime's native initialisation, cut short by the JVM's exit, crashed it
     * (SIGBUS). A shutdown hook waits for the load to finish (it takes about a second) before exit proceeds.
     */
    public static CompletableFuture<OnnxEmbedder> shared() {
        if (!started) {
            synchronized (OnnxEmbedder.class) {
                if (!started) {
                    started = true;
                    Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(OnnxEmbedder::awaitLoad));
                    Thread.ofPlatform().daemon().name("embedding-model-loader").start(() -> {
                        try {
                            SHARED.complete(new OnnxEmbedder(Model.load()));
                        } catch (Throwable t) {
                            SHARED.completeExceptionally(t);
                        }
                    });
                }
            }
        }
        return SHARED;
    }

    /** Whether loading has begun (tests check that commands which do not need the model never start it). */
    public static boolean started() {
        return started;
    }

    /** Waits, within reason, until a load that has begun has finished (or failed); returns at once otherwise. */
    public static void awaitLoad() {
        if (!started) {
            return;
        }
        try {
            SHARED.handle((m, t) -> null).get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // a load stuck for a minute: let the process end rather than hang
        }
    }

    @Override
    public float[] embed(String text) {
        return model.embed(text).content().vector();
    }

    /** Vectors of many passages, computed in parallel, in the order given. */
    @Override
    public List<float[]> embedAll(List<String> texts) {
        if (texts.size() < 2 || workers == 1) {
            return texts.stream().map(this::embed).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, Thread.ofPlatform().daemon().name("embed-", 0).factory());
        try {
            List<Future<float[]>> futures = new ArrayList<>();
            for (String t : texts) {
                futures.add(pool.submit(() -> embed(t)));
            }
            List<float[]> out = new ArrayList<>();
            for (Future<float[]> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while embedding", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("embedding failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** langchain4j's in-process model, built on a session we configure (one intra-op thread). */
    private static final class Model extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        private Model(OnnxBertBiEncoder encoder) {
            super(null);
            this.encoder = encoder;
        }

        static Model load() throws IOException, OrtException {
            UserFolders.keepLibraryCachesInOurs(); // the tokenizer unpacks a native library
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                 InputStream model = resource(MODEL);
                 InputStream tokenizer = resource(TOKENIZER)) {
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                OrtSession session = env.createSession(model.readAllBytes(), options);
                return new Model(new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.CLS));
            }
        }

        private static InputStream resource(String name) throws IOException {
            InputStream in = OnnxEmbedder.class.getClassLoader().getResourceAsStream(name);
            if (in == null) {
                throw new IOException("the embedding model " + name + " is missing from the class path");
            }
            return in;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return 384;
        }
    }
}

package dev.parallax.compare.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyEmbedderTest {
    /** A stand-in model: a vector from the text's length and first letter, and a count of texts embedded. */
    private static final class Counting implements SentenceEmbedder {
        final AtomicInteger embedded = new AtomicInteger();

        @Override
        public float[] embed(String text) {
            embedded.incrementAndGet();
            return new float[] {text.length(), text.isEmpty() ? 0 : text.charAt(0)};
        }
    }

    /** A vector store in memory, as the index would keep it between runs. */
    private static final class MapStore implements VectorStore {
        final Map<String, float[]> vectors = new HashMap<>();

        @Override
        public float[] get(String key) {
            return vectors.get(key);
        }

        @Override
        public void put(String key, float[] vector) {
            vectors.put(key, vector);
        }
    }

    @Test
    void theModelLoadsOnlyForAVectorMissingFromTheStore() {
        MapStore store = new MapStore();
        Counting model = new Counting();
        AtomicInteger loads = new AtomicInteger();
        List<String> texts = List.of("The talks will go on.", "A deal is near.", "The talks will go on.");

        LazyEmbedder first = new LazyEmbedder(() -> {
            loads.incrementAndGet();
            return CompletableFuture.completedFuture(model);
        });
        CachingEmbedder cache = new CachingEmbedder(first, store);
        assertTrue(cache.reads("en"), "the language is decided without the model");
        assertFalse(first.started());
        List<float[]> vectors = cache.embedAll(texts);
        assertEquals(1, loads.get());
        assertEquals(2, model.embedded.get(), "each distinct passage once");

        // A later run: a fresh cache and a fresh lazy model over the same store.
        LazyEmbedder second = new LazyEmbedder(() -> {
            loads.incrementAndGet();
            return CompletableFuture.completedFuture(model);
        });
        List<float[]> again = new CachingEmbedder(second, store).embedAll(texts);
        assertFalse(second.started(), "every vector was in the store");
        assertEquals(1, loads.get());
        for (int i = 0; i < texts.size(); i++) {
            assertArrayEquals(vectors.get(i), again.get(i));
        }

        // One new passage: now the model is needed, and loaded once.
        new CachingEmbedder(second, store).embedAll(List.of("A deal is near.", "Talks broke down."));
        assertTrue(second.started());
        assertEquals(2, loads.get());
        assertEquals(3, model.embedded.get());
    }

    @Test
    void preloadStartsOnceAndAFailedLoadIsReportedWhenAVectorIsNeeded() {
        AtomicInteger loads = new AtomicInteger();
        LazyEmbedder broken = new LazyEmbedder(() -> {
            loads.incrementAndGet();
            return CompletableFuture.failedFuture(new IllegalStateException("no model file"));
        });
        broken.preload();
        broken.preload();
        assertEquals(1, loads.get());
        assertEquals(List.of(), broken.embedAll(List.of()), "nothing to embed asks nothing of the model");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> broken.embed("x"));
        assertEquals("no model file", e.getMessage());
    }
}

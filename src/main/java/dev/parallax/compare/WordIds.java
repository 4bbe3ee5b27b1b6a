package dev.parallax.compare;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Words as small integers, so the similarity loops compare ints instead of strings. */
final class WordIds {
    private static final Map<String, Integer> IDS = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT = new AtomicInteger();

    private WordIds() {
    }

    static int[] of(List<String> words) {
        int[] ids = new int[words.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = IDS.computeIfAbsent(words.get(i), w -> NEXT.getAndIncrement());
        }
        return ids;
    }
}

package dev.parallax.compare;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Words as small integers, so the similarity loops compare ints instead of strings. */
final class WordIds {
    private static final Map<String, Integer> IDS = new ConcurrentHashMap<>();
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT = new AtomicInteger();

    private WordIds() {
    }

    /**
     * The same words, each replaced by the one instance the table keeps, in a list of exactly their size:
     * a long article repeats its vocabulary hundreds of thousands of times.
     */
    static List<String> canonical(List<String> words) {
        String[] out = new String[words.size()];
        for (int i = 0; i < out.length; i++) {
            String w = words.get(i);
            String known = KEYS.get(w); // a plain read first: nearly every word is known, and a compute may lock
            if (known == null) {
                IDS.computeIfAbsent(w, x -> NEXT.getAndIncrement());
                known = KEYS.computeIfAbsent(w, x -> x);
            }
            out[i] = known;
        }
        return List.of(out);
    }

    static int[] of(List<String> words) {
        int[] ids = new int[words.size()];
        for (int i = 0; i < ids.length; i++) {
            Integer id = IDS.get(words.get(i));
            ids[i] = id != null ? id : IDS.computeIfAbsent(words.get(i), w -> NEXT.getAndIncrement());
        }
        return ids;
    }
}

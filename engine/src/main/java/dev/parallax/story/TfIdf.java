package dev.parallax.story;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Unit-length TF-IDF vectors (sublinear term frequency, 1 + ln tf) and their cosine, for any idf. */
public final class TfIdf {
    private TfIdf() {
    }

    public static Map<String, Double> vector(Map<String, Integer> counts, ToDoubleFunction<String> idf) {
        Map<String, Double> v = new HashMap<>();
        double norm = 0;
        for (var e : counts.entrySet()) {
            double w = (1 + Math.log(e.getValue())) * idf.applyAsDouble(e.getKey());
            v.put(e.getKey(), w);
            norm += w * w;
        }
        double len = Math.sqrt(norm);
        if (len > 0) {
            v.replaceAll((t, w) -> w / len);
        }
        return v;
    }

    /** Cosine of two unit vectors, in 0..1 (iterates the smaller). */
    public static double cosine(Map<String, Double> a, Map<String, Double> b) {
        if (a.size() > b.size()) {
            return cosine(b, a);
        }
        double dot = 0;
        for (var e : a.entrySet()) {
            Double w = b.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot;
    }
}

package dev.parallax.eval;

import dev.parallax.text.analysis.Analyzers;
import dev.parallax.story.TfIdf;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline the coverage is measured against: each document as one TF-IDF vector over its stems (the
 * index's stemmed analyzer: stop words dropped, English and Arabic stems), sublinear term frequency
 * (1 + ln tf), idf = ln(N / df) over the documents given, compared by cosine.
 */
public final class DocumentTfIdf {
    private final List<Map<String, Double>> vectors;
    private final Map<String, Integer> df = new HashMap<>();
    private final int n;

    public DocumentTfIdf(List<String> documents) {
        List<Map<String, Integer>> counts = documents.stream().map(DocumentTfIdf::counts).toList();
        for (Map<String, Integer> c : counts) {
            c.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        n = documents.size();
        this.vectors = counts.stream().map(c -> TfIdf.vector(c, this::idf)).toList();
    }

    private static Map<String, Integer> counts(String text) {
        Map<String, Integer> c = new HashMap<>();
        for (String t : Analyzers.stems(text)) {
            c.merge(t, 1, Integer::sum);
        }
        return c;
    }

    /** ln(N / df) of a stem over the documents given; a stem none of them holds counts as held by one. */
    public double idf(String stem) {
        return Math.log((double) n / df.getOrDefault(stem, 1));
    }

    /** Cosine of documents i and j, in 0..1. */
    public double cosine(int i, int j) {
        return TfIdf.cosine(vectors.get(i), vectors.get(j));
    }
}

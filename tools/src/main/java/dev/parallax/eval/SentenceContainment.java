package dev.parallax.eval;

import dev.parallax.text.analysis.Analyzers;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A word-level, graded cousin of coverage, measured to see whether fact-level overlap would rank pairs
 * better than shared passages: each sentence of X counts by the share of its informative words (stems,
 * weighted by idf) that the one sentence of Y holding most of them also holds; X's figure is the mean
 * over its sentences, weighted by their length. Unlike coverage it is never exactly 0 for two reports on
 * one topic, which is why it is an evaluation figure, not what the reader is shown.
 */
final class SentenceContainment {
    private final DocumentTfIdf idf;

    SentenceContainment(DocumentTfIdf idf) {
        this.idf = idf;
    }

    /** How much of x (its sentences) y (its sentences) holds, in 0..1. */
    double of(List<String> x, List<String> y) {
        List<Set<String>> ys = y.stream().map(SentenceContainment::stems).filter(s -> !s.isEmpty()).toList();
        double total = 0;
        double held = 0;
        for (String sentence : x) {
            Set<String> words = stems(sentence);
            double weight = words.stream().mapToDouble(idf::idf).sum();
            if (weight <= 0) {
                continue;
            }
            double best = 0;
            for (Set<String> other : ys) {
                double shared = words.stream().filter(other::contains).mapToDouble(idf::idf).sum();
                best = Math.max(best, shared / weight);
            }
            total += sentence.length();
            held += sentence.length() * best;
        }
        return total == 0 ? 0 : held / total;
    }

    private static Set<String> stems(String sentence) {
        return new HashSet<>(Analyzers.stems(sentence));
    }
}

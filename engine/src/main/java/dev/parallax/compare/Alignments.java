package dev.parallax.compare;

import dev.parallax.article.AnalyzedArticle;
import java.util.List;

/**
 * Several articles aligned pair by pair ({@link Comparer#alignAll}): the articles, each one's units in
 * reading order, and one {@link PairAlignment} for every pair x &lt; y.
 */
public record Alignments(List<AnalyzedArticle> articles, List<List<Unit>> units, List<PairAlignment> pairs) {
    public Alignments {
        articles = List.copyOf(articles);
        units = units.stream().map(List::copyOf).toList();
        pairs = List.copyOf(pairs);
    }
}

package dev.parallax.compare;

import dev.parallax.article.AnalyzedArticle;
import java.util.List;

/**
 * Everything Parallax found between two articles: the aligned passages (moved ones included), the
 * passages only one tells, the quotations and the numbers of both, and how much of each is shared.
 * Immutable; exports and the window only read it.
 */
public record Comparison(List<AnalyzedArticle> articles, List<Match> matches, List<UniquePassage> unique,
                         List<QuoteMatch> quotes, List<NumberMatch> numbers, Stats stats) {
    public Comparison {
        articles = List.copyOf(articles);
        matches = List.copyOf(matches);
        unique = List.copyOf(unique);
        quotes = List.copyOf(quotes);
        numbers = List.copyOf(numbers);
    }

    public AnalyzedArticle a() {
        return articles.get(0);
    }

    public AnalyzedArticle b() {
        return articles.get(1);
    }
}

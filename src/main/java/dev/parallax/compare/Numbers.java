package dev.parallax.compare;

import dev.parallax.text.AnalyzedArticle;
import java.util.List;

/** Numbers of two articles, paired (placeholder until the number finder lands). */
final class Numbers {
    private Numbers() {
    }

    static List<NumberMatch> align(AnalyzedArticle a, AnalyzedArticle b, List<Match> matches) {
        return List.of();
    }
}

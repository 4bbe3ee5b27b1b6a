package dev.parallax.story;

import dev.parallax.article.AnalyzedArticle;
import java.util.List;

/**
 * Articles that report one story, in order of publication (undated ones last, then by path), and the title
 * of the member closest to all the others.
 */
public record Story(String title, List<AnalyzedArticle> articles) {
    public Story {
        articles = List.copyOf(articles);
    }
}

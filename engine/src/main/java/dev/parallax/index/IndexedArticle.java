package dev.parallax.index;

import dev.parallax.article.AnalyzedArticle;

/**
 * An article as the index knows it.
 *
 * @param key    the file's absolute path: the article's identity in the index
 * @param reused true when it came from the index without reading the file again
 */
public record IndexedArticle(String key, AnalyzedArticle analyzed, boolean reused) {
}

package dev.parallax.index;

import dev.parallax.ingest.LoadResult;
import java.util.List;

/**
 * The result of bringing the index up to date with some files: the articles in input order, the files that
 * could not be read, and warnings about files read but not cleanly (damaged bytes).
 */
public record IndexUpdate(List<IndexedArticle> articles, List<LoadResult.Failed> failures, List<String> warnings) {
    public IndexUpdate(List<IndexedArticle> articles, List<LoadResult.Failed> failures) {
        this(articles, failures, List.of());
    }

    public long reused() {
        return articles.stream().filter(IndexedArticle::reused).count();
    }
}

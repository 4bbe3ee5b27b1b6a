package dev.parallax.index;

import dev.parallax.ingest.LoadResult;
import java.util.List;

/** The result of bringing the index up to date with some files: the articles in input order, and failures. */
public record IndexUpdate(List<IndexedArticle> articles, List<LoadResult.Failed> failures) {
    public long reused() {
        return articles.stream().filter(IndexedArticle::reused).count();
    }
}

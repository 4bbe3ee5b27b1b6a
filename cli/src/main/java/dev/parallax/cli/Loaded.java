package dev.parallax.cli;

import dev.parallax.article.Article;
import dev.parallax.ingest.LoadResult;
import java.util.List;

/** What a command read: the articles, and the files that could not be read (already reported). */
record Loaded(List<LoadResult.Loaded> loaded, List<LoadResult.Failed> failures) {
    List<Article> articles() {
        return loaded.stream().map(LoadResult.Loaded::article).toList();
    }

    /** 0 when something was read, 1 when nothing could be (each reason was printed). */
    int exitCode() {
        return loaded.isEmpty() ? 1 : 0;
    }
}

package dev.parallax;

import dev.parallax.article.Article;
import dev.parallax.ingest.ArticleLoader;
import dev.parallax.ingest.LoadResult;
import dev.parallax.article.AnalyzedArticle;
import java.nio.file.Path;

/** Loads and analyses real article files for tests. */
public final class TestArticles {
    private static final ArticleLoader LOADER = new ArticleLoader();

    private TestArticles() {
    }

    public static Article article(Path file) {
        LoadResult r = LOADER.loadFile(file);
        if (r instanceof LoadResult.Loaded l) {
            return l.article();
        }
        throw new IllegalStateException(((LoadResult.Failed) r).message());
    }

    public static AnalyzedArticle analyzed(Path file) {
        return AnalyzedArticle.of(article(file));
    }
}

package dev.parallax.present;

import dev.parallax.article.Article;
import dev.parallax.article.Metadata;
import dev.parallax.article.WebSource;
import dev.parallax.text.Tokens;
import java.nio.file.Path;

/** How an article is named in summaries: its title, its source, its size, the snapshot it was read from. */
public final class ArticleLabels {
    private ArticleLabels() {
    }

    /** Who published the article: the publisher when known, else the file name. */
    public static String source(Article a) {
        return hasPublisher(a) ? a.metadata().publisher().strip() : fileName(a.path());
    }

    public static boolean hasPublisher(Article a) {
        Metadata m = a.metadata();
        return m.publisher() != null && !m.publisher().isBlank();
    }

    public static String fileName(String path) {
        if (path == null || path.isBlank()) {
            return "(no file)";
        }
        try {
            Path name = Path.of(path).getFileName();
            return name == null ? path : name.toString();
        } catch (RuntimeException e) { // not a path on this system (e.g. a URL)
            int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
            return path.substring(slash + 1);
        }
    }

    /** For an article fetched from the web: the snapshot it was read from ("fetched T, SHA-256 H"), else null. */
    public static String snapshot(Article a) {
        WebSource w = a.metadata().web();
        return w == null ? null : "fetched " + w.fetchedAt() + ", snapshot SHA-256 " + w.sha256();
    }

    public static String title(Article a) {
        return a.title() == null || a.title().isBlank() ? "(untitled)" : a.title().strip();
    }

    public static int words(Article a) {
        return Tokens.count(a.text());
    }
}

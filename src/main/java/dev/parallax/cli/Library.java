package dev.parallax.cli;

import dev.parallax.index.ArticleIndex;
import dev.parallax.index.IndexUpdate;
import dev.parallax.index.IndexedArticle;
import dev.parallax.article.Article;
import dev.parallax.ingest.ArticleLoader;
import dev.parallax.text.Printable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The index a command works with. When the on-disk index fails while being written (a full disk, a disk
 * gone read-only, an I/O error), the command goes on with an in-memory index, as it does when the index
 * cannot be opened at all: one line names the folder and the reason, and the answer still comes.
 */
final class Library implements AutoCloseable {
    private final PrintWriter err;
    private final Path folder;
    private ArticleIndex index;

    /** {@code folder} is null for an in-memory index (nothing to fall back from). */
    Library(ArticleIndex index, Path folder, PrintWriter err) {
        this.index = index;
        this.folder = folder;
        this.err = err;
    }

    ArticleIndex index() {
        return index;
    }

    IndexUpdate update(List<Path> inputs, ArticleLoader loader) throws IOException {
        try {
            return index.update(inputs, loader);
        } catch (IOException | RuntimeException e) {
            if (folder == null) {
                throw e;
            }
            workWithout(e);
            return index.update(inputs, loader);
        }
    }

    /** Adds one article read from elsewhere than a file (a web page) under {@code key}. */
    IndexedArticle add(String key, Article article) throws IOException {
        try {
            return index.add(key, article);
        } catch (IOException | RuntimeException e) {
            if (folder == null) {
                throw e;
            }
            workWithout(e);
            return index.add(key, article);
        }
    }

    /** Saves what was written; when the disk refuses, says so and goes on (the results are already made). */
    void commit() {
        try {
            index.commit();
        } catch (IOException | RuntimeException e) {
            if (folder == null) {
                throw e instanceof RuntimeException r ? r : new java.io.UncheckedIOException((IOException) e);
            }
            err.println("parallax: the index at " + Printable.of(folder.toString()) + " could not be saved ("
                    + Messages.describe(e) + "); the results are complete, the index was not updated");
            err.flush();
        }
    }

    private void workWithout(Exception e) {
        err.println("parallax: the index at " + Printable.of(folder.toString()) + " cannot be written ("
                + Messages.describe(e) + "); working without it this time");
        err.flush();
        closeQuietly(index);
        index = ArticleIndex.inMemory();
    }

    private static void closeQuietly(ArticleIndex index) {
        try {
            index.close();
        } catch (IOException | RuntimeException e) {
            // the index already failed; what matters now is the answer
        }
    }

    @Override
    public void close() {
        closeQuietly(index); // a failure on closing cannot change this run's answer
    }
}

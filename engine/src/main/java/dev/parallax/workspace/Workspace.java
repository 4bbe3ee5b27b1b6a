package dev.parallax.workspace;

import dev.parallax.article.AnalyzedArticle;
import dev.parallax.article.Article;
import dev.parallax.compare.Comparer;
import dev.parallax.compare.Comparison;
import dev.parallax.compare.event.Event;
import dev.parallax.compare.event.EventComparer;
import dev.parallax.compare.semantic.SentenceEmbedder;
import dev.parallax.index.ArticleIndex;
import dev.parallax.index.ArticleSearch;
import dev.parallax.index.IndexBusyException;
import dev.parallax.index.IndexUnusableException;
import dev.parallax.index.IndexUpdate;
import dev.parallax.index.IndexedArticle;
import dev.parallax.index.QuerySyntaxException;
import dev.parallax.index.SearchHit;
import dev.parallax.index.SearchResults;
import dev.parallax.ingest.ArticleLoader;
import dev.parallax.ingest.LoadResult;
import dev.parallax.text.Printable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the window and the command line do with articles, written once: read them, compare them (on
 * wording first, then on meaning), compare three or more as an event, search them, and keep them in the
 * library index. The index opens with its fallbacks (busy, unusable, read-only, a full disk): when it
 * fails, the workspace goes on with an index in memory and tells why in one notice, so every question
 * still gets its answer. The meaning model is wired here once per index, so its vector store is read
 * once, not on every refinement. Thread-confined: one caller (a command, the window's worker) at a time.
 */
public final class Workspace implements AutoCloseable {
    private final Consumer<String> notices;
    /** The on-disk index's folder, or null when the workspace began in memory (nothing to fall back from). */
    private final Path folder;
    private ArticleIndex index;
    /**
     * The model behind the vector cache of {@link #index}; made on first use, dropped when the index is.
     * The model itself loads only when a vector is missing from the index, or when {@link #expectMeaning}
     * knows one will be.
     */
    private Meaning.Lazy meaning;

    private Workspace(ArticleIndex index, Path folder, Consumer<String> notices) {
        this.index = index;
        this.folder = folder;
        this.notices = notices;
    }

    /**
     * Opens the library index in {@code folder} (null: the user's default). While another process writes
     * it, waits up to {@code wait} (a command ends soon), then works with a private index in memory; when
     * the index cannot be opened at all (a read-only disk, a damaged index that cannot be set aside), works
     * in memory too. Each case is one line to {@code notices}, already safe for a terminal.
     */
    public static Workspace open(Path folder, Duration wait, Consumer<String> notices) {
        Path where = folder != null ? folder : ArticleIndex.defaultLocation();
        try {
            ArticleIndex.Opened opened = ArticleIndex.open(where, wait, () -> notices.accept(
                    "the index at " + Printable.of(where.toString()) + " is in use by another Parallax process; waiting"));
            if (opened.notice() != null) {
                notices.accept(Printable.of(opened.notice()));
            }
            return new Workspace(opened.index(), where, notices);
        } catch (IndexBusyException | IndexUnusableException e) {
            notices.accept(Printable.of(e.getMessage()) + "; working without it this time");
        } catch (IOException | RuntimeException e) {
            notices.accept("the index at " + Printable.of(where.toString()) + " cannot be opened ("
                    + Problems.describe(e) + "); working without it this time");
        }
        return inMemory(notices);
    }

    /** A workspace whose index lives in memory only (tests, and work that should leave no trace). */
    public static Workspace inMemory(Consumer<String> notices) {
        return new Workspace(ArticleIndex.inMemory(), null, notices);
    }

    /** Where the index is kept, for messages: a folder, or a note that it is in memory. */
    public String location() {
        return index.location();
    }

    // ---- reading

    /** Reads files and folders without indexing them (the first view needs no index, nor an open workspace). */
    public static List<LoadResult> read(List<Path> paths, ArticleLoader loader, ArticleLoader.Progress progress) {
        return loader.load(paths, progress);
    }

    /** A library entry for an article read but not (yet) indexed: what {@link #read} gives, ready to compare. */
    public static IndexedArticle entry(LoadResult.Loaded loaded) {
        return new IndexedArticle(ArticleIndex.key(loaded.path()), AnalyzedArticle.of(loaded.article()), false);
    }

    /** The identity of a file in the library: its absolute, normalised path. */
    public static String key(Path file) {
        return ArticleIndex.key(file);
    }

    /** Brings the index up to date with files and folders (unchanged files are reused, not read again). */
    public IndexUpdate update(List<Path> inputs, ArticleLoader loader) throws IOException {
        return update(inputs, loader, ArticleLoader.Progress.NONE);
    }

    /** {@link #update(List, ArticleLoader)}, telling {@code progress} as each file's turn comes. */
    public IndexUpdate update(List<Path> inputs, ArticleLoader loader, ArticleLoader.Progress progress)
            throws IOException {
        return withFallback(i -> i.update(inputs, loader, progress));
    }

    /** Adds one article read from elsewhere than a file (a web page) under {@code key}. */
    public IndexedArticle add(String key, Article article) throws IOException {
        return withFallback(i -> i.add(key, article));
    }

    /** Saves what was written; when the disk refuses, says so and goes on (the results are already made). */
    public void commit() {
        try {
            index.commit();
        } catch (IOException | RuntimeException e) {
            if (folder == null) {
                throw e instanceof RuntimeException r ? r : new UncheckedIOException((IOException) e);
            }
            notices.accept("the index at " + Printable.of(folder.toString()) + " could not be saved ("
                    + Problems.describe(e) + "); the results are complete, the index was not updated");
        }
    }

    // ---- comparing

    /**
     * Compares two articles. With {@link Depth#MEANING} the model decides paraphrases too, when it reads
     * both languages (otherwise wording decides, and the model is not even loaded). New vectors are written
     * to the index; {@link #commit} keeps them.
     */
    public Comparison compare(AnalyzedArticle a, AnalyzedArticle b, Depth depth) {
        SentenceEmbedder embedder = embedderFor(List.of(a, b), depth);
        return new Comparer(embedder).compare(a, b);
    }

    /** Compares every article with every other (up to {@link #MAX_EVENT}); the event keeps each pair's comparison. */
    public Event event(List<AnalyzedArticle> articles, Depth depth) {
        SentenceEmbedder embedder = embedderFor(articles, depth);
        return new EventComparer(embedder).compare(articles);
    }

    /** The most reports one event takes (the work grows with the square of the count). */
    public static final int MAX_EVENT = EventComparer.MAX_ARTICLES;

    /**
     * Whether a comparison of these articles at this depth uses the meaning model: only when at least two
     * of them are in a language it reads (a pair in any other language is decided on wording).
     */
    public static boolean usesMeaning(List<AnalyzedArticle> articles, Depth depth) {
        return depth == Depth.MEANING
                && articles.stream().filter(Workspace::readsMeaning).count() >= 2;
    }

    /** Whether the meaning model reads this article's language (decided without loading the model). */
    public static boolean readsMeaning(AnalyzedArticle article) {
        return Meaning.reads(article.article().language());
    }

    /**
     * Starts loading the meaning model in the background, so a later comparison on meaning waits less.
     * Shells call it once the first view is up (it would compete with it for the cores).
     */
    public static void prepareMeaning() {
        Meaning.warmUp();
    }

    /**
     * Told what a caller is about to compare: when that uses the meaning model and an article is new to the
     * index (read now, not reused), its vectors are surely missing, so the model starts loading on its own
     * thread while the comparison's wording work runs. Reused articles usually have their vectors already:
     * for them the model waits until a vector is really missing.
     */
    public void expectMeaning(List<IndexedArticle> articles, Depth depth) {
        if (usesMeaning(articles.stream().map(IndexedArticle::analyzed).toList(), depth)
                && articles.stream().anyMatch(a -> !a.reused() && readsMeaning(a.analyzed()))) {
            lazyMeaning().model().preload();
        }
    }

    /** Whether this workspace has asked for the meaning model (it may still be loading); tests watch it. */
    public boolean meaningModelAsked() {
        return meaning != null && meaning.model().started();
    }

    private SentenceEmbedder embedderFor(List<AnalyzedArticle> articles, Depth depth) {
        if (!usesMeaning(articles, depth)) {
            return null;
        }
        return lazyMeaning().embedder();
    }

    private Meaning.Lazy lazyMeaning() {
        if (meaning == null) {
            try {
                meaning = Meaning.lazyEmbedder(index.vectorStore());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return meaning;
    }

    // ---- searching

    /** Searches the articles under {@code keys}; the best {@code limit} hits. */
    public List<SearchHit> search(String query, Collection<String> keys, int limit) throws IOException, QuerySyntaxException {
        try (ArticleSearch search = index.search()) {
            return search.search(query, keys, limit);
        }
    }

    /** As {@link #search}, with a "did you mean" for words no indexed article holds (see {@link SearchResults}). */
    public SearchResults find(String query, Collection<String> keys, int limit) throws IOException, QuerySyntaxException {
        try (ArticleSearch search = index.search()) {
            return search.find(query, keys, limit);
        }
    }

    // ---- the fallbacks

    /** One write to the index. */
    @FunctionalInterface
    private interface IndexWork<T> {
        T on(ArticleIndex index) throws IOException;
    }

    /** Does the work on the index; when the on-disk index fails, once more in memory (with a notice). */
    private <T> T withFallback(IndexWork<T> work) throws IOException {
        try {
            return work.on(index);
        } catch (IOException | RuntimeException e) {
            if (folder == null) {
                throw e;
            }
            workWithout(e);
            return work.on(index);
        }
    }

    private void workWithout(Exception e) {
        notices.accept("the index at " + Printable.of(folder.toString()) + " cannot be written ("
                + Problems.describe(e) + "); working without it this time");
        closeQuietly(index);
        index = ArticleIndex.inMemory();
        meaning = null; // its vector store was the old index's
    }

    private static void closeQuietly(ArticleIndex index) {
        try {
            index.close();
        } catch (IOException | RuntimeException e) {
            // the index already failed, or we are closing: what matters is the answer
        }
    }

    @Override
    public void close() {
        closeQuietly(index);
    }
}

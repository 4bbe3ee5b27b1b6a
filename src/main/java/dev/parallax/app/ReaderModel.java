package dev.parallax.app;

import dev.parallax.compare.Comparer;
import dev.parallax.compare.Comparison;
import dev.parallax.compare.event.Event;
import dev.parallax.compare.event.EventComparer;
import dev.parallax.compare.semantic.CachingEmbedder;
import dev.parallax.compare.semantic.OnnxEmbedder;
import dev.parallax.export.Exports;
import dev.parallax.index.ArticleIndex;
import dev.parallax.index.ArticleSearch;
import dev.parallax.index.IndexBusyException;
import dev.parallax.index.IndexUpdate;
import dev.parallax.index.IndexedArticle;
import dev.parallax.index.QuerySyntaxException;
import dev.parallax.index.SearchHit;
import dev.parallax.article.AnalyzedArticle;
import dev.parallax.ingest.ArticleLoader;
import dev.parallax.ingest.LoadResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The reader's state and commands, without a single node: the library of loaded articles, the two
 * compared, the comparison, search hits, and what is running. All engine work runs in
 * {@link Task}s on a background thread; results land on the FX thread. A comparison is shown first on
 * wording alone and refined when the embedding model is ready.
 */
final class ReaderModel implements AutoCloseable {
    private final ExecutorService background = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("parallax-work").factory());
    private ArticleIndex index;
    private final ObservableList<IndexedArticle> library = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ObjectProperty<IndexedArticle> left = new SimpleObjectProperty<>();
    private final ObjectProperty<IndexedArticle> right = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>();
    /** Three or more articles opened together: every one against every other. */
    private final ReadOnlyObjectWrapper<Event> event = new ReadOnlyObjectWrapper<>();
    private int eventGeneration;
    private List<IndexedArticle> eventArticles = List.of();
    /** The comparison shown is the refined one (the last step), whichever way it was decided. */
    private final ReadOnlyBooleanWrapper semantic = new ReadOnlyBooleanWrapper();
    /** The refined comparison used the meaning model (it reads English only; other languages go by wording). */
    private final ReadOnlyBooleanWrapper meaningUsed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Ready");
    /** The query of the last search that ran (set anew after each one, so an equal query still tells). */
    private final ReadOnlyObjectWrapper<String> lastSearch = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Task<?>> running = new ReadOnlyObjectWrapper<>();
    private int generation;
    /** Opened but not yet indexed: indexing waits until the first view is up, so it does not slow it. */
    private final List<Path> toIndex = new ArrayList<>();

    ReaderModel() {
        this(null);
    }

    /** @param indexSource where the index comes from (tests pass an in-memory one); null for the user's */
    ReaderModel(java.util.function.Supplier<ArticleIndex> indexSource) {
        // The index opens on the worker, not the FX thread, so the first frame does not wait for it.
        background.submit(() -> {
            index = indexSource != null ? indexSource.get() : openIndex();
        });
        left.addListener((o, was, now) -> compareSoon());
        right.addListener((o, was, now) -> compareSoon());
    }

    /** Runs on the worker thread; notices reach the window through the FX thread. */
    private ArticleIndex openIndex() {
        try {
            ArticleIndex.Opened opened = ArticleIndex.open(ArticleIndex.defaultLocation());
            if (opened.notice() != null) {
                Platform.runLater(() -> problems.add(opened.notice()));
            }
            return opened.index();
        } catch (IndexBusyException e) {
            Platform.runLater(() -> problems.add(e.getMessage() + "; this window keeps its own index in memory"));
        } catch (IOException | RuntimeException e) {
            Platform.runLater(() -> problems.add("the index could not be opened (" + e.getMessage() + "); working in memory"));
        }
        return ArticleIndex.inMemory();
    }

    ObservableList<IndexedArticle> library() {
        return library;
    }

    /** One line per file that could not be read, or other trouble; the window shows them as notices. */
    ObservableList<String> problems() {
        return problems;
    }

    ObservableList<SearchHit> hits() {
        return hits;
    }

    ObjectProperty<IndexedArticle> leftProperty() {
        return left;
    }

    ObjectProperty<IndexedArticle> rightProperty() {
        return right;
    }

    ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** The articles of the event, in the event's order. */
    List<IndexedArticle> eventArticles() {
        return eventArticles;
    }

    ReadOnlyObjectProperty<Event> eventProperty() {
        return event.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty meaningUsedProperty() {
        return meaningUsed.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty semanticProperty() {
        return semantic.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<String> lastSearchProperty() {
        return lastSearch.getReadOnlyProperty();
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Task<?>> runningProperty() {
        return running.getReadOnlyProperty();
    }

    /**
     * Reads files and folders into the library; the first two (or the new ones) are compared. The files
     * are read directly, so the first view needs no index; the index is brought up to date afterwards,
     * for search and for vectors cached across runs.
     */
    void open(List<Path> paths) {
        Task<List<Object>> task = new Task<>() {
            @Override
            protected List<Object> call() {
                Trace.mark("open: start");
                updateMessage("Reading " + paths.size() + (paths.size() == 1 ? " item" : " items") + "…");
                updateProgress(-1, 1);
                List<Object> out = new ArrayList<>();
                for (LoadResult r : new ArticleLoader().load(paths, (file, done, total) -> updateProgress(done, total))) {
                    out.add(r instanceof LoadResult.Loaded l
                            ? new IndexedArticle(ArticleIndex.key(l.path()), AnalyzedArticle.of(l.article()), false)
                            : r);
                    if (r instanceof LoadResult.Loaded l && l.warning() != null) {
                        out.add(l.warning()); // read, but with damaged bytes: a notice too
                    }
                }
                return out;
            }
        };
        task.setOnSucceeded(e -> opened(task.getValue(), paths));
        run(task);
    }

    /** Puts what a task read into the library and compares the new articles (files are indexed afterwards). */
    private void opened(List<Object> results, List<Path> paths) {
        Trace.mark("open: done");
        List<IndexedArticle> added = new ArrayList<>();
        int failed = 0;
        for (Object r : results) {
            if (r instanceof IndexedArticle a) {
                library.removeIf(x -> x.key().equals(a.key()));
                library.add(a);
                added.add(a);
            } else if (r instanceof LoadResult.Failed f) {
                problems.add(f.message());
                failed++;
            } else if (r instanceof String warning) {
                problems.add(warning);
            }
        }
        if (added.size() >= 2) {
            left.set(added.get(0));
            right.set(added.get(1));
        } else if (added.size() == 1) {
            if (left.get() == null) {
                left.set(added.getFirst());
            } else {
                right.set(added.getFirst());
            }
        }
        if (added.size() > EventComparer.MAX_ARTICLES) {
            // every pair of thousands of notes would run for hours: the first two are shown instead
            problems.add(added.size() + " articles were opened: too many to compare as one event (up to "
                    + EventComparer.MAX_ARTICLES + "); the first two are compared; choose others with the A "
                    + "and B pickers, or open a folder of one story");
        } else if (added.size() >= 3) {
            compareAll(added);
        }
        status.set(added.size() + " article" + (added.size() == 1 ? "" : "s") + " read"
                + (failed == 0 ? "" : ", " + failed + " could not be"));
        toIndex.addAll(paths);
        if (added.size() < 2 && (left.get() == null || right.get() == null)) {
            indexPending(); // no comparison will follow to trigger it
        }
    }

    /** The web side of the window: opening addresses, cancelling a fetch, earlier versions. */
    private WebOpening web;

    WebOpening web() {
        if (web == null) {
            web = new WebOpening(this);
        }
        return web;
    }

    /**
     * Runs a task that reads articles (web addresses among them) and opens them as {@link #open} opens
     * files; {@code files} are indexed afterwards.
     */
    void openRead(Task<List<Object>> task, List<Path> files) {
        task.setOnSucceeded(e -> opened(task.getValue(), files));
        run(task);
    }

    /** Runs other engine work on the worker thread, shown in the status bar as any task is. */
    void submit(Task<?> task) {
        run(task);
    }

    /** Indexes what was opened since the last time (search uses the index). */
    private void indexPending() {
        if (!toIndex.isEmpty()) {
            index(List.copyOf(toIndex));
            toIndex.clear();
        }
    }

    /** Brings the index up to date with what was opened, after the first view; search uses it. */
    private void index(List<Path> paths) {
        Task<IndexUpdate> task = new Task<>() {
            @Override
            protected IndexUpdate call() throws IOException {
                updateMessage("Indexing for search…");
                return index.update(paths, new ArticleLoader());
            }
        };
        task.setOnSucceeded(e -> Trace.mark("indexed"));
        run(task);
    }

    private void compareSoon() {
        IndexedArticle a = left.get();
        IndexedArticle b = right.get();
        if (a == null || b == null) {
            return;
        }
        int mine = ++generation;
        AnalyzedArticle aa = a.analyzed();
        AnalyzedArticle bb = b.analyzed();
        Task<Comparison> lexical = new Task<>() {
            @Override
            protected Comparison call() {
                Trace.mark("lexical: start");
                updateMessage("Comparing…");
                updateProgress(-1, 1);
                return new Comparer(null).compare(aa, bb);
            }
        };
        lexical.setOnSucceeded(e -> {
            if (mine != generation) {
                return; // the user chose another pair meanwhile
            }
            Trace.mark("lexical: done");
            semantic.set(false);
            meaningUsed.set(false);
            comparison.set(lexical.getValue());
            Trace.mark("lexical: shown");
            status.set("Compared on wording; refining with meaning…");
            // Index once the first view has rendered: on two cores it would slow the rendering down.
            javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.millis(400));
            settle.setOnFinished(x -> indexPending());
            settle.play();
            // Only now start the model: it would compete with the first view for two cores.
            OnnxEmbedder.shared();
            refine(mine, aa, bb);
        });
        run(lexical);
    }

    private void refine(int mine, AnalyzedArticle aa, AnalyzedArticle bb) {
        record Refined(Comparison comparison, boolean meaning) {
        }
        Task<Refined> refined = new Task<>() {
            @Override
            protected Refined call() throws Exception {
                updateMessage("Loading the meaning model…");
                updateProgress(-1, 1);
                CachingEmbedder embedder = new CachingEmbedder(OnnxEmbedder.shared().get(), index.vectorStore());
                updateMessage("Comparing meaning…");
                Comparison c = new Comparer(embedder).compare(aa, bb);
                index.commit();
                return new Refined(c, embedder.reads(aa.article().language()) && embedder.reads(bb.article().language()));
            }
        };
        refined.setOnSucceeded(e -> {
            if (mine == generation) {
                Refined r = refined.getValue();
                meaningUsed.set(r.meaning());
                semantic.set(true); // before the comparison: its listeners read it
                comparison.set(r.comparison()); // no event when equal to the first one: see semanticProperty
                status.set(r.meaning() ? "Compared on wording and meaning"
                        : "Compared on wording (the meaning model reads English only)");
            }
        });
        refined.setOnFailed(e -> status.set("Compared on wording only (the meaning model is unavailable: "
                + refined.getException().getMessage() + ")"));
        run(refined);
    }

    /**
     * Compares every article with every other: first on wording, then, once the model is loaded, on
     * meaning too (the pair view's model and cached vectors are reused).
     */
    void compareAll(List<IndexedArticle> articles) {
        int mine = ++eventGeneration;
        eventArticles = List.copyOf(articles);
        List<AnalyzedArticle> analyzed = articles.stream().map(IndexedArticle::analyzed).toList();
        Task<Event> lexical = new Task<>() {
            @Override
            protected Event call() {
                updateMessage("Comparing " + analyzed.size() + " reports with one another…");
                updateProgress(-1, 1);
                return new EventComparer(null).compare(analyzed);
            }
        };
        lexical.setOnSucceeded(e -> {
            if (mine == eventGeneration) {
                event.set(lexical.getValue());
            }
        });
        run(lexical);
        Task<Event> refined = new Task<>() {
            @Override
            protected Event call() throws Exception {
                updateMessage("Comparing " + analyzed.size() + " reports on meaning…");
                updateProgress(-1, 1);
                CachingEmbedder embedder = new CachingEmbedder(OnnxEmbedder.shared().get(), index.vectorStore());
                Event refinedEvent = new EventComparer(embedder).compare(analyzed);
                index.commit();
                return refinedEvent;
            }
        };
        refined.setOnSucceeded(e -> {
            if (mine == eventGeneration) {
                event.set(refined.getValue());
                // The English model reads only English reports; the others were compared on wording.
                var model = OnnxEmbedder.shared().join(); // loaded: the refinement used it
                boolean allRead = analyzed.stream().allMatch(x -> model.reads(x.article().language()));
                status.set(analyzed.size() + (allRead ? " reports compared on wording and meaning"
                        : " reports compared, on meaning where the model reads the language (English), else on wording"));
            }
        });
        refined.setOnFailed(e -> status.set("Reports compared on wording only (the meaning model is unavailable: "
                + refined.getException().getMessage() + ")"));
        run(refined);
    }

    /** Searches every loaded article; hits replace the list. */
    void search(String query) {
        List<String> keys = library.stream().map(IndexedArticle::key).toList();
        Task<List<SearchHit>> task = new Task<>() {
            @Override
            protected List<SearchHit> call() throws IOException, QuerySyntaxException {
                updateMessage("Searching…");
                try (ArticleSearch s = index.search()) {
                    return s.search(query, keys, 200);
                }
            }
        };
        task.setOnSucceeded(e -> {
            lastSearch.set(null);
            lastSearch.set(query);
            hits.setAll(task.getValue());
            long articles = task.getValue().stream().map(SearchHit::key).distinct().count();
            int n = task.getValue().size();
            status.set(n == 0 ? "No hits for “" + query + "”"
                    : n + (n == 1 ? " hit" : " hits") + " in " + articles + " of " + keys.size()
                    + (keys.size() == 1 ? " article" : " articles"));
        });
        task.setOnFailed(e -> {
            hits.clear();
            status.set(task.getException().getMessage());
        });
        run(task);
    }

    /**
     * Writes the comparison shown in the format its file name implies: the pair, or with {@code all}
     * the event of every article opened together.
     */
    void export(Path target, boolean all) {
        Comparison c = comparison.get();
        Event e3 = event.get();
        if (all ? e3 == null : c == null) {
            status.set(all ? "Nothing to export yet: open three or more articles first"
                    : "Nothing to export yet: open two articles first");
            return;
        }
        Exports.Format format = Exports.Format.fromFileName(target).orElse(null);
        if (format == null) {
            problems.add("Cannot tell the export format from " + target.getFileName() + ": use .json, .md or .html");
            return;
        }
        Task<Exports.Format> task = new Task<>() {
            @Override
            protected Exports.Format call() throws IOException {
                updateMessage("Writing " + target.getFileName() + "…");
                if (all) {
                    Exports.write(e3, target, format);
                } else {
                    Exports.write(c, target, format);
                }
                return format;
            }
        };
        task.setOnSucceeded(e -> status.set("Wrote " + target));
        task.setOnFailed(e -> problems.add("Export failed: " + task.getException().getMessage()));
        run(task);
    }

    IndexedArticle article(String key) {
        return library.stream().filter(a -> a.key().equals(key)).findFirst().orElse(null);
    }

    private void run(Task<?> task) {
        task.setOnRunning(e -> running.set(task));
        var succeeded = task.getOnSucceeded();
        task.setOnSucceeded(e -> {
            running.set(null);
            if (succeeded != null) {
                succeeded.handle(e);
            }
        });
        var cancelled = task.getOnCancelled();
        task.setOnCancelled(e -> {
            running.set(null);
            if (cancelled != null) {
                cancelled.handle(e);
            }
        });
        var failed = task.getOnFailed();
        task.setOnFailed(e -> {
            running.set(null);
            if (failed != null) {
                failed.handle(e);
            } else {
                Throwable t = task.getException();
                problems.add("Something went wrong: " + (t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage()));
            }
        });
        background.submit(task);
    }

    /** Waits for queued work (tests and the screenshot mode use it). */
    void awaitIdle() throws InterruptedException {
        var done = new java.util.concurrent.CountDownLatch(1);
        background.submit(done::countDown);
        done.await();
        var fx = new java.util.concurrent.CountDownLatch(1);
        Platform.runLater(fx::countDown);
        fx.await();
    }

    @Override
    public void close() {
        background.shutdownNow();
        try {
            if (index != null) {
                index.close();
            }
        } catch (IOException e) {
            // closing on exit: nothing left to tell the user
        }
    }
}

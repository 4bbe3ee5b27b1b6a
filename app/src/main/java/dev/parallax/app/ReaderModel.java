package dev.parallax.app;

import dev.parallax.compare.Comparison;
import dev.parallax.compare.event.Event;
import dev.parallax.export.Exports;
import dev.parallax.index.IndexUpdate;
import dev.parallax.index.IndexedArticle;
import dev.parallax.index.QuerySyntaxException;
import dev.parallax.index.SearchHit;
import dev.parallax.index.SearchResults;
import dev.parallax.article.AnalyzedArticle;
import dev.parallax.ingest.ArticleLoader;
import dev.parallax.ingest.LoadResult;
import dev.parallax.text.Span;
import dev.parallax.workspace.Depth;
import dev.parallax.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
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
 * The reader's state and commands, without a single node: a thin JavaFX adapter over a {@link Workspace},
 * which does the work (read, compare on wording then on meaning, events, search, the index). This class
 * runs each step as a {@link Task} on a background executor and lands its result on the FX thread; it
 * also holds what the reader is pointed at ({@link Selection}) and a navigation waiting for its
 * comparison. Tests give it a synchronous executor: each step's work runs in order on the calling thread,
 * and its result follows through the FX queue (a Task always posts it there).
 */
final class ReaderModel implements AutoCloseable {
    private final Executor background;
    /** The workspace, opened beside the first read (which needs no index); steps that use it wait for it. */
    private final java.util.concurrent.CompletableFuture<Workspace> workspace = new java.util.concurrent.CompletableFuture<>();
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
    /** The event shown was compared on meaning too (its pairs are the refined ones). */
    private boolean eventRefined;
    /** The comparison shown is the refined one (the last step), whichever way it was decided. */
    private final ReadOnlyBooleanWrapper semantic = new ReadOnlyBooleanWrapper();
    /** The refined comparison used the meaning model (it reads English only; other languages go by wording). */
    private final ReadOnlyBooleanWrapper meaningUsed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Ready");
    /** The query of the last search that ran (set anew after each one, so an equal query still tells). */
    private final ReadOnlyObjectWrapper<String> lastSearch = new ReadOnlyObjectWrapper<>();
    /** The last search's query with misspelled words corrected ("did you mean"), or null. */
    private final ReadOnlyObjectWrapper<String> didYouMean = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Task<?>> running = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Selection> selection = new ReadOnlyObjectWrapper<>(Selection.NONE);
    /** A pair to show and where to look in it, applied when that pair's comparison arrives. */
    private Navigation pending;
    private int generation;
    /** Opened but not yet indexed: indexing waits until the first view is up, so it does not slow it. */
    private final List<Path> toIndex = new ArrayList<>();

    /** Show {@code a} beside {@code b}, then point at {@code inA} and {@code inB}. */
    private record Navigation(IndexedArticle a, IndexedArticle b, Span inA, Span inB) {
    }

    /** The user's library, its work on one background thread. */
    ReaderModel() {
        this(notices -> Workspace.open(null, Duration.ZERO, notices));
    }

    /** @param workspaces opens the workspace, given where its notices go (tests pass {@code Workspace::inMemory}) */
    ReaderModel(Function<Consumer<String>, Workspace> workspaces) {
        this(workspaces, worker(), open -> Thread.ofPlatform().daemon().name("parallax-open").start(open));
    }

    /**
     * @param workspaces opens the workspace, given where its notices go
     * @param background runs the engine work; {@code Runnable::run} on the FX thread makes every step synchronous
     */
    ReaderModel(Function<Consumer<String>, Workspace> workspaces, Executor background) {
        this(workspaces, background, background);
    }

    /**
     * @param opener runs the opening of the workspace: a thread of its own in the window, so the library
     *               index opens while the first files are read on the worker (not on the FX thread, so
     *               the first frame does not wait for it either)
     */
    private ReaderModel(Function<Consumer<String>, Workspace> workspaces, Executor background, Executor opener) {
        this.background = background;
        opener.execute(() -> {
            try {
                workspace.complete(workspaces.apply(notice -> onFx(() -> problems.add(notice))));
            } catch (RuntimeException | Error e) { // the steps waiting for it fail with it, as a task does
                workspace.completeExceptionally(e);
            }
        });
        left.addListener((o, was, now) -> compareSoon());
        right.addListener((o, was, now) -> compareSoon());
    }

    /** The workspace, once open (steps on the worker wait here while the index opens). */
    private Workspace workspace() {
        return workspace.join();
    }

    private static ExecutorService worker() {
        return Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("parallax-work").factory());
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
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

    /** Set before {@link #lastSearchProperty} changes, so a listener on that sees the new suggestion. */
    ReadOnlyObjectProperty<String> didYouMeanProperty() {
        return didYouMean.getReadOnlyProperty();
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Task<?>> runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Where the reader is pointed; the panes bring it into view. */
    ReadOnlyObjectProperty<Selection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /** The reader chose a passage (a match of the comparison shown, or -1 for none or a one-sided one). */
    void choose(int match) {
        selection.set(Selection.match(match));
    }

    /** Nothing chosen, nothing outlined. */
    void clearSelection() {
        pending = null;
        selection.set(Selection.NONE);
    }

    /**
     * Shows {@code a} beside {@code b} (null keeps that side) and points at {@code inA} / {@code inB}: at
     * once when they are the pair shown, else as soon as their comparison arrives.
     */
    void navigate(IndexedArticle a, IndexedArticle b, Span inA, Span inB) {
        IndexedArticle toA = a != null ? a : left.get();
        IndexedArticle toB = b != null ? b : right.get();
        if (toA != null && toA.equals(left.get()) && toB != null && toB.equals(right.get())) {
            pending = null;
            point(Selection.at(inA, inB));
            return;
        }
        pending = new Navigation(toA, toB, inA, inB);
        left.set(toA);
        right.set(toB);
    }

    /** Points anew even at the same place (the reader may have scrolled away since). */
    private void point(Selection s) {
        selection.set(Selection.NONE);
        selection.set(s);
    }

    /** A comparison is shown: a navigation waiting for this pair points into it (after the panes have drawn it). */
    private void arrived(Comparison shown) {
        Navigation n = pending;
        if (n != null && shown != null && n.a() != null && n.b() != null
                && n.a().analyzed() == shown.a() && n.b().analyzed() == shown.b()) {
            pending = null;
            Platform.runLater(() -> point(Selection.at(n.inA(), n.inB())));
        }
    }

    private void show(Comparison c) {
        comparison.set(c);
        arrived(c);
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
                for (LoadResult r : Workspace.read(paths, new ArticleLoader(), (file, done, total) -> updateProgress(done, total))) {
                    out.add(r instanceof LoadResult.Loaded l ? Workspace.entry(l) : r);
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
        if (added.size() > Workspace.MAX_EVENT) {
            // every pair of thousands of notes would run for hours: the first two are shown instead
            problems.add(added.size() + " articles were opened: too many to compare as one event (up to "
                    + Workspace.MAX_EVENT + "); the first two are compared; choose others with the A "
                    + "and B pickers, or open a folder of one story");
        } else if (added.size() >= 3) {
            compareAll(added); // first, so that the pair below is taken from the event, not compared again
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
                return workspace().update(paths, new ArticleLoader());
            }
        };
        task.setOnSucceeded(e -> Trace.mark("indexed"));
        run(task);
    }

    /**
     * A first view is on screen: index what was opened once it has rendered (on two cores indexing would
     * slow the rendering down). The model is not started here: the refinement loads it only when a vector
     * is missing from the index, so a pair seen before is refined without it.
     */
    private void viewShown() {
        javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.millis(400));
        settle.setOnFinished(x -> indexPending());
        settle.play();
    }

    private void compareSoon() {
        IndexedArticle a = left.get();
        IndexedArticle b = right.get();
        if (a == null || b == null) {
            return;
        }
        int mine = ++generation;
        if (fromEvent(a, b) >= 0) {
            showEventPair(); // now if the event is in, else when it arrives
            return;
        }
        AnalyzedArticle aa = a.analyzed();
        AnalyzedArticle bb = b.analyzed();
        Task<Comparison> lexical = new Task<>() {
            @Override
            protected Comparison call() {
                Trace.mark("lexical: start");
                updateMessage("Comparing…");
                updateProgress(-1, 1);
                return workspace().compare(aa, bb, Depth.WORDING);
            }
        };
        lexical.setOnSucceeded(e -> {
            if (mine != generation) {
                return; // the user chose another pair meanwhile
            }
            Trace.mark("lexical: done");
            semantic.set(false);
            meaningUsed.set(false);
            show(lexical.getValue());
            Trace.mark("lexical: shown");
            status.set("Compared on wording; refining with meaning…");
            viewShown();
            refine(mine, aa, bb);
        });
        run(lexical);
    }

    private void refine(int mine, AnalyzedArticle aa, AnalyzedArticle bb) {
        Task<Comparison> refined = new Task<>() {
            @Override
            protected Comparison call() {
                updateMessage(Workspace.usesMeaning(List.of(aa, bb), Depth.MEANING) ? "Comparing meaning…" : "Comparing…");
                updateProgress(-1, 1);
                Comparison c = workspace().compare(aa, bb, Depth.MEANING);
                workspace().commit();
                return c;
            }
        };
        refined.setOnSucceeded(e -> {
            if (mine == generation) {
                shownRefined(refined.getValue(), Workspace.usesMeaning(List.of(aa, bb), Depth.MEANING));
            }
        });
        refined.setOnFailed(e -> status.set("Compared on wording only (the meaning model is unavailable: "
                + refined.getException().getMessage() + ")"));
        run(refined);
    }

    private void shownRefined(Comparison c, boolean meaning) {
        meaningUsed.set(meaning);
        semantic.set(true); // before the comparison: its listeners read it
        show(c); // no event when equal to the first one: see semanticProperty
        status.set(meaning ? "Compared on wording and meaning"
                : "Compared on wording (the meaning model reads English only)");
    }

    /**
     * The place of the pair (a, b) in the current event, when the event's comparison of it can be shown
     * as it is (a comes first in the event, so it is the comparison's A); -1 otherwise.
     */
    private int fromEvent(IndexedArticle a, IndexedArticle b) {
        int x = eventArticles.indexOf(a);
        int y = eventArticles.indexOf(b);
        return x >= 0 && y > x ? x : -1;
    }

    /** Shows the chosen pair as the event compared it, if the pair is one of the event's and the event is in. */
    private void showEventPair() {
        IndexedArticle a = left.get();
        IndexedArticle b = right.get();
        Event e = event.get();
        if (a == null || b == null || e == null || fromEvent(a, b) < 0) {
            return;
        }
        Comparison c = e.pair(eventArticles.indexOf(a), eventArticles.indexOf(b));
        if (eventRefined) {
            shownRefined(c, Workspace.usesMeaning(List.of(c.a(), c.b()), Depth.MEANING));
        } else {
            semantic.set(false);
            meaningUsed.set(false);
            show(c);
            status.set("Compared on wording; refining with meaning…");
        }
    }

    /**
     * Compares every article with every other: first on wording, then on meaning too (the model and its
     * cached vectors are the workspace's). The event keeps each pair's comparison, and the pair view takes
     * its pairs from there.
     */
    void compareAll(List<IndexedArticle> articles) {
        int mine = ++eventGeneration;
        eventArticles = List.copyOf(articles);
        eventRefined = false;
        event.set(null); // the pairs of the previous event are not this one's
        List<AnalyzedArticle> analyzed = articles.stream().map(IndexedArticle::analyzed).toList();
        Task<Event> lexical = new Task<>() {
            @Override
            protected Event call() {
                updateMessage("Comparing " + analyzed.size() + " reports with one another…");
                updateProgress(-1, 1);
                return workspace().event(analyzed, Depth.WORDING);
            }
        };
        lexical.setOnSucceeded(e -> {
            if (mine == eventGeneration) {
                event.set(lexical.getValue());
                showEventPair();
                viewShown();
            }
        });
        run(lexical);
        Task<Event> refined = new Task<>() {
            @Override
            protected Event call() {
                updateMessage("Comparing " + analyzed.size() + " reports on meaning…");
                updateProgress(-1, 1);
                Event refinedEvent = workspace().event(analyzed, Depth.MEANING);
                workspace().commit();
                return refinedEvent;
            }
        };
        refined.setOnSucceeded(e -> {
            if (mine == eventGeneration) {
                eventRefined = true;
                event.set(refined.getValue());
                showEventPair();
                // The English model reads only English reports; the others were compared on wording.
                boolean allRead = analyzed.stream().allMatch(Workspace::readsMeaning);
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
        // Articles opened but not indexed yet (the first view's indexing waits for it to render) are indexed
        // first: the worker runs one task after the other, so the search sees every opened article.
        indexPending();
        List<String> keys = library.stream().map(IndexedArticle::key).toList();
        Task<SearchResults> task = new Task<>() {
            @Override
            protected SearchResults call() throws IOException, QuerySyntaxException {
                updateMessage("Searching…");
                return workspace().find(query, keys, 200);
            }
        };
        task.setOnSucceeded(e -> {
            List<SearchHit> found = task.getValue().hits();
            String suggestion = task.getValue().didYouMean().orElse(null);
            didYouMean.set(suggestion);
            lastSearch.set(null);
            lastSearch.set(query);
            hits.setAll(found);
            long articles = found.stream().map(SearchHit::key).distinct().count();
            int n = found.size();
            status.set((n == 0 ? "No hits for “" + query + "”"
                    : n + (n == 1 ? " hit" : " hits") + " in " + articles + " of " + keys.size()
                    + (keys.size() == 1 ? " article" : " articles"))
                    + (suggestion == null ? "" : ". Did you mean “" + suggestion + "”?"));
        });
        task.setOnFailed(e -> {
            didYouMean.set(null);
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
        background.execute(task);
    }

    /** Waits for queued work (tests and the screenshot mode use it); never call it on the FX thread. */
    void awaitIdle() throws InterruptedException {
        var done = new CountDownLatch(1);
        background.execute(done::countDown);
        done.await();
        var fx = new CountDownLatch(1);
        Platform.runLater(fx::countDown);
        fx.await();
    }

    @Override
    public void close() {
        if (background instanceof ExecutorService pool) {
            pool.shutdownNow();
        }
        // closing on exit (once opened, should it still be opening): nothing left to tell the user
        workspace.thenAccept(Workspace::close);
    }
}

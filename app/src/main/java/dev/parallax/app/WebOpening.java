package dev.parallax.app;

import dev.parallax.export.Exports;
import dev.parallax.index.IndexedArticle;
import dev.parallax.article.AnalyzedArticle;
import dev.parallax.ingest.ArticleLoader;
import dev.parallax.ingest.LoadResult;
import dev.parallax.text.Printable;
import dev.parallax.article.WebSource;
import dev.parallax.ingest.web.FetchOptions;
import dev.parallax.ingest.web.Fetcher;
import dev.parallax.ingest.web.Snapshot;
import dev.parallax.ingest.web.SnapshotStore;
import dev.parallax.ingest.web.WebAddress;
import dev.parallax.ingest.web.WebReader;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;

/**
 * The window's web side, without a node: opens addresses beside files (through the engine's
 * {@link WebReader}, as the command line does), lets a fetch be cancelled, and opens an earlier version of
 * a page from its snapshots.
 */
final class WebOpening {
    private final ReaderModel model;
    private Path snapshots = SnapshotStore.defaultLocation();
    private FetchOptions options = FetchOptions.defaults(Exports.VERSION);
    private final ReadOnlyObjectWrapper<Task<?>> fetching = new ReadOnlyObjectWrapper<>();

    WebOpening(ReaderModel model) {
        this.model = model;
    }

    /** Where snapshots are kept (tests point it at a temporary folder). */
    void useSnapshots(Path folder) {
        snapshots = folder;
    }

    void useOptions(FetchOptions fetchOptions) {
        options = fetchOptions;
    }

    /** The fetch running now, or null: the window shows a Cancel button meanwhile. */
    ReadOnlyObjectProperty<Task<?>> fetchingProperty() {
        return fetching.getReadOnlyProperty();
    }

    private WebReader reader() {
        return new WebReader(new Fetcher(options), new SnapshotStore(snapshots), new ArticleLoader());
    }

    /** Opens files, folders and web addresses in the order given (arguments, a drop, a paste, Open URL). */
    void open(List<String> inputs) {
        List<Path> files = new ArrayList<>();
        for (String in : inputs) {
            if (!WebAddress.looksLikeAddress(in)) {
                Path p = path(in);
                if (p != null) {
                    files.add(p);
                }
            }
        }
        if (files.size() == inputs.size()) {
            model.open(files);
            return;
        }
        Task<List<Object>> task = new Task<>() {
            @Override
            protected List<Object> call() throws InterruptedException {
                try (WebReader reader = reader()) {
                    return read(reader);
                }
            }

            private List<Object> read(WebReader reader) throws InterruptedException {
                ArticleLoader loader = new ArticleLoader();
                List<Object> out = new ArrayList<>();
                for (int i = 0; i < inputs.size(); i++) {
                    String in = inputs.get(i);
                    updateProgress(i, inputs.size());
                    if (WebAddress.looksLikeAddress(in)) {
                        updateMessage("Fetching " + Printable.of(in) + "…");
                        WebReader.Read read = reader.read(in);
                        if (read.notice() != null) {
                            out.add(read.notice());
                        }
                        add(out, read.result());
                    } else {
                        Path p = path(in);
                        if (p == null) {
                            out.add(new LoadResult.Failed(null, "not a valid file name here", in));
                        } else {
                            updateMessage("Reading " + Printable.of(in) + "…");
                            loader.load(List.of(p)).forEach(r -> add(out, r));
                        }
                    }
                }
                return out;
            }
        };
        task.setOnCancelled(e -> {
            fetching.set(null);
            model.problems().add("Fetching stopped; nothing was kept of the page being fetched");
        });
        task.setOnFailed(e -> {
            fetching.set(null);
            model.problems().add("Fetching failed: " + task.getException().getMessage());
        });
        task.runningProperty().addListener((o, was, now) -> {
            if (!now) {
                fetching.set(null);
            }
        });
        fetching.set(task);
        model.openRead(task, files);
    }

    private static void add(List<Object> out, LoadResult r) {
        switch (r) {
            case LoadResult.Loaded l -> {
                out.add(new IndexedArticle(key(l), AnalyzedArticle.of(l.article()), false));
                if (l.warning() != null) {
                    out.add(l.warning());
                }
            }
            case LoadResult.Failed f -> out.add(f);
        }
    }

    /** Files by their path (as the model keys them), pages by their address. */
    private static String key(LoadResult.Loaded l) {
        return l.article().metadata().web() != null ? l.article().path()
                : dev.parallax.workspace.Workspace.key(l.path());
    }

    /** Stops the fetch running now; nothing is kept of the page it was fetching. */
    void cancel() {
        Task<?> t = fetching.get();
        if (t != null) {
            t.cancel();
        }
    }

    /** The versions kept of the page an article was read from, oldest first; empty for a file. */
    List<Snapshot> versions(IndexedArticle article) {
        WebSource web = article == null ? null : article.analyzed().article().metadata().web();
        if (web == null) {
            return List.of();
        }
        try {
            return new SnapshotStore(snapshots).versions(web.url());
        } catch (IOException e) {
            model.problems().add(e.getMessage());
            return List.of();
        }
    }

    /** Opens an earlier version of the page on the left and the article shown now on the right. */
    void compareWithVersion(IndexedArticle current, Snapshot earlier) {
        String url = current.analyzed().article().metadata().web().url();
        Task<Object> task = new Task<>() {
            @Override
            protected Object call() {
                updateMessage("Reading the version of " + earlier.fetchedAt() + "…");
                try (WebReader reader = reader()) {
                    return switch (reader.readSnapshot(url, earlier)) {
                        case LoadResult.Loaded l -> new IndexedArticle(url + " @ " + earlier.fetchedAt(),
                                AnalyzedArticle.of(l.article()), false);
                        case LoadResult.Failed f -> f;
                    };
                }
            }
        };
        task.setOnSucceeded(e -> {
            if (task.getValue() instanceof IndexedArticle version) {
                model.library().removeIf(x -> x.key().equals(version.key()));
                model.library().add(version);
                model.rightProperty().set(current);
                model.leftProperty().set(version);
            } else if (task.getValue() instanceof LoadResult.Failed f) {
                model.problems().add(f.message());
            }
        });
        model.submit(task);
    }

    private static Path path(String s) {
        try {
            return Path.of(s);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}

package dev.parallax.cli;

import dev.parallax.index.IndexUpdate;
import dev.parallax.index.IndexedArticle;
import dev.parallax.ingest.ArticleLoader;
import dev.parallax.ingest.LoadResult;
import dev.parallax.text.Printable;
import dev.parallax.ingest.web.WebAddress;
import dev.parallax.ingest.web.WebReader;
import dev.parallax.workspace.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by every command that reads articles, and the reading itself with one line per failure. */
final class LoadOptions {
    @Option(names = "--max-size", paramLabel = "MB", converter = Ranges.Megabytes.class,
            description = "Largest file to read, in MB, 1 to 1048576 (default: ${DEFAULT-VALUE}).")
    long maxMegabytes = ArticleLoader.DEFAULT_MAX_BYTES / (1024 * 1024);

    ArticleLoader loader() {
        return new ArticleLoader(maxMegabytes * 1024 * 1024);
    }

    /** Brings the index up to date with the inputs, printing one line per file that could not be read. */
    IndexUpdate index(Workspace library, List<Path> inputs, PrintWriter err) throws IOException {
        IndexUpdate update;
        try (TerminalProgress progress = TerminalProgress.onStandardError(err)) {
            update = library.update(inputs, loader(), progress);
        }
        for (LoadResult.Failed f : update.failures()) {
            err.println("parallax: " + Printable.of(f.message()));
        }
        for (String w : update.warnings()) {
            err.println("parallax: warning: " + Printable.of(w));
        }
        err.flush();
        return update;
    }

    Loaded load(List<Path> inputs, PrintWriter err) {
        return report(loader().load(inputs), err);
    }

    /**
     * Reads files, folders and web addresses, in the order given; an address is fetched and kept as a
     * snapshot (a notice when an earlier snapshot had to stand in for the page).
     */
    Loaded load(List<String> inputs, WebOptions web, PrintWriter err) throws InterruptedException {
        ArticleLoader loader = loader();
        WebReader reader = null;
        List<LoadResult> results = new ArrayList<>();
        try {
            for (String input : inputs) {
                if (WebAddress.looksLikeAddress(input)) {
                    reader = reader != null ? reader : web.reader(loader);
                    WebReader.Read read = reader.read(input);
                    notice(read, err);
                    results.add(read.result());
                } else {
                    Path path = path(input);
                    results.addAll(path == null ? List.of(badName(input)) : loader.load(List.of(path)));
                }
            }
        } finally {
            if (reader != null) {
                reader.close();
            }
        }
        return report(results, err);
    }

    /**
     * As {@link #index(Workspace, List, PrintWriter)}, with web addresses among the inputs: each is
     * fetched, kept, and indexed under its address, in the order given.
     */
    IndexUpdate index(Workspace index, List<String> inputs, WebOptions web, PrintWriter err)
            throws IOException, InterruptedException {
        if (inputs.stream().noneMatch(WebAddress::looksLikeAddress) && inputs.stream().allMatch(i -> path(i) != null)) {
            return index(index, inputs.stream().map(Path::of).toList(), err);
        }
        ArticleLoader loader = loader();
        List<IndexedArticle> articles = new ArrayList<>();
        List<LoadResult.Failed> failures = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        try (WebReader reader = web.reader(loader)) {
            indexEach(index, inputs, reader, loader, articles, failures, warnings, err);
        }
        for (LoadResult.Failed f : failures) {
            err.println("parallax: " + Printable.of(f.message()));
        }
        for (String w : warnings) {
            err.println("parallax: warning: " + Printable.of(w));
        }
        err.flush();
        return new IndexUpdate(articles, failures, warnings);
    }

    private static void indexEach(Workspace index, List<String> inputs, WebReader reader, ArticleLoader loader,
                                  List<IndexedArticle> articles, List<LoadResult.Failed> failures,
                                  List<String> warnings, PrintWriter err) throws IOException, InterruptedException {
        for (String input : inputs) {
            if (WebAddress.looksLikeAddress(input)) {
                WebReader.Read read = reader.read(input);
                notice(read, err);
                switch (read.result()) {
                    case LoadResult.Loaded l -> articles.add(index.add(l.article().path(), l.article()));
                    case LoadResult.Failed f -> failures.add(f);
                }
            } else if (path(input) == null) {
                failures.add(badName(input));
            } else {
                IndexUpdate u = index.update(List.of(path(input)), loader);
                articles.addAll(u.articles());
                failures.addAll(u.failures());
                warnings.addAll(u.warnings());
            }
        }
    }

    private static void notice(WebReader.Read read, PrintWriter err) {
        if (read.notice() != null) {
            err.println("parallax: warning: " + Printable.of(read.notice()));
        }
    }

    /** The file an argument names, or null when it cannot name one here (a NUL character, say). */
    static Path path(String input) {
        try {
            return Path.of(input);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static LoadResult.Failed badName(String input) {
        return new LoadResult.Failed(null, "not a valid file name here", input);
    }

    private static Loaded report(List<LoadResult> results, PrintWriter err) {
        List<LoadResult.Loaded> loaded = new ArrayList<>();
        List<LoadResult.Failed> failed = new ArrayList<>();
        for (LoadResult r : results) {
            switch (r) {
                case LoadResult.Loaded l -> {
                    loaded.add(l);
                    if (l.warning() != null) {
                        err.println("parallax: warning: " + Printable.of(l.warning()));
                    }
                }
                case LoadResult.Failed f -> {
                    failed.add(f);
                    err.println("parallax: " + Printable.of(f.message()));
                }
            }
        }
        if (loaded.isEmpty()) {
            err.println("parallax: nothing could be read" + (failed.isEmpty() ? "" : " (see above)"));
        }
        err.flush();
        return new Loaded(loaded, failed);
    }
}

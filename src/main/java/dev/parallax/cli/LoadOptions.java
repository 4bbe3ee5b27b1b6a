package dev.parallax.cli;

import dev.parallax.index.IndexUpdate;
import dev.parallax.ingest.ArticleLoader;
import dev.parallax.ingest.LoadResult;
import dev.parallax.ingest.Printable;
import java.io.IOException;
import java.io.PrintWriter;
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
    IndexUpdate index(Library library, List<Path> inputs, PrintWriter err) throws IOException {
        IndexUpdate update = library.update(inputs, loader());
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
        List<LoadResult> results = loader().load(inputs);
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

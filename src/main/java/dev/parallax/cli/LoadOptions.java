package dev.parallax.cli;

import dev.parallax.ingest.ArticleLoader;
import dev.parallax.ingest.LoadResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by every command that reads articles, and the reading itself with one line per failure. */
final class LoadOptions {
    @Option(names = "--max-size", paramLabel = "MB", description = "Largest file to read, in MB (default: ${DEFAULT-VALUE}).")
    long maxMegabytes = ArticleLoader.DEFAULT_MAX_BYTES / (1024 * 1024);

    Loaded load(List<Path> inputs, PrintWriter err) {
        List<LoadResult> results = new ArticleLoader(maxMegabytes * 1024 * 1024).load(inputs);
        List<LoadResult.Loaded> loaded = new ArrayList<>();
        List<LoadResult.Failed> failed = new ArrayList<>();
        for (LoadResult r : results) {
            switch (r) {
                case LoadResult.Loaded l -> loaded.add(l);
                case LoadResult.Failed f -> {
                    failed.add(f);
                    err.println("parallax: " + f.message());
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

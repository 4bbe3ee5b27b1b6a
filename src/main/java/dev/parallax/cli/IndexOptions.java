package dev.parallax.cli;

import dev.parallax.index.ArticleIndex;
import dev.parallax.index.IndexBusyException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --index option, and opening the index it names with the fallbacks every command shares. */
final class IndexOptions {
    @Option(names = "--index", paramLabel = "DIR", description = "Index folder (default: the user's data folder).")
    Path folder;

    /** The on-disk index; while another process writes it, a private in-memory one (said so on stderr). */
    ArticleIndex open(PrintWriter err) throws IOException {
        Path where = folder != null ? folder : ArticleIndex.defaultLocation();
        try {
            ArticleIndex.Opened opened = ArticleIndex.open(where);
            if (opened.notice() != null) {
                err.println("parallax: " + opened.notice());
            }
            return opened.index();
        } catch (IndexBusyException e) {
            err.println("parallax: " + e.getMessage() + "; working without it this time");
            return ArticleIndex.inMemory();
        }
    }
}

package dev.parallax.cli;

import dev.parallax.index.ArticleIndex;
import dev.parallax.index.IndexBusyException;
import dev.parallax.index.IndexUnusableException;
import dev.parallax.text.Printable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The --index option, and opening the index it names with the fallbacks every command shares. */
final class IndexOptions {
    @Option(names = "--index", paramLabel = "DIR", description = "Index folder (default: the user's data folder).")
    Path folder;

    @Option(names = "--index-wait", paramLabel = "SECONDS", converter = Ranges.Seconds.class,
            description = "Up to 3600: how long to wait while another Parallax process writes the index (default: ${DEFAULT-VALUE}).")
    double waitSeconds = 3;

    /**
     * The on-disk index. While another process writes it, waits a little (another command ends soon), then
     * works with a private in-memory index; when the index cannot be opened at all (a read-only disk, a
     * damaged index that cannot be moved aside), works in memory too. Each case is one line on stderr.
     */
    Library open(PrintWriter err) {
        Path where = folder != null ? folder : ArticleIndex.defaultLocation();
        try {
            ArticleIndex.Opened opened = ArticleIndex.open(where, Duration.ofMillis((long) (waitSeconds * 1000)), () -> {
                err.println("parallax: the index at " + Printable.of(where.toString()) + " is in use by another Parallax process; waiting");
                err.flush();
            });
            if (opened.notice() != null) {
                err.println("parallax: " + Printable.of(opened.notice()));
            }
            return new Library(opened.index(), where, err);
        } catch (IndexBusyException e) {
            err.println("parallax: " + Printable.of(e.getMessage()) + "; working without it this time");
        } catch (IndexUnusableException e) {
            err.println("parallax: " + Printable.of(e.getMessage()) + "; working without it this time");
        } catch (IOException | RuntimeException e) {
            err.println("parallax: the index at " + Printable.of(where.toString()) + " cannot be opened (" + Messages.describe(e)
                    + "); working without it this time");
        }
        return new Library(ArticleIndex.inMemory(), null, err);
    }
}

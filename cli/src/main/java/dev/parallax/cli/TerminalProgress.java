package dev.parallax.cli;

import dev.parallax.ingest.ArticleLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * "Reading 1,200 of 5,000 files" on one self-rewriting line of standard error while many files are read,
 * so a long run is never silent; Ctrl+C stops it (the library keeps its last commit). Only on a terminal,
 * never into a pipe or a log, and only for long work: the line appears after the first second and is wiped
 * when reading ends, so no output a script reads changes.
 */
final class TerminalProgress implements ArticleLoader.Progress, AutoCloseable {
    private static final long QUIET_NANOS = 1_000_000_000L;
    private static final long EVERY_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier clock;
    private final long start;
    private long shown = Long.MIN_VALUE;
    private int width;

    TerminalProgress(PrintWriter err, boolean terminal, LongSupplier clock) {
        this.err = err;
        this.terminal = terminal;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    /** Progress on this process's standard error, when that is a terminal. */
    static TerminalProgress onStandardError(PrintWriter err) {
        java.io.Console console = System.console();
        return new TerminalProgress(err, console != null && console.isTerminal(), System::nanoTime);
    }

    @Override
    public void reading(Path file, int done, int total) {
        long now = clock.getAsLong();
        if (!terminal || now - start < QUIET_NANOS || shown != Long.MIN_VALUE && now - shown < EVERY_NANOS) {
            return;
        }
        shown = now;
        String line = String.format("parallax: reading %,d of %,d files", done + 1, total);
        err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        err.flush();
        width = line.length();
    }

    /** Wipes the line, if one was shown. */
    @Override
    public void close() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }
}

package dev.parallax.cli;

import dev.parallax.workspace.Workspace;
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
     * The library as a workspace: the on-disk index with the fallbacks every command shares (see
     * {@link Workspace#open}); each notice is one line on stderr.
     */
    Workspace open(PrintWriter err) {
        return Workspace.open(folder, Duration.ofMillis((long) (waitSeconds * 1000)), notice -> {
            err.println("parallax: " + notice);
            err.flush();
        });
    }
}

package dev.parallax.cli;

import dev.parallax.export.Exports;
import dev.parallax.ingest.ArticleLoader;
import dev.parallax.ingest.web.FetchOptions;
import dev.parallax.ingest.web.Fetcher;
import dev.parallax.ingest.web.SnapshotStore;
import dev.parallax.ingest.web.WebReader;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Options of every command that may read web addresses, and the reader they configure. */
final class WebOptions {
    @Option(names = "--connect-timeout", paramLabel = "SECONDS",
            description = "How long to wait for a web server to accept the connection (default: ${DEFAULT-VALUE}).")
    double connectSeconds = FetchOptions.CONNECT_TIMEOUT.toSeconds();

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "How long fetching one page may take, redirects included (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds = FetchOptions.TIMEOUT.toSeconds();

    @Option(names = "--max-download", paramLabel = "MB",
            description = "Largest page to fetch, in MB (default: ${DEFAULT-VALUE}).")
    double maxDownloadMegabytes = FetchOptions.MAX_BYTES / (1024 * 1024);

    @Option(names = "--snapshots", paramLabel = "DIR",
            description = "Where snapshots of fetched pages are kept (default: the user's data folder, beside the index).")
    Path snapshots;

    SnapshotStore store() {
        return new SnapshotStore(snapshots != null ? snapshots : SnapshotStore.defaultLocation());
    }

    WebReader reader(ArticleLoader loader) {
        FetchOptions options = new FetchOptions(duration(connectSeconds, "--connect-timeout"),
                duration(timeoutSeconds, "--timeout"), bytes(), FetchOptions.userAgent(Exports.VERSION));
        return new WebReader(new Fetcher(options), store(), loader);
    }

    private static Duration duration(double seconds, String option) {
        if (!(seconds > 0) || seconds > 86_400) {
            throw new IllegalArgumentException(option + " must be a number of seconds above 0 (and at most a day)");
        }
        return Duration.ofMillis(Math.max(1, Math.round(seconds * 1000)));
    }

    private long bytes() {
        if (!(maxDownloadMegabytes > 0) || maxDownloadMegabytes > 4096) {
            throw new IllegalArgumentException("--max-download must be a number of MB above 0 (and at most 4096)");
        }
        return Math.round(maxDownloadMegabytes * 1024 * 1024);
    }
}

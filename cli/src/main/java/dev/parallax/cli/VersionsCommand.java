package dev.parallax.cli;

import dev.parallax.compare.Comparison;
import dev.parallax.compare.Edits;
import dev.parallax.export.VersionExports;
import dev.parallax.article.AnalyzedArticle;
import dev.parallax.ingest.LoadResult;
import dev.parallax.text.Printable;
import dev.parallax.ingest.web.FetchException;
import dev.parallax.ingest.web.Snapshot;
import dev.parallax.ingest.web.WebAddress;
import dev.parallax.ingest.web.WebReader;
import dev.parallax.workspace.Depth;
import dev.parallax.workspace.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parallax versions URL}: the versions kept of a web page (a new one whenever its article text
 * changed); with {@code --compare}, two of them compared, what changed in headline, quotations and numbers
 * first.
 */
@Command(name = "versions", mixinStandardHelpOptions = true,
        description = {"List the versions kept of a web page (time, size, SHA-256, title); a new version is kept",
                "whenever a fetch finds the article text changed. With --compare, compare two of them (default: the",
                "two latest): changed headline, quotations and numbers first, then as compare does."})
final class VersionsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "URL", description = "The page's address, as it was opened.")
    private String url;

    @Parameters(index = "1..2", arity = "0..2", paramLabel = "N",
            description = "With --compare: the two versions to compare, by number (1 is the oldest).")
    private List<Integer> pair = List.of();

    @Option(names = "--compare", description = "Compare two versions (default: the two latest).")
    private boolean compare;

    @Option(names = "--fetch", description = "Fetch the page first; a new version is kept if its text changed.")
    private boolean fetch;

    @Option(names = "--lexical", description = "Decide on wording alone (skips loading the embedding model).")
    private boolean lexical;

    @Mixin
    private ExportOptions exports;

    @Mixin
    private IndexOptions indexOptions;

    @Mixin
    private LoadOptions load;

    @Mixin
    private WebOptions web;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (exports.refusesTargets(err)) {
            return 2;
        }
        String address;
        try {
            address = WebAddress.parse(url).toString();
        } catch (FetchException e) {
            return fail(err, e.getMessage(), 2);
        }
        if (!pair.isEmpty() && !compare) {
            return fail(err, "version numbers go with --compare", 2);
        }
        try (WebReader reader = web.reader(load.loader())) {
            return run(reader, address, out, err);
        }
    }

    private int run(WebReader reader, String address, PrintWriter out, PrintWriter err)
            throws IOException, InterruptedException {
        if (fetch) {
            WebReader.Read read = reader.read(url);
            switch (read.result()) {
                case LoadResult.Failed f -> err.println("parallax: " + f.message());
                case LoadResult.Loaded l -> err.println("parallax: fetched; " + (read.kept() == null ? read.notice()
                        : read.kept().added() ? "the text changed: kept as version " + read.kept().number()
                        : "the text is unchanged since version " + read.kept().number()));
            }
        }
        List<Snapshot> versions = reader.store().versions(address);
        if (versions.isEmpty()) {
            return fail(err, "no versions kept of this page yet; open it once (parallax extract URL) or add --fetch", 1);
        }
        if (!compare) {
            list(out, address, versions);
            return 0;
        }
        if (versions.size() < 2) {
            return fail(err, "only one version is kept: the page has not changed since it was first fetched", 1);
        }
        int i = pair.size() == 2 ? pair.get(0) : versions.size() - 1;
        int j = pair.size() == 2 ? pair.get(1) : versions.size();
        if (pair.size() == 1 || i < 1 || j < 1 || i > versions.size() || j > versions.size() || i == j) {
            return fail(err, "--compare takes two different version numbers between 1 and " + versions.size()
                    + " (or none: the two latest)", 2);
        }
        AnalyzedArticle a = read(reader, address, versions.get(i - 1), err);
        AnalyzedArticle b = read(reader, address, versions.get(j - 1), err);
        if (a == null || b == null) {
            return 1;
        }
        Comparison c = compare(a, b, err);
        Edits edits = Edits.of(c);
        int[] versionNumbers = {i, j};
        return exports.report(out, err, () -> {
            out.printf("Version %d (%s) against version %d (%s)%n", versionNumbers[0],
                    versions.get(versionNumbers[0] - 1).fetchedAt(), versionNumbers[1],
                    versions.get(versionNumbers[1] - 1).fetchedAt());
            out.println("Changed:");
            for (String line : VersionExports.lines(c, edits)) {
                out.println("  " + line);
            }
            out.println();
            new ComparisonSummary(out).print(c);
        }, format -> stream -> stream.write(VersionExports.render(c, edits, format).getBytes(StandardCharsets.UTF_8)));
    }

    private static void list(PrintWriter out, String address, List<Snapshot> versions) {
        out.println("Versions of " + Printable.of(address) + " (1 is the oldest):");
        for (int k = 0; k < versions.size(); k++) {
            Snapshot s = versions.get(k);
            out.printf(Locale.ROOT, "%3d  %s  %,10d bytes  %s  %s%n", k + 1, s.fetchedAt(), s.size(), s.sha256(),
                    s.title() == null ? "(no title)" : Printable.of(s.title()));
        }
    }

    private static AnalyzedArticle read(WebReader reader, String address, Snapshot s, PrintWriter err) {
        return switch (reader.readSnapshot(address, s)) {
            case LoadResult.Loaded l -> AnalyzedArticle.of(l.article());
            case LoadResult.Failed f -> {
                err.println("parallax: " + f.message());
                yield null;
            }
        };
    }

    private Comparison compare(AnalyzedArticle a, AnalyzedArticle b, PrintWriter err) throws IOException {
        if (lexical) { // nothing to keep: no index to open
            try (Workspace workspace = Workspace.inMemory(notice -> { })) {
                return workspace.compare(a, b, Depth.WORDING);
            }
        }
        Workspace.prepareMeaning(); // loads while the index opens
        try (Workspace workspace = indexOptions.open(err)) {
            Comparison c = workspace.compare(a, b, Depth.MEANING);
            workspace.commit();
            return c;
        }
    }

    private int fail(PrintWriter err, String why, int code) {
        err.println("parallax: " + Printable.of(url) + ": " + why);
        err.flush();
        return code;
    }
}

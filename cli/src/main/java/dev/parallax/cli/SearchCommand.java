package dev.parallax.cli;

import dev.parallax.export.Json;
import dev.parallax.index.IndexUpdate;
import dev.parallax.index.IndexedArticle;
import dev.parallax.index.QuerySyntaxException;
import dev.parallax.index.SearchResults;
import dev.parallax.text.Printable;
import dev.parallax.workspace.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax search}: words, phrases and quotes across articles, through the Lucene index. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search sentences, quotations and titles of articles.",
                "Syntax: words (all must occur), \"a phrase\" (forgiving: curly or straight quotes, case,",
                "punctuation and small wording changes), OR, NOT, -word, speaker:Name."})
final class SearchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "QUERY",
            description = "What to look for (a query starting with -, as in -flood, goes after --: search -- -flood).")
    private String query;

    @Parameters(index = "1..*", paramLabel = "PATH", description = "Articles or folders to search (default: seeds/, else the seed reports shipped with Parallax).")
    private List<Path> paths = List.of(seeds());

    @Option(names = "--json", description = "Print the hits as JSON.")
    private boolean json;

    @Mixin
    private IndexOptions indexOptions;

    @Option(names = "--limit", paramLabel = "N", converter = Ranges.Hits.class,
            description = "Most hits to show, 1 to 10000 (default: ${DEFAULT-VALUE}).")
    private int limit = 20;

    @Mixin
    private LoadOptions load;

    @Spec
    private CommandSpec spec;

    /** ./seeds, else the seeds folder of the project or installation the jar runs from (as the window does). */
    static Path seeds() {
        Path here = Path.of("seeds");
        Path shipped = Path.of(System.getProperty("parallax.home", "."), "seeds");
        return Files.isDirectory(here) || !Files.isDirectory(shipped) ? here : shipped;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Workspace library = indexOptions.open(err)) {
            IndexUpdate update = load.index(library, paths, err);
            if (update.articles().isEmpty()) {
                err.println("parallax: nothing could be read" + (update.failures().isEmpty() ? "" : " (see above)"));
                err.flush();
                return 1;
            }
            Map<String, IndexedArticle> byKey = update.articles().stream()
                    .collect(Collectors.toMap(IndexedArticle::key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
            SearchResults hits;
            try {
                hits = library.find(query, byKey.keySet(), limit);
            } catch (QuerySyntaxException e) {
                err.println("parallax: " + Printable.of(e.getMessage()));
                err.flush();
                return 2;
            }
            if (json) {
                out.println(Json.TERMINAL.writeValueAsString(SearchReport.of(query, hits, byKey, update)));
            } else {
                new SearchPrinter(out, System.console() != null).print(query, hits, byKey);
            }
            out.flush();
            err.flush();
            return 0;
        }
    }
}

package dev.parallax.cli;

import dev.parallax.compare.Comparison;
import dev.parallax.compare.event.Event;
import dev.parallax.export.Exports;
import dev.parallax.index.IndexUpdate;
import dev.parallax.index.IndexedArticle;
import dev.parallax.article.AnalyzedArticle;
import dev.parallax.workspace.Depth;
import dev.parallax.workspace.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parallax compare A B [C ...]}: what two reports share, reword, move, and tell alone; with three or
 * more, the passages, quotations and numbers across all of them and how much of each the others tell.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare two articles: matched passages (identical, near, paraphrase), moved and unique",
                "passages, quotations and numbers. With three or more (files, or a folder of one event): passages",
                "told by several, quotations and numbers across all, and the coverage matrix.",
                "Without output options, prints a summary."})
final class CompareCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "ARTICLE",
            description = "The articles (.txt or .html files, folders of them, or web addresses): two for a comparison, more for an event.")
    private List<String> inputs;

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
        String tooMany = tooManyReports();
        if (tooMany != null) {
            err.println("parallax: " + tooMany);
            err.flush();
            return 2;
        }
        try (Workspace workspace = indexOptions.open(err)) {
            IndexUpdate update = load.index(workspace, inputs, web, err);
            if (update.articles().size() < 2) {
                err.println("parallax: compare needs two readable articles; "
                        + (update.articles().isEmpty() ? "none" : "only one") + " could be read");
                err.flush();
                return 1;
            }
            List<AnalyzedArticle> articles = update.articles().stream().map(IndexedArticle::analyzed).toList();
            // The model is loaded only when it will be used: a command that ends early never starts native code.
            Depth depth = lexical ? Depth.WORDING : Depth.MEANING;
            workspace.expectMeaning(update.articles(), depth);
            // The result is shown first, then saved: a long text's sentences may still be being indexed.
            int status;
            if (articles.size() > 2) {
                Event event = workspace.event(articles, depth);
                status = exports.report(out, err, () -> new EventSummary(out).print(event), format -> Exports.body(event, format));
            } else {
                Comparison c = workspace.compare(articles.get(0), articles.get(1), depth);
                status = exports.report(out, err, () -> new ComparisonSummary(out).print(c), format -> Exports.body(c, format));
            }
            workspace.commit();
            return status;
        }
    }

    /**
     * A refusal when the inputs hold more reports than one event takes, counted from the file listing before
     * anything is read (reading and pairing thousands would run for hours); null otherwise.
     */
    private String tooManyReports() {
        List<Path> folders = inputs.stream().map(LoadOptions::path)
                .filter(p -> p != null && Files.isDirectory(p)).toList();
        long files = inputs.size() - folders.size();
        for (Path folder : folders) {
            files += load.loader().articleFiles(folder, new java.util.ArrayList<>()).size();
        }
        int max = Workspace.MAX_EVENT;
        if (files <= max) {
            return null;
        }
        String what = (folders.size() == 1 && inputs.size() == 1 ? "this folder holds " : "these inputs hold ")
                + String.format("%,d", files) + " articles";
        return what + ": comparing them as one event would align " + String.format("%,d", files * (files - 1) / 2)
                + " pairs; group them into stories with parallax stories, then compare one story, or pick up to "
                + max + " reports of one story (as files, or a folder of them)";
    }
}

package dev.parallax.cli;

import dev.parallax.export.ArticleJson;
import dev.parallax.export.Json;
import dev.parallax.article.Article;
import dev.parallax.article.Block;
import dev.parallax.article.BlockKind;
import dev.parallax.ingest.LoadResult;
import dev.parallax.text.Printable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parallax extract}: the cleaned article (title, body, removed chrome) of each file. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the article found in each file: title, body, and (with --removed) the site chrome taken out.")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files (.txt, .html, .htm), folders of them, or web addresses (http, https).")
    private List<String> inputs;

    @Option(names = "--json", description = "Print the articles as JSON (the contract's articles[] objects).")
    private boolean json;

    @Option(names = "--removed", description = "Also list every block removed as site chrome.")
    private boolean removed;

    @Mixin
    private LoadOptions load;

    @Mixin
    private WebOptions web;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Loaded loaded = load.load(inputs, web, err);
        List<Article> articles = loaded.articles();
        if (json) {
            List<ArticleJson> items = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                items.add(ArticleJson.of(i, articles.get(i)));
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("articles", items);
            doc.put("errors", loaded.failures().stream().map(LoadResult.Failed::message).toList());
            out.println(Json.TERMINAL.writeValueAsString(doc));
        } else {
            for (Article a : articles) {
                printText(out, a);
            }
        }
        out.flush();
        return loaded.exitCode();
    }

    private void printText(PrintWriter out, Article a) {
        out.println("== " + Printable.of(a.path()) + " (" + (a.language() == null ? "language unknown" : Printable.of(a.language())) + ")");
        out.println("Title: " + (a.title() == null ? "(none found)" : Printable.of(a.title())));
        if (a.metadata().byline() != null) {
            out.println("Byline: " + Printable.of(a.metadata().byline()));
        }
        if (a.metadata().date() != null) {
            out.println("Published: " + a.metadata().date());
        }
        if (a.metadata().modified() != null) {
            out.println("Modified: " + a.metadata().modified());
        }
        for (String note : a.metadata().notes()) {
            out.println("Note: " + note);
        }
        out.println();
        for (Block b : a.blocks()) {
            String t = Printable.lines(a.blockText(b));
            out.println(b.kind() == BlockKind.HEADING ? "## " + t : t);
            out.println();
        }
        if (removed) {
            out.println("-- removed (" + a.removed().size() + " blocks):");
            for (String r : a.removed()) {
                out.println("   | " + Printable.lines(r).replace("\n", "\n   | "));
            }
            out.println();
        }
    }
}

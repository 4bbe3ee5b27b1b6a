package dev.parallax.cli;

import dev.parallax.export.StoriesJson;
import dev.parallax.index.IndexUpdate;
import dev.parallax.index.IndexedArticle;
import dev.parallax.article.AnalyzedArticle;
import dev.parallax.article.Article;
import dev.parallax.text.Printable;
import dev.parallax.story.Stories;
import dev.parallax.story.Story;
import dev.parallax.workspace.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax stories DIR...}: the articles grouped into the stories they report. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"Group articles (files and folders) into the stories they report. Each story lists its",
                "articles with source and date; an article no other tells is a story of its own."})
final class StoriesCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Articles or folders of them.")
    private List<Path> inputs;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the stories as JSON (docs/contract/stories-json.md).")
    private Path json;

    @Mixin
    private IndexOptions indexOptions;

    @Mixin
    private LoadOptions load;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Workspace index = indexOptions.open(err)) {
            IndexUpdate update = load.index(index, inputs, err);
            if (update.articles().isEmpty()) {
                err.println("parallax: nothing could be read" + (update.failures().isEmpty() ? "" : " (see above)"));
                err.flush();
                return 1;
            }
            List<AnalyzedArticle> articles = update.articles().stream().map(IndexedArticle::analyzed).toList();
            List<Story> stories = new Stories().group(articles);
            if (json != null) {
                StoriesJson.write(stories, json);
                err.println("parallax: wrote " + Printable.of(json.toString()));
            } else {
                print(out, stories);
            }
            out.flush();
            err.flush();
            return 0;
        }
    }

    private static void print(PrintWriter out, List<Story> stories) {
        long shared = stories.stream().filter(s -> s.articles().size() > 1).count();
        out.printf("%d stories (%d told by two or more articles)%n", stories.size(), shared);
        for (Story story : stories) {
            out.println();
            out.printf("%s  (%d)%n", Printable.of(story.title() == null ? "(untitled)" : story.title()),
                    story.articles().size());
            for (AnalyzedArticle analyzed : story.articles()) {
                out.println("  " + describe(analyzed.article()));
            }
        }
    }

    /** "source · date · title · path", leaving out what the article does not say. */
    static String describe(Article a) {
        StringBuilder sb = new StringBuilder();
        for (String part : new String[] {a.metadata().publisher(), a.metadata().date(), a.title()}) {
            if (part != null && !part.isBlank()) {
                sb.append(Printable.of(part)).append(" · ");
            }
        }
        return sb.append(Printable.of(a.path())).toString();
    }
}

package dev.parallax.cli;

import dev.parallax.index.IndexUpdate;
import dev.parallax.index.IndexedArticle;
import dev.parallax.article.AnalyzedArticle;
import dev.parallax.text.Printable;
import dev.parallax.story.Related;
import dev.parallax.story.Stories;
import dev.parallax.workspace.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax related ARTICLE [PATH...]}: the library's other reports of the article's story, ranked. */
@Command(name = "related", mixinStandardHelpOptions = true,
        description = {"Rank the other articles of a library by how likely they report the same story as ARTICLE,",
                "with the reasons: shared passages and quotations, names, figures, and how far apart the dates are."})
final class RelatedCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ARTICLE", description = "The article whose story to look for.")
    private Path article;

    @Parameters(index = "1..*", paramLabel = "PATH", description = "The library: articles or folders (default: ARTICLE's folder).")
    private List<Path> library = List.of();

    @Option(names = "--all", description = "Also list the alike articles judged to be other stories.")
    private boolean all;

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
        List<Path> inputs = new ArrayList<>(List.of(article));
        Path folder = article.toAbsolutePath().getParent();
        inputs.addAll(library.isEmpty() && folder != null ? List.of(folder) : library);
        try (Workspace index = indexOptions.open(err)) {
            IndexUpdate update = load.index(index, inputs, err);
            String key = article.toAbsolutePath().normalize().toString();
            List<IndexedArticle> unique = update.articles().stream()
                    .collect(java.util.stream.Collectors.toMap(IndexedArticle::key, a -> a, (a, b) -> a,
                            java.util.LinkedHashMap::new)).values().stream().toList();
            int target = -1;
            for (int i = 0; i < unique.size(); i++) {
                if (unique.get(i).key().equals(key)) {
                    target = i;
                }
            }
            if (target < 0) {
                err.println("parallax: " + Printable.of(article.toString()) + " could not be read");
                err.flush();
                return 1;
            }
            List<AnalyzedArticle> articles = unique.stream().map(IndexedArticle::analyzed).toList();
            List<Related> related = new Stories().related(articles, target);
            long same = related.stream().filter(Related::sameStory).count();
            out.printf("%d other report%s of this story among %d articles%n", same, same == 1 ? "" : "s",
                    articles.size() - 1);
            for (Related r : related) {
                if (r.sameStory() || all) {
                    out.printf(Locale.ROOT, "%n%3.0f%%  %s%s%n", 100 * r.probability(),
                            StoriesCommand.describe(r.article().article()), r.sameStory() ? "" : "  (another story)");
                    out.println("      " + Printable.of(r.reasons()));
                }
            }
            out.flush();
            err.flush();
            return 0;
        }
    }
}

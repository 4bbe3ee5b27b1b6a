package dev.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.ingest.extract.ArticleAssembler;
import dev.parallax.ingest.extract.BodyBlock;
import dev.parallax.ingest.extract.Extraction;
import dev.parallax.ingest.html.ArticleFinder;
import dev.parallax.text.Languages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores the HTML extractor on the two corpora in shared/corpus: the Zyte article-extraction benchmark
 * (shingle F1 against a gold body, with the upstream baselines re-scored by the same code) and
 * trafilatura-eval (must-keep / must-drop snippets, plus title accuracy).
 *
 * <p>Usage: {@code ExtractionEvaluation [corpus] [--pages] [--only zyte|snippets] [--show ID]}.
 */
public final class ExtractionEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();

    public record ZytePage(String id, ShingleMetric.PageScore score, int goldChars, int predictedChars) {
    }

    public record ZyteReport(ShingleMetric.Summary ours, Map<String, ShingleMetric.Summary> baselines,
                             List<ZytePage> pages) {
    }

    public record SnippetPage(String id, String language, SnippetScore score, String goldTitle, String title,
                              boolean titleExact, boolean titleContained, String error) {
    }

    public record SnippetReport(SnippetScore overall, Map<String, SnippetScore> byLanguage, int titled,
                                int titleExact, int titleContained, List<SnippetPage> pages) {
        public double titleExactRate() {
            return titled == 0 ? 0 : (double) titleExact / titled;
        }

        public double titleContainedRate() {
            return titled == 0 ? 0 : (double) titleContained / titled;
        }
    }

    public record Report(ZyteReport zyte, SnippetReport snippets) {
    }

    private final ArticleFinder extractor = new ArticleFinder();

    public Report evaluate(Path corpus) {
        return new Report(zyte(corpus.resolve("article-extraction-benchmark/dev")),
                snippets(corpus.resolve("trafilatura-eval/dev")));
    }

    /** The article text the app would show for a page (body blocks joined by the assembler). */
    public String articleText(String html) {
        return articleText(extractor.extract(html, null));
    }

    private static String articleText(Extraction e) {
        return ArticleAssembler.assemble("page", e).text();
    }

    public ZyteReport zyte(Path dir) {
        JsonNode gold = readJson(dir.resolve("ground-truth.json"));
        List<ZytePage> pages = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        gold.fieldNames().forEachRemaining(ids::add);
        ids.sort(null);
        for (String id : ids) {
            String goldBody = gold.get(id).path("articleBody").asText("");
            String predicted;
            try {
                predicted = articleText(CorpusFiles.readPage(dir.resolve("html/" + id + ".html.gz")));
            } catch (RuntimeException e) {
                predicted = "";
            }
            pages.add(new ZytePage(id, ShingleMetric.score(goldBody, predicted), goldBody.length(), predicted.length()));
        }
        Map<String, ShingleMetric.Summary> baselines = new TreeMap<>();
        try (var files = Files.list(dir.resolve("baselines"))) {
            for (Path f : files.sorted().toList()) {
                JsonNode out = readJson(f).path("output");
                List<ShingleMetric.PageScore> scores = new ArrayList<>();
                for (String id : ids) {
                    scores.add(ShingleMetric.score(gold.get(id).path("articleBody").asText(""),
                            out.path(id).path("articleBody").asText("")));
                }
                baselines.put(f.getFileName().toString().replace(".json", ""), ShingleMetric.summarise(scores));
            }
        } catch (IOException e) {
            // no baselines folder: report ours only
        }
        return new ZyteReport(ShingleMetric.summarise(pages.stream().map(ZytePage::score).toList()), baselines, pages);
    }

    public SnippetReport snippets(Path dir) {
        JsonNode gold = readJson(dir.resolve("gold.json"));
        List<String> ids = new ArrayList<>();
        gold.fieldNames().forEachRemaining(ids::add);
        ids.sort(null);
        SnippetScore overall = SnippetScore.ZERO;
        Map<String, SnippetScore> byLanguage = new TreeMap<>();
        List<SnippetPage> pages = new ArrayList<>();
        int titled = 0;
        int exact = 0;
        int contained = 0;
        for (String id : ids) {
            JsonNode g = gold.get(id);
            String text = "";
            String title = null;
            String error = null;
            try {
                Extraction e = extractor.extract(CorpusFiles.readPage(dir.resolve("html/" + id + ".html.gz")), null);
                text = articleText(e);
                title = e.title();
            } catch (RuntimeException ex) {
                error = ex.toString(); // a crash counts as extracting nothing
            }
            SnippetScore s = SnippetScore.of(SnippetScore.normalise(text), strings(g.path("with")),
                    strings(g.path("without")));
            String lang = Languages.detect(text);
            if (lang == null) {
                lang = g.path("lang").asText("?") + "?";
            }
            overall = overall.plus(s);
            byLanguage.merge(lang, s, SnippetScore::plus);
            String goldTitle = g.path("title").asText("");
            boolean te = false;
            boolean tc = false;
            if (!goldTitle.isBlank()) {
                titled++;
                te = TitleMatch.exact(goldTitle, title);
                tc = te || TitleMatch.contained(goldTitle, title);
                exact += te ? 1 : 0;
                contained += tc ? 1 : 0;
            }
            pages.add(new SnippetPage(id, lang, s, goldTitle, title, te, tc, error));
        }
        return new SnippetReport(overall, byLanguage, titled, exact, contained, pages);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static JsonNode readJson(Path p) {
        try {
            return JSON.readTree(p.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) {
        Path corpus = CorpusFiles.defaultCorpus();
        boolean details = false;
        String only = null;
        String show = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--pages" -> details = true;
                case "--only" -> only = args[++i];
                case "--show" -> show = args[++i];
                default -> corpus = Path.of(args[i]);
            }
        }
        ExtractionEvaluation ev = new ExtractionEvaluation();
        if (show != null) {
            ev.show(corpus, show);
            return;
        }
        long t0 = System.nanoTime();
        if (only == null || only.equals("zyte")) {
            printZyte(ev.zyte(corpus.resolve("article-extraction-benchmark/dev")), details);
        }
        if (only == null || only.equals("snippets")) {
            printSnippets(ev.snippets(corpus.resolve("trafilatura-eval/dev")), details);
        }
        System.out.printf(Locale.ROOT, "%n(%.1f s)%n", (System.nanoTime() - t0) / 1e9);
    }

    private static void printZyte(ZyteReport r, boolean details) {
        System.out.println("== article-extraction-benchmark/dev (" + r.ours().pages() + " pages; shingle metric)");
        System.out.printf(Locale.ROOT, "%-28s %7s %7s %7s %8s%n", "extractor", "P", "R", "F1", "exact");
        Map<String, ShingleMetric.Summary> rows = new LinkedHashMap<>();
        rows.put("parallax", r.ours());
        rows.putAll(r.baselines());
        rows.forEach((name, s) -> System.out.printf(Locale.ROOT, "%-28s %7.3f %7.3f %7.3f %8.3f%n",
                name, s.precision(), s.recall(), s.f1(), s.accuracy()));
        if (details) {
            System.out.println("-- worst pages (by F1)");
            r.pages().stream().sorted(Comparator.comparingDouble(p -> p.score().f1()))
                    .forEach(p -> System.out.printf(Locale.ROOT, "%s  P %.3f R %.3f F1 %.3f  gold %6d pred %6d%n",
                            p.id().substring(0, 16), p.score().precision(), p.score().recall(), p.score().f1(),
                            p.goldChars(), p.predictedChars()));
        }
    }

    private static void printSnippets(SnippetReport r, boolean details) {
        System.out.println("== trafilatura-eval/dev (" + r.pages().size() + " pages; snippet rule)");
        System.out.printf(Locale.ROOT, "%-10s %5s %5s %5s %5s %5s %7s %7s %7s %7s%n",
                "language", "pages", "TP", "FN", "FP", "TN", "P", "R", "F1", "acc");
        Map<String, Long> counts = new TreeMap<>();
        r.pages().forEach(p -> counts.merge(p.language(), 1L, Long::sum));
        r.byLanguage().forEach((lang, s) -> printSnippetRow(lang, counts.get(lang), s));
        printSnippetRow("ALL", (long) r.pages().size(), r.overall());
        System.out.printf(Locale.ROOT, "title: %d pages with gold; normalised exact %.3f, exact-or-contained %.3f%n",
                r.titled(), r.titleExactRate(), r.titleContainedRate());
        if (details) {
            System.out.println("-- pages with misses");
            for (SnippetPage p : r.pages()) {
                if (p.score().fn() > 0 || p.score().fp() > 0 || p.error() != null) {
                    System.out.printf(Locale.ROOT, "%s %-4s FN %d FP %d %s%n", p.id(), p.language(),
                            p.score().fn(), p.score().fp(), p.error() == null ? "" : p.error());
                }
            }
            System.out.println("-- title misses");
            for (SnippetPage p : r.pages()) {
                if (!p.goldTitle().isBlank() && !p.titleContained()) {
                    System.out.printf("%s gold=[%s] ours=[%s]%n", p.id(), p.goldTitle(), p.title());
                }
            }
        }
    }

    private static void printSnippetRow(String lang, Long pages, SnippetScore s) {
        System.out.printf(Locale.ROOT, "%-10s %5d %5d %5d %5d %5d %7.3f %7.3f %7.3f %7.3f%n", lang,
                pages == null ? 0 : pages, s.tp(), s.fn(), s.fp(), s.tn(), s.precision(), s.recall(), s.f1(),
                s.accuracy());
    }

    /** Debug view of one page (id prefix) from either corpus: gold, our body, removed blocks, snippets. */
    private void show(Path corpus, String idPrefix) {
        for (String sub : List.of("article-extraction-benchmark/dev", "trafilatura-eval/dev")) {
            Path html = corpus.resolve(sub).resolve("html");
            try (var files = Files.list(html)) {
                for (Path f : files.filter(p -> p.getFileName().toString().startsWith(idPrefix)).toList()) {
                    Extraction e = extractor.extract(CorpusFiles.readPage(f), null);
                    System.out.println("#### " + f);
                    System.out.println("title: " + e.title());
                    System.out.println("meta: " + e.metadata());
                    System.out.println("---- body");
                    for (BodyBlock b : e.body()) {
                        System.out.println((b.kind() == dev.parallax.article.BlockKind.HEADING ? "## " : "") + b.text());
                    }
                    System.out.println("---- removed (" + e.removed().size() + ")");
                    e.removed().forEach(r -> System.out.println("  x " + r.replace("\n", " / ")));
                    String id = f.getFileName().toString().replace(".html.gz", "");
                    JsonNode g = sub.startsWith("article")
                            ? readJson(corpus.resolve(sub).resolve("ground-truth.json")).path(id)
                            : readJson(corpus.resolve(sub).resolve("gold.json")).path(id);
                    if (g.has("articleBody")) {
                        System.out.println("---- gold");
                        System.out.println(g.get("articleBody").asText());
                        System.out.println("score: " + ShingleMetric.score(g.get("articleBody").asText(), articleText(e)));
                    } else {
                        String t = SnippetScore.normalise(articleText(e));
                        System.out.println("---- snippets");
                        g.path("with").forEach(s -> System.out.println((t.contains(SnippetScore.normalise(s.asText()))
                                ? "  ok   with: " : "  MISS with: ") + s.asText()));
                        g.path("without").forEach(s -> System.out.println((t.contains(SnippetScore.normalise(s.asText()))
                                ? "  LEAK without: " : "  ok   without: ") + s.asText()));
                        System.out.println("gold title: " + g.path("title").asText());
                    }
                }
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
    }
}

package dev.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.compare.event.Event;
import dev.parallax.compare.event.EventComparer;
import dev.parallax.compare.semantic.SentenceEmbedder;
import dev.parallax.index.ArticleIndex;
import dev.parallax.article.AnalyzedArticle;
import dev.parallax.ingest.ArticleLoader;
import dev.parallax.ingest.LoadResult;
import dev.parallax.text.Sentence;
import dev.parallax.workspace.Meaning;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Does the coverage of two reports tell whether they report one event? Two real sets:
 * <ul>
 *   <li><b>BASIL hard negatives</b>: the 300 same-event pairs of the 100 triplets against the 300 pairs of
 *   articles from different events that a document TF-IDF cosine finds most alike (same people, same
 *   topic, another event). Figure: ROC AUC of the pair's coverage, beside the TF-IDF cosine's own AUC on
 *   the same pairs.</li>
 *   <li><b>SemEval-2022 Task 8, Arabic</b>: 242 pairs rated 1 (very similar) to 4 (very dissimilar) by
 *   people. Figure: Spearman's rho between coverage and the similarity (5 − Overall), beside TF-IDF's.</li>
 * </ul>
 * A pair's coverage is the larger of its two directions, coverage[x][y] and coverage[y][x] (how much of
 * the more covered report the other tells): a short report told whole by a long one is the same event.
 */
public final class CoverageEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One pair of articles: its label (same event, or the human rating), and the scores. */
    public record Pair(String a, String b, double label, double tfidf, double coverAB, double coverBA,
                       double containment) {
        public double coverage() {
            return Math.max(coverAB, coverBA);
        }
    }

    /** A figure measured beside the headline ones: another score tried on the same pairs. */
    public record Tried(String score, double figure) {
    }

    public record Report(String name, List<Pair> pairs, double coverageFigure, double tfidfFigure,
                         double meanDirectionFigure, List<Tried> tried) {
    }

    /** The scores tried besides coverage, each as a function of a pair, with the report's own measure. */
    private static List<Tried> tried(List<Pair> pairs, java.util.function.ToDoubleFunction<double[]> measure) {
        Map<String, java.util.function.ToDoubleFunction<Pair>> scores = new LinkedHashMap<>();
        scores.put("sentence containment, idf-weighted words (larger direction)", Pair::containment);
        scores.put("TF-IDF + coverage / 10", p -> p.tfidf() + p.coverage() / 10);
        scores.put("TF-IDF + coverage / 2", p -> p.tfidf() + p.coverage() / 2);
        scores.put("TF-IDF + coverage", p -> p.tfidf() + p.coverage());
        List<Tried> out = new ArrayList<>();
        scores.forEach((name, f) -> out.add(new Tried(name, measure.applyAsDouble(values(pairs, f)))));
        return out;
    }

    private CoverageEvaluation() {
    }

    /** BASIL: 300 same-event pairs against the 300 hardest cross-event pairs by TF-IDF. */
    public static Report basil(Path corpus, SentenceEmbedder embedder) throws IOException {
        Path basil = corpus.resolve("basil-news-triplets");
        JsonNode index = JSON.readTree(basil.resolve("index.json").toFile());
        List<String> files = new ArrayList<>();
        List<String> events = new ArrayList<>();
        for (JsonNode event : index.get("events")) {
            for (JsonNode a : event.get("articles")) {
                files.add(a.get("text_file").asText());
                events.add(event.get("event_id").asText());
            }
        }
        List<AnalyzedArticle> articles = load(files.stream().map(basil::resolve).toList());
        DocumentTfIdf tfidf = new DocumentTfIdf(articles.stream().map(CoverageEvaluation::document).toList());
        List<int[]> same = new ArrayList<>();
        List<double[]> cross = new ArrayList<>(); // {cosine, i, j}
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                if (events.get(i).equals(events.get(j))) {
                    same.add(new int[] {i, j});
                } else {
                    cross.add(new double[] {tfidf.cosine(i, j), i, j});
                }
            }
        }
        cross.sort(Comparator.comparingDouble((double[] c) -> -c[0]));
        List<int[]> hard = cross.subList(0, Math.min(same.size(), cross.size())).stream()
                .map(c -> new int[] {(int) c[1], (int) c[2]}).toList();
        List<int[]> pairs = new ArrayList<>(same);
        pairs.addAll(hard);
        double[] labels = new double[pairs.size()];
        for (int k = 0; k < same.size(); k++) {
            labels[k] = 1;
        }
        List<Pair> scored = score(articles, files, pairs, labels, tfidf, embedder);
        List<Pair> pos = scored.subList(0, same.size());
        List<Pair> neg = scored.subList(same.size(), scored.size());
        int positives = same.size();
        java.util.function.ToDoubleFunction<double[]> auc = v -> RankStatistics.auc(
                java.util.Arrays.copyOfRange(v, 0, positives), java.util.Arrays.copyOfRange(v, positives, v.length));
        return new Report("BASIL, same event vs hardest cross-event pairs (ROC AUC)", scored,
                RankStatistics.auc(values(pos, Pair::coverage), values(neg, Pair::coverage)),
                RankStatistics.auc(values(pos, Pair::tfidf), values(neg, Pair::tfidf)),
                RankStatistics.auc(values(pos, p -> (p.coverAB() + p.coverBA()) / 2),
                        values(neg, p -> (p.coverAB() + p.coverBA()) / 2)),
                tried(scored, auc));
    }

    /** SemEval Arabic: Spearman of coverage against the human similarity rating. */
    public static Report semeval(Path corpus, SentenceEmbedder embedder) throws IOException {
        Path root = corpus.resolve("semeval2022-task8-arabic");
        JsonNode index = JSON.readTree(root.resolve("pairs.json").toFile());
        List<String> files = new ArrayList<>();
        List<Double> overall = new ArrayList<>();
        for (JsonNode p : index.get("pairs")) {
            String dir = "pairs/" + p.get("pair_id").asText() + "/";
            files.add(dir + "1.txt");
            files.add(dir + "2.txt");
            overall.add(p.get("scores").get("Overall").asDouble());
        }
        List<AnalyzedArticle> articles = load(files.stream().map(root::resolve).toList());
        DocumentTfIdf tfidf = new DocumentTfIdf(articles.stream().map(CoverageEvaluation::document).toList());
        List<int[]> pairs = new ArrayList<>();
        double[] labels = new double[overall.size()];
        for (int k = 0; k < overall.size(); k++) {
            pairs.add(new int[] {2 * k, 2 * k + 1});
            labels[k] = 5 - overall.get(k); // 4 = very similar ... 1 = very dissimilar
        }
        List<Pair> scored = score(articles, files, pairs, labels, tfidf, embedder);
        double[] similarity = values(scored, Pair::label);
        return new Report("SemEval-2022 Task 8 Arabic, rating vs score (Spearman)", scored,
                RankStatistics.spearman(values(scored, Pair::coverage), similarity),
                RankStatistics.spearman(values(scored, Pair::tfidf), similarity),
                RankStatistics.spearman(values(scored, p -> (p.coverAB() + p.coverBA()) / 2), similarity),
                tried(scored, v -> RankStatistics.spearman(v, similarity)));
    }

    private static String document(AnalyzedArticle a) {
        String title = a.article().title();
        return (title == null ? "" : title + "\n\n") + a.text();
    }

    private static List<String> sentences(AnalyzedArticle a) {
        return a.sentences().stream().map(s -> s.text(a.text())).toList();
    }

    private static double[] values(List<Pair> pairs, java.util.function.ToDoubleFunction<Pair> f) {
        return pairs.stream().mapToDouble(f).toArray();
    }

    static List<AnalyzedArticle> load(List<Path> files) {
        ArticleLoader loader = new ArticleLoader();
        List<AnalyzedArticle> out = new ArrayList<>();
        for (Path f : files) {
            LoadResult r = loader.loadFile(f);
            if (!(r instanceof LoadResult.Loaded l)) {
                throw new IllegalStateException(((LoadResult.Failed) r).message());
            }
            out.add(AnalyzedArticle.of(l.article()));
        }
        return out;
    }

    /** Every pair compared as an event of two, pairs in parallel (one per core), vectors computed first. */
    private static List<Pair> score(List<AnalyzedArticle> articles, List<String> names, List<int[]> pairs,
                                    double[] labels, DocumentTfIdf tfidf, SentenceEmbedder embedder) {
        if (embedder != null) {
            List<String> texts = new ArrayList<>();
            for (AnalyzedArticle a : articles) {
                for (Sentence s : a.sentences()) {
                    texts.add(s.text(a.text()));
                }
            }
            embedder.embedAll(texts);
        }
        EventComparer comparer = new EventComparer(embedder);
        SentenceContainment containment = new SentenceContainment(tfidf);
        List<List<String>> sentences = articles.stream().map(CoverageEvaluation::sentences).toList();
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        try (ExecutorService pool = Executors.newFixedThreadPool(workers)) {
            List<Future<Pair>> futures = new ArrayList<>();
            for (int k = 0; k < pairs.size(); k++) {
                int i = pairs.get(k)[0];
                int j = pairs.get(k)[1];
                double label = labels[k];
                futures.add(pool.submit(() -> {
                    Event e = comparer.compare(List.of(articles.get(i), articles.get(j)));
                    double contained = Math.max(containment.of(sentences.get(i), sentences.get(j)),
                            containment.of(sentences.get(j), sentences.get(i)));
                    return new Pair(names.get(i), names.get(j), label, tfidf.cosine(i, j), e.coverage().of(0, 1),
                            e.coverage().of(1, 0), contained);
                }));
            }
            List<Pair> out = new ArrayList<>();
            for (Future<Pair> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    public static void main(String[] args) throws Exception {
        dev.parallax.Main.quietLibraryLogs();
        Path corpus = CorpusFiles.defaultCorpus();
        Path indexDir = Path.of("target", "eval-index");
        boolean lexical = false;
        int list = 0;
        Path dump = null;
        String which = "all";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--index" -> indexDir = Path.of(args[++i]);
                case "--lexical" -> lexical = true;
                case "--list" -> list = Integer.parseInt(args[++i]);
                case "--dump" -> dump = Path.of(args[++i]);
                case "--basil" -> which = "basil";
                case "--semeval" -> which = "semeval";
                case "-h", "--help" -> {
                    System.out.println("usage: CoverageEvaluation [corpus-folder] [--basil|--semeval] [--lexical]"
                            + " [--index DIR] [--list N]");
                    System.out.println("  --index DIR  where sentence vectors are kept between runs (default target/eval-index)");
                    System.out.println("  --list N     print the N positives scored lowest and negatives scored highest");
                    System.out.println("  --dump FILE  write every pair's label and scores as tab-separated values");
                    return;
                }
                default -> corpus = Path.of(args[i]);
            }
        }
        try (ArticleIndex index = ArticleIndex.open(indexDir).index()) {
            SentenceEmbedder embedder = lexical ? null
                    : Meaning.embedder(index.vectorStore());
            List<Report> reports = new ArrayList<>();
            if (!which.equals("semeval")) {
                reports.add(basil(corpus, embedder));
            }
            if (!which.equals("basil")) {
                reports.add(semeval(corpus, embedder));
            }
            index.commit();
            for (Report r : reports) {
                print(r, list);
            }
            if (dump != null) {
                List<String> lines = new ArrayList<>(List.of("set\ta\tb\tlabel\ttfidf\tcoverAB\tcoverBA\tcontainment"));
                for (Report r : reports) {
                    String set = r.name().startsWith("BASIL") ? "basil" : "semeval";
                    r.pairs().forEach(p -> lines.add(String.join("\t", set, p.a(), p.b(), String.valueOf(p.label()),
                            String.valueOf(p.tfidf()), String.valueOf(p.coverAB()), String.valueOf(p.coverBA()),
                            String.valueOf(p.containment()))));
                }
                java.nio.file.Files.write(dump, lines);
            }
        }
    }

    private static void print(Report r, int list) {
        System.out.println(r.name() + ", " + r.pairs().size() + " pairs");
        System.out.printf(Locale.ROOT, "  %-46s %.3f%n", "coverage (larger direction)", r.coverageFigure());
        System.out.printf(Locale.ROOT, "  %-46s %.3f%n", "coverage (mean of the two directions)", r.meanDirectionFigure());
        System.out.printf(Locale.ROOT, "  %-46s %.3f%n", "document TF-IDF cosine (baseline)", r.tfidfFigure());
        System.out.println("  tried besides (not shown to the reader):");
        for (Tried t : r.tried()) {
            System.out.printf(Locale.ROOT, "    %-62s %.3f%n", t.score(), t.figure());
        }
        if (list > 0) {
            double threshold = r.pairs().stream().mapToDouble(Pair::label).max().orElse(1);
            List<Pair> sorted = new ArrayList<>(r.pairs());
            sorted.sort(Comparator.comparingDouble(Pair::coverage));
            System.out.println("  lowest-scored pairs of the top label:");
            sorted.stream().filter(p -> p.label() == threshold).limit(list).forEach(CoverageEvaluation::printPair);
            System.out.println("  highest-scored pairs of other labels:");
            sorted.reversed().stream().filter(p -> p.label() != threshold).limit(list)
                    .forEach(CoverageEvaluation::printPair);
        }
    }

    private static void printPair(Pair p) {
        System.out.printf(Locale.ROOT, "    %.3f %.3f  tfidf %.3f  label %.0f  %s  %s%n", p.coverAB(), p.coverBA(),
                p.tfidf(), p.label(), p.a(), p.b());
    }
}

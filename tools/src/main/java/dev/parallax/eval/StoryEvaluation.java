package dev.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.parallax.compare.ParaphraseModel;
import dev.parallax.article.AnalyzedArticle;
import dev.parallax.article.Article;
import dev.parallax.ingest.html.ArticleFinder;
import dev.parallax.article.Metadata;
import dev.parallax.story.AverageLinkage;
import dev.parallax.story.PairFeatures;
import dev.parallax.story.Stories;
import dev.parallax.story.Story;
import dev.parallax.story.StoryLibrary;
import dev.parallax.story.StoryModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Fits and measures the story decision ({@code dev.parallax.story}) on the shared corpus.
 *
 * <p>The model is fitted on the BASIL events of 2010–2014 (50 events, 150 articles) and every figure of
 * clustering is measured on the events of 2015–2019, which the fit never saw; the clustering cut is chosen
 * by cross-validation over the training years (with their unrelated pages), fixed before. Beside it, the baseline the issue names: document TF-IDF with average
 * linkage, its cut chosen on the training half (no hindsight) and, for reference, the best cut on the
 * test half itself (hindsight). Also: the same clustering with the extraction corpora's unrelated pages
 * mixed in, the hard-negative AUC of CoverageEvaluation, and the SemEval-2022 Arabic Spearman.
 */
public final class StoryEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SPLIT_YEAR = 2015;

    /** One BASIL article: its event and year. */
    record Labelled(AnalyzedArticle article, String event, int year) {
    }

    public record Clustering(String name, double bcubedF1, double precision, double recall, double ari, int clusters) {
        String row() {
            return String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %d |", name, bcubedF1, precision,
                    recall, ari, clusters);
        }
    }

    public record Report(List<Clustering> clusterings, int unrelated, int unrelatedJoined, double aucModel,
                         double aucTfidf, double aucModelTest, double aucTfidfTest, double spearmanModel,
                         double spearmanTfidf, StoryModel model) {
    }

    private StoryEvaluation() {
    }

    /** Everything the evaluation reads from the corpus, loaded once. */
    record Data(List<Labelled> basil, List<AnalyzedArticle> zyte, List<AnalyzedArticle> trafilatura,
                List<AnalyzedArticle> semeval, double[] semevalSimilarity) {
        List<Labelled> train() {
            return basil.stream().filter(l -> l.year() < SPLIT_YEAR).toList();
        }

        List<Labelled> test() {
            return basil.stream().filter(l -> l.year() >= SPLIT_YEAR).toList();
        }
    }

    static Data load(Path corpus) throws IOException {
        Path root = corpus.resolve("semeval2022-task8-arabic");
        JsonNode index = JSON.readTree(root.resolve("pairs.json").toFile());
        List<Path> files = new ArrayList<>();
        List<Double> similarity = new ArrayList<>();
        for (JsonNode p : index.get("pairs")) {
            String dir = "pairs/" + p.get("pair_id").asText() + "/";
            files.add(root.resolve(dir + "1.txt"));
            files.add(root.resolve(dir + "2.txt"));
            similarity.add(5 - p.get("scores").get("Overall").asDouble());
        }
        return new Data(basil(corpus), unrelated(corpus, "article-extraction-benchmark/dev"),
                unrelated(corpus, "trafilatura-eval/dev"), CoverageEvaluation.load(files),
                similarity.stream().mapToDouble(Double::doubleValue).toArray());
    }

    public static Report evaluate(Path corpus) throws IOException {
        Data data = load(corpus);
        // The fit sees the Zyte pages as articles without companions; the test mixes in trafilatura's pages.
        return evaluate(data, fit(data.train(), data.zyte()));
    }

    static Report evaluate(Data data, StoryModel model) {
        List<Labelled> basil = data.basil();
        List<Labelled> train = data.train();
        List<Labelled> test = data.test();
        Stories stories = new Stories(model);

        List<Clustering> clusterings = new ArrayList<>();
        clusterings.add(measure("Parallax stories, test half (2015–2019, 150 articles)", test,
                assignment(stories.group(articles(test)), articles(test))));
        double trainCut = bestTfidfCut(train);
        clusterings.add(measure(String.format(Locale.ROOT, "TF-IDF average linkage, cut %.2f from the training half",
                trainCut), test, tfidfClusters(test, trainCut)));
        double hindsight = bestTfidfCut(test);
        clusterings.add(measure(String.format(Locale.ROOT, "TF-IDF average linkage, best cut in hindsight (%.2f)",
                hindsight), test, tfidfClusters(test, hindsight)));
        clusterings.add(measure("Parallax stories, all 300 (half of them seen in the fit)", basil,
                assignment(stories.group(articles(basil)), articles(basil))));
        List<Labelled> testUndated = undated(test);
        clusterings.add(measure("Parallax stories, test half without dates", testUndated,
                assignment(stories.group(articles(testUndated)), articles(testUndated))));
        Mixed mixed = mixed(test, data.trafilatura(), stories);
        clusterings.add(mixed.clustering());

        double[] auc = hardNegativeAuc(basil, model);
        double[] aucTest = hardNegativeAuc(test, model);
        double[] rho = semeval(data, model);
        return new Report(clusterings, data.trafilatura().size(), mixed.joined(), auc[0], auc[1], aucTest[0], aucTest[1],
                rho[0], rho[1], model);
    }

    /** The events with unrelated pages mixed in: how they cluster, and how many pages joined a BASIL story. */
    record Mixed(Clustering clustering, int joined) {
    }

    static Mixed mixed(List<Labelled> events, List<AnalyzedArticle> unrelated, Stories stories) {
        List<AnalyzedArticle> all = new ArrayList<>(articles(events));
        all.addAll(unrelated);
        Map<AnalyzedArticle, Integer> found = assignment(stories.group(all), all);
        Set<Integer> basilStories = new HashSet<>();
        events.forEach(l -> basilStories.add(found.get(l.article())));
        int joined = (int) unrelated.stream().filter(u -> basilStories.contains(found.get(u))).count();
        List<Labelled> labels = new ArrayList<>(events);
        for (int i = 0; i < unrelated.size(); i++) {
            labels.add(new Labelled(unrelated.get(i), "unrelated-" + i, 0));
        }
        return new Mixed(measure("Parallax stories, test half + " + unrelated.size() + " unrelated pages", labels, found),
                joined);
    }

    // ---- data

    static List<Labelled> basil(Path corpus) throws IOException {
        Path root = corpus.resolve("basil-news-triplets");
        JsonNode index = JSON.readTree(root.resolve("index.json").toFile());
        List<Path> files = new ArrayList<>();
        List<String[]> facts = new ArrayList<>(); // event, year, date, source, url
        for (JsonNode event : index.get("events")) {
            for (JsonNode a : event.get("articles")) {
                files.add(root.resolve(a.get("text_file").asText()));
                facts.add(new String[] {event.get("event_id").asText(), event.get("year").asText(),
                        a.get("date").asText(), a.get("source").asText(), a.get("url").asText()});
            }
        }
        List<AnalyzedArticle> loaded = CoverageEvaluation.load(files);
        List<Labelled> out = new ArrayList<>();
        for (int i = 0; i < loaded.size(); i++) {
            String[] f = facts.get(i);
            Article a = loaded.get(i).article();
            // The .txt files hold the text alone; the date, outlet and address come from the data set's index,
            // as a saved page would carry them.
            Article dated = new Article(a.path(), a.title(), a.text(), a.blocks(), a.removed(), a.language(),
                    new Metadata(a.metadata().byline(), f[2], f[3], f[4]));
            out.add(new Labelled(new AnalyzedArticle(dated, loaded.get(i).sentences(), loaded.get(i).quotes()), f[0],
                    Integer.parseInt(f[1])));
        }
        return out;
    }

    /** News and blog pages of an extraction benchmark: other events entirely (pages under 500 characters left out). */
    static List<AnalyzedArticle> unrelated(Path corpus, String... sets) throws IOException {
        List<AnalyzedArticle> out = new ArrayList<>();
        ArticleFinder extractor = new ArticleFinder();
        for (String set : sets) {
            List<Path> pages;
            try (Stream<Path> s = Files.walk(corpus.resolve(set))) {
                pages = s.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList();
            }
            for (Path page : pages) {
                Article a = dev.parallax.ingest.extract.ArticleAssembler.assemble(page.toString(),
                        extractor.extract(CorpusFiles.readPage(page), null));
                if (a.text().length() >= 500) {
                    out.add(AnalyzedArticle.of(a));
                }
            }
        }
        return out;
    }

    private static List<AnalyzedArticle> articles(List<Labelled> labelled) {
        return labelled.stream().map(Labelled::article).toList();
    }

    private static List<Labelled> undated(List<Labelled> labelled) {
        return labelled.stream().map(l -> {
            Article x = l.article().article();
            Article y = new Article(x.path(), x.title(), x.text(), x.blocks(), x.removed(), x.language(),
                    new Metadata(x.metadata().byline(), null, x.metadata().publisher(), x.metadata().url()));
            return new Labelled(new AnalyzedArticle(y, l.article().sentences(), l.article().quotes()), l.event(), l.year());
        }).toList();
    }

    // ---- fitting

    /** Cuts tried on the average probability, in steps of 0.01. */
    private static final double[] CUTS = java.util.stream.IntStream.rangeClosed(5, 95).mapToDouble(t -> t / 100.0).toArray();

    /**
     * The weights from every training pair; the cut from held-out probabilities ({@link #crossValidatedCut}),
     * since a model scores the pairs it was fitted on more surely than pairs of events it never saw.
     */
    static StoryModel fit(List<Labelled> events, List<AnalyzedArticle> distractors) {
        TrainingPairs pairs = TrainingPairs.of(events, distractors);
        ParaphraseModel m = pairs.fit(k -> true);
        double cut = crossValidatedCut(pairs);
        return new StoryModel(m.features(), m.mean(), m.scale(), m.weights(), m.bias(), cut);
    }

    /**
     * The training library (events and distractors, each distractor a story of its own) and its pairs: every
     * candidate pair and every same-event pair. Each article belongs to one fold: an event's articles to
     * the fold of its year, distractors spread over the folds in turn.
     */
    record TrainingPairs(List<Labelled> library, StoryLibrary index, List<int[]> pairs, List<PairFeatures> features,
                         int[] label, int[] fold, int folds) {
        static TrainingPairs of(List<Labelled> events, List<AnalyzedArticle> distractors) {
            List<Labelled> train = new ArrayList<>(events);
            for (int i = 0; i < distractors.size(); i++) {
                train.add(new Labelled(distractors.get(i), "distractor-" + i, 0));
            }
            List<Integer> years = events.stream().map(Labelled::year).distinct().sorted().toList();
            int[] fold = new int[train.size()];
            for (int i = 0; i < train.size(); i++) {
                fold[i] = i < events.size() ? years.indexOf(train.get(i).year()) : (i - events.size()) % years.size();
            }
            StoryLibrary library = new StoryLibrary(articles(train));
            Set<Long> keys = new HashSet<>();
            for (int[] p : library.candidatePairs()) {
                keys.add((long) p[0] * train.size() + p[1]);
            }
            for (int i = 0; i < train.size(); i++) {
                for (int j = i + 1; j < train.size(); j++) {
                    if (train.get(i).event().equals(train.get(j).event())) {
                        keys.add((long) i * train.size() + j);
                    }
                }
            }
            List<int[]> pairs = keys.stream().sorted().map(k -> new int[] {(int) (k / train.size()), (int) (k % train.size())})
                    .toList();
            List<PairFeatures> features = pairs.parallelStream().map(p -> library.features(p[0], p[1])).toList();
            int[] label = pairs.stream().mapToInt(p -> train.get(p[0]).event().equals(train.get(p[1]).event()) ? 1 : 0)
                    .toArray();
            return new TrainingPairs(train, library, pairs, features, label, fold, years.size());
        }

        /** Logistic regression on the pairs {@code use} accepts (by position), each with and without its dates. */
        ParaphraseModel fit(java.util.function.IntPredicate use) {
            List<double[]> x = new ArrayList<>();
            List<Integer> y = new ArrayList<>();
            for (int k = 0; k < pairs.size(); k++) {
                if (use.test(k)) {
                    x.add(features.get(k).vector());
                    y.add(label[k]);
                    x.add(features.get(k).undated().vector());
                    y.add(label[k]);
                }
            }
            return LogisticRegression.fit(PairFeatures.NAMES, x.toArray(double[][]::new),
                    y.stream().mapToInt(Integer::intValue).toArray(), 30_000);
        }
    }

    /**
     * The cut at which the training library clusters best when every pair is scored by a model that never
     * saw either of its articles: one model per fold, fitted on the pairs outside it; a pair within one
     * fold is scored by that fold's model, a pair across two folds by the mean of both folds' models (neither
     * saw the pair). The library stays whole, so its candidate search and idf are those of the full fit.
     */
    static double crossValidatedCut(TrainingPairs t) {
        List<StoryModel> models = new ArrayList<>();
        for (int f = 0; f < t.folds(); f++) {
            int fold = f;
            ParaphraseModel m = t.fit(k -> t.fold()[t.pairs().get(k)[0]] != fold && t.fold()[t.pairs().get(k)[1]] != fold);
            models.add(new StoryModel(m.features(), m.mean(), m.scale(), m.weights(), m.bias(), 0.5));
        }
        List<int[]> candidates = t.index().candidatePairs();
        double[] p = new double[candidates.size()];
        for (int k = 0; k < p.length; k++) {
            int[] pair = candidates.get(k);
            PairFeatures f = t.index().features(pair[0], pair[1]);
            p[k] = (models.get(t.fold()[pair[0]]).probability(f) + models.get(t.fold()[pair[1]]).probability(f)) / 2;
        }
        return bestCut(t.library(), candidates, p);
    }

    /** The cut (of {@link #CUTS}) at which average linkage over these scored pairs matches the labels best. */
    static double bestCut(List<Labelled> library, List<int[]> pairs, double[] probability) {
        double best = 0.5;
        double bestF1 = -1;
        for (double cut : CUTS) {
            int[] cluster = AverageLinkage.cluster(library.size(), pairs, probability, cut);
            Map<AnalyzedArticle, Integer> found = new IdentityHashMap<>();
            for (int i = 0; i < library.size(); i++) {
                found.put(library.get(i).article(), cluster[i]);
            }
            double f1 = measure("", library, found).bcubedF1();
            if (f1 > bestF1) {
                bestF1 = f1;
                best = cut;
            }
        }
        return best;
    }

    // ---- clustering figures

    private static Map<AnalyzedArticle, Integer> assignment(List<Story> stories, List<AnalyzedArticle> all) {
        Map<AnalyzedArticle, Integer> out = new IdentityHashMap<>();
        for (int s = 0; s < stories.size(); s++) {
            for (AnalyzedArticle a : stories.get(s).articles()) {
                out.put(a, s);
            }
        }
        if (out.size() != all.size()) {
            throw new IllegalStateException("stories hold " + out.size() + " of " + all.size() + " articles");
        }
        return out;
    }

    private static Clustering measure(String name, List<Labelled> gold, Map<AnalyzedArticle, Integer> found) {
        int n = gold.size();
        int[] g = new int[n];
        int[] c = new int[n];
        Map<String, Integer> goldIds = new HashMap<>();
        for (int i = 0; i < n; i++) {
            g[i] = goldIds.computeIfAbsent(gold.get(i).event(), k -> goldIds.size());
            c[i] = found.get(gold.get(i).article());
        }
        double[] b = bcubed(g, c);
        return new Clustering(name, b[2], b[0], b[1], ari(g, c), (int) Arrays.stream(c).distinct().count());
    }

    /** How many items fall in each class, each cluster, and each (class, cluster) pair. */
    private record Contingency(Map<Long, Integer> both, Map<Integer, Integer> inG, Map<Integer, Integer> inC) {
        static Contingency of(int[] g, int[] c) {
            Contingency t = new Contingency(new HashMap<>(), new HashMap<>(), new HashMap<>());
            for (int i = 0; i < g.length; i++) {
                t.both.merge(key(g[i], c[i]), 1, Integer::sum);
                t.inG.merge(g[i], 1, Integer::sum);
                t.inC.merge(c[i], 1, Integer::sum);
            }
            return t;
        }

        static long key(int g, int c) {
            return ((long) g << 32) | (c & 0xffffffffL);
        }
    }

    /** B-cubed precision, recall and F1 of clusters {@code c} against classes {@code g}. */
    static double[] bcubed(int[] g, int[] c) {
        int n = g.length;
        Contingency t = Contingency.of(g, c);
        double p = 0;
        double r = 0;
        for (int i = 0; i < n; i++) {
            int shared = t.both().get(Contingency.key(g[i], c[i]));
            p += (double) shared / t.inC().get(c[i]);
            r += (double) shared / t.inG().get(g[i]);
        }
        p /= n;
        r /= n;
        return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }

    /** Adjusted Rand index (Hubert and Arabie). */
    static double ari(int[] g, int[] c) {
        Contingency t = Contingency.of(g, c);
        double index = t.both().values().stream().mapToDouble(StoryEvaluation::choose2).sum();
        double a = t.inG().values().stream().mapToDouble(StoryEvaluation::choose2).sum();
        double b = t.inC().values().stream().mapToDouble(StoryEvaluation::choose2).sum();
        double expected = a * b / choose2(g.length);
        double max = (a + b) / 2;
        return max == expected ? 1 : (index - expected) / (max - expected);
    }

    private static double choose2(int k) {
        return k * (k - 1) / 2.0;
    }

    /** Document TF-IDF cosine on every pair (the baseline may be all-pairs), average linkage at {@code cut}. */
    private static Map<AnalyzedArticle, Integer> tfidfClusters(List<Labelled> labelled, double cut) {
        List<AnalyzedArticle> a = articles(labelled);
        DocumentTfIdf tfidf = new DocumentTfIdf(a.stream().map(StoryEvaluation::document).toList());
        List<int[]> edges = new ArrayList<>();
        List<Double> w = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            for (int j = i + 1; j < a.size(); j++) {
                edges.add(new int[] {i, j});
                w.add(tfidf.cosine(i, j));
            }
        }
        int[] cluster = dev.parallax.story.AverageLinkage.cluster(a.size(), edges,
                w.stream().mapToDouble(Double::doubleValue).toArray(), cut);
        Map<AnalyzedArticle, Integer> out = new IdentityHashMap<>();
        for (int i = 0; i < a.size(); i++) {
            out.put(a.get(i), cluster[i]);
        }
        return out;
    }

    private static double bestTfidfCut(List<Labelled> labelled) {
        double best = 0;
        double bestF1 = -1;
        for (int t = 2; t <= 60; t++) {
            double cut = t / 100.0;
            double f1 = measure("", labelled, tfidfClusters(labelled, cut)).bcubedF1();
            if (f1 > bestF1) {
                bestF1 = f1;
                best = cut;
            }
        }
        return best;
    }

    private static String document(AnalyzedArticle a) {
        String title = a.article().title();
        return (title == null ? "" : title + "\n\n") + a.text();
    }

    // ---- pair figures

    /** ROC AUC of the model and of TF-IDF: same-event pairs against as many hardest cross-event pairs. */
    private static double[] hardNegativeAuc(List<Labelled> labelled, StoryModel model) {
        List<AnalyzedArticle> a = articles(labelled);
        DocumentTfIdf tfidf = new DocumentTfIdf(a.stream().map(StoryEvaluation::document).toList());
        StoryLibrary library = new StoryLibrary(a);
        List<int[]> same = new ArrayList<>();
        List<double[]> cross = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            for (int j = i + 1; j < a.size(); j++) {
                if (labelled.get(i).event().equals(labelled.get(j).event())) {
                    same.add(new int[] {i, j});
                } else {
                    cross.add(new double[] {tfidf.cosine(i, j), i, j});
                }
            }
        }
        cross.sort(Comparator.comparingDouble((double[] x) -> -x[0]));
        List<int[]> hard = cross.subList(0, same.size()).stream().map(x -> new int[] {(int) x[1], (int) x[2]}).toList();
        double[] pm = same.stream().mapToDouble(p -> model.probability(library.features(p[0], p[1]))).toArray();
        double[] nm = hard.stream().mapToDouble(p -> model.probability(library.features(p[0], p[1]))).toArray();
        double[] pt = same.stream().mapToDouble(p -> tfidf.cosine(p[0], p[1])).toArray();
        double[] nt = hard.stream().mapToDouble(p -> tfidf.cosine(p[0], p[1])).toArray();
        return new double[] {RankStatistics.auc(pm, nm), RankStatistics.auc(pt, nt)};
    }

    /** Spearman of the model's probability and of TF-IDF against the SemEval rating (library: every article). */
    private static double[] semeval(Data data, StoryModel model) {
        List<AnalyzedArticle> a = data.semeval();
        StoryLibrary library = new StoryLibrary(a);
        DocumentTfIdf tfidf = new DocumentTfIdf(a.stream().map(StoryEvaluation::document).toList());
        double[] s = data.semevalSimilarity();
        double[] m = new double[s.length];
        double[] t = new double[s.length];
        for (int k = 0; k < m.length; k++) {
            m[k] = model.probability(library.features(2 * k, 2 * k + 1));
            t[k] = tfidf.cosine(2 * k, 2 * k + 1);
        }
        return new double[] {RankStatistics.spearman(m, s), RankStatistics.spearman(t, s)};
    }

    public static String table(Report r) {
        StringBuilder sb = new StringBuilder();
        sb.append("| clustering (BASIL events) | B-cubed F1 | precision | recall | ARI | clusters |\n");
        sb.append("|---|---|---|---|---|---|\n");
        r.clusterings().forEach(c -> sb.append(c.row()).append('\n'));
        sb.append(String.format(Locale.ROOT, "%nClustering cut chosen on the training half: %.2f%n", r.model().cut()));
        sb.append(String.format(Locale.ROOT, "%nUnrelated pages mixed in: %d, of which joined a BASIL story: %d%n",
                r.unrelated(), r.unrelatedJoined()));
        sb.append(String.format(Locale.ROOT, "%n| pairs | story model | document TF-IDF |%n|---|---|---|%n"));
        sb.append(String.format(Locale.ROOT, "| BASIL hard negatives, all 300 articles (AUC) | %.3f | %.3f |%n",
                r.aucModel(), r.aucTfidf()));
        sb.append(String.format(Locale.ROOT, "| BASIL hard negatives, test half (AUC) | %.3f | %.3f |%n",
                r.aucModelTest(), r.aucTfidfTest()));
        sb.append(String.format(Locale.ROOT, "| SemEval-2022 Arabic (Spearman) | %.3f | %.3f |%n",
                r.spearmanModel(), r.spearmanTfidf()));
        return sb.toString();
    }

    /** {@code StoryEvaluation [corpus] [--write]}: prints the tables; --write ships the fitted model. */
    public static void main(String[] args) throws IOException {
        dev.parallax.Main.quietLibraryLogs();
        Path corpus = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared/corpus");
        Report r = evaluate(corpus);
        System.out.print(table(r));
        if (Arrays.asList(args).contains("--write")) {
            Path out = Path.of("src/main/resources/dev/parallax/story/story-model.json");
            JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), r.model());
            System.out.println("\nwrote " + out);
        }
    }
}

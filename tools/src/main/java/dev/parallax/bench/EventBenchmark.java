package dev.parallax.bench;

import dev.parallax.compare.event.Event;
import dev.parallax.compare.event.EventComparer;
import dev.parallax.compare.semantic.CachingEmbedder;
import dev.parallax.compare.semantic.OnnxEmbedder;
import dev.parallax.eval.DocumentTfIdf;
import dev.parallax.index.ArticleIndex;
import dev.parallax.compare.semantic.VectorStore;
import dev.parallax.article.AnalyzedArticle;
import dev.parallax.text.TextFolding;
import dev.parallax.workspace.Meaning;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Prints how long events take, in one process: all 100 BASIL triplets compared as events of three, a first
 * pass (every sentence vector computed, or read from the index given with {@code --index} when an earlier
 * run stored it there), then again with the vectors in memory; and one event of 10 BASIL articles (a story's reports: the article closest by TF-IDF to
 * the first shutdown report of 2019 and the nine next closest, so several events of one story), cold then
 * warm; with peak memory. See docs/benchmarks.md.
 */
public final class EventBenchmark {
    private static final String TEN_SEED = "2019_1e41e98b";

    private EventBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        dev.parallax.Main.quietLibraryLogs();
        Path corpus = Path.of("../shared/corpus");
        Path indexDir = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--index")) {
                indexDir = Path.of(args[++i]);
            } else {
                corpus = Path.of(args[i]);
            }
        }
        // With --index, sentence vectors are kept in that Lucene index between runs, as the command line does.
        ArticleIndex index = indexDir == null ? null : ArticleIndex.open(indexDir).index();
        VectorStore store = index == null ? null : index.vectorStore();
        long t0 = System.nanoTime();
        OnnxEmbedder model = OnnxEmbedder.shared().join();
        report("embedding model load", t0);

        t0 = System.nanoTime();
        List<Path> folders;
        try (var list = Files.list(corpus.resolve("basil-news-triplets/events"))) {
            folders = list.sorted().toList();
        }
        List<List<AnalyzedArticle>> triplets = new ArrayList<>();
        for (Path f : folders) {
            triplets.add(List.of(CompareBenchmark.analyzed(f.resolve("fox.txt")),
                    CompareBenchmark.analyzed(f.resolve("nyt.txt")), CompareBenchmark.analyzed(f.resolve("hpo.txt"))));
        }
        report("BASIL: read and analyse 300 articles", t0);

        int sentences = 0;
        int stored = 0;
        for (List<AnalyzedArticle> t : triplets) {
            for (AnalyzedArticle a : t) {
                for (var s : a.sentences()) {
                    sentences++;
                    stored += store != null && store.get(TextFolding.fold(s.text(a.text())).strip()) != null ? 1 : 0;
                }
            }
        }
        CachingEmbedder embedder = Meaning.embedder(store);
        EventComparer comparer = new EventComparer(embedder);
        int groups = 0;
        t0 = System.nanoTime();
        for (List<AnalyzedArticle> t : triplets) {
            groups += comparer.compare(t).groups().size();
        }
        report("BASIL: 100 triplets, first pass (" + stored + " of " + sentences + " vectors stored)", t0);
        if (index != null) {
            index.commit();
        }
        long[] warm = new long[3];
        for (int run = 0; run < warm.length; run++) {
            long s = System.nanoTime();
            for (List<AnalyzedArticle> t : triplets) {
                comparer.compare(t);
            }
            warm[run] = System.nanoTime() - s;
        }
        Arrays.sort(warm);
        System.out.printf(Locale.ROOT, "%-58s median %7.1f ms  (min %.1f, max %.1f, 3 runs; %d groups)%n",
                "BASIL: 100 triplets, again (vectors in memory)", warm[1] / 1e6, warm[0] / 1e6, warm[2] / 1e6, groups);

        List<AnalyzedArticle> ten = tenArticles(folders, triplets);
        System.out.printf("ten-article event: %d articles, %d sentences, %d characters%n", ten.size(),
                ten.stream().mapToInt(a -> a.sentences().size()).sum(), ten.stream().mapToInt(a -> a.text().length()).sum());
        CachingEmbedder fresh = Meaning.embedder(null);
        t0 = System.nanoTime();
        Event e = new EventComparer(fresh).compare(ten);
        report("ten articles, first run (vectors computed)", t0);
        long[] runs = new long[7];
        for (int run = 0; run < runs.length; run++) {
            long s = System.nanoTime();
            e = new EventComparer(fresh).compare(ten);
            runs[run] = System.nanoTime() - s;
        }
        Arrays.sort(runs);
        System.out.printf(Locale.ROOT, "%-58s median %7.1f ms  (min %.1f, max %.1f, 7 runs)%n",
                "ten articles (45 pairs), warm", runs[3] / 1e6, runs[0] / 1e6, runs[6] / 1e6);
        System.out.printf("ten-article event: %d groups (%d told by all), %d quotations, %d numbers%n",
                e.groups().size(), e.toldByAll(), e.quotes().size(), e.numbers().size());
        PeakMemory.print();
        if (index != null) {
            index.close();
        }
    }

    /** The BASIL article closest by document TF-IDF to the seed event's NYT report, and the nine next. */
    static List<AnalyzedArticle> tenArticles(List<Path> folders, List<List<AnalyzedArticle>> triplets) {
        List<AnalyzedArticle> all = triplets.stream().flatMap(List::stream).toList();
        int seedEvent = -1;
        for (int i = 0; i < folders.size(); i++) {
            if (folders.get(i).getFileName().toString().startsWith(TEN_SEED)) {
                seedEvent = i;
            }
        }
        int seed = 3 * seedEvent + 1;
        DocumentTfIdf tfidf = new DocumentTfIdf(all.stream().map(AnalyzedArticle::text).toList());
        Integer[] order = new Integer[all.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -tfidf.cosine(seed, i)));
        List<AnalyzedArticle> out = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            out.add(all.get(order[i]));
        }
        return out;
    }

    private static void report(String what, long start) {
        System.out.printf(Locale.ROOT, "%-58s %10.1f ms%n", what, (System.nanoTime() - start) / 1e6);
    }

}

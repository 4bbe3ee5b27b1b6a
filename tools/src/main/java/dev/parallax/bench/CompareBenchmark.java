package dev.parallax.bench;

import dev.parallax.compare.Comparer;
import dev.parallax.compare.semantic.CachingEmbedder;
import dev.parallax.compare.semantic.OnnxEmbedder;
import dev.parallax.compare.semantic.SentenceEmbedder;
import dev.parallax.article.Article;
import dev.parallax.ingest.ArticleLoader;
import dev.parallax.ingest.LoadResult;
import dev.parallax.article.AnalyzedArticle;
import dev.parallax.text.Sentence;
import dev.parallax.workspace.Meaning;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Prints how long comparisons take, in one process: the seed pair (cold, then warm), a long pair (each
 * seed repeated 40 times with its sentences shuffled in every copy), and every within-event pair of the
 * BASIL triplets (300 pairs, embeddings included), with peak memory. See docs/benchmarks.md.
 */
public final class CompareBenchmark {
    private CompareBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        dev.parallax.Main.quietLibraryLogs();
        Path seeds = Path.of(args.length > 0 ? args[0] : "seeds");
        Path corpus = Path.of(args.length > 1 ? args[1] : "../shared/corpus");
        long t0 = System.nanoTime();
        OnnxEmbedder model = OnnxEmbedder.shared().join();
        report("embedding model load", t0);
        CachingEmbedder embedder = Meaning.embedder(null);

        List<Path> seedFiles;
        try (var list = Files.list(seeds)) {
            seedFiles = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        AnalyzedArticle a = analyzed(seedFiles.get(0));
        AnalyzedArticle b = analyzed(seedFiles.get(1));
        t0 = System.nanoTime();
        new Comparer(embedder).compare(a, b);
        report("seed pair, first in process (embeddings computed)", t0);
        long[] warm = new long[20];
        for (int i = 0; i < warm.length; i++) {
            long s = System.nanoTime();
            new Comparer(embedder).compare(a, b);
            warm[i] = System.nanoTime() - s;
        }
        Arrays.sort(warm);
        System.out.printf(Locale.ROOT, "%-58s median %7.1f ms  (min %.1f, max %.1f, 20 runs)%n",
                "seed pair, warm", warm[10] / 1e6, warm[0] / 1e6, warm[19] / 1e6);
        long[] lexical = new long[20];
        for (int i = 0; i < lexical.length; i++) {
            long s = System.nanoTime();
            new Comparer(null).compare(a, b);
            lexical[i] = System.nanoTime() - s;
        }
        Arrays.sort(lexical);
        System.out.printf(Locale.ROOT, "%-58s median %7.1f ms%n", "seed pair, warm, lexical only", lexical[10] / 1e6);

        AnalyzedArticle longA = repeatedShuffled(a, 40, 1);
        AnalyzedArticle longB = repeatedShuffled(b, 40, 2);
        System.out.printf("long pair: %d and %d sentences, %d and %d characters%n", longA.sentences().size(),
                longB.sentences().size(), longA.text().length(), longB.text().length());
        t0 = System.nanoTime();
        new Comparer(embedder).compare(longA, longB);
        report("long pair, first run (vectors computed)", t0);
        long[] runs = new long[5];
        for (int run = 0; run < runs.length; run++) {
            long s = System.nanoTime();
            new Comparer(embedder).compare(longA, longB);
            runs[run] = System.nanoTime() - s;
        }
        Arrays.sort(runs);
        System.out.printf(Locale.ROOT, "%-58s median %7.1f ms  (min %.1f, max %.1f, 5 runs)%n",
                "long pair, warm", runs[2] / 1e6, runs[0] / 1e6, runs[4] / 1e6);

        List<AnalyzedArticle[]> pairs = basilPairs(corpus.resolve("basil-news-triplets/events"));
        CachingEmbedder fresh = Meaning.embedder(null);
        t0 = System.nanoTime();
        embedAll(pairs, fresh);
        report("BASIL: embed every sentence of the 300 articles", t0);
        long t1 = System.nanoTime();
        for (AnalyzedArticle[] p : pairs) {
            new Comparer(fresh).compare(p[0], p[1]);
        }
        report("BASIL: compare 300 within-event pairs", t1);
        report("BASIL: total, embeddings included", t0);
        PeakMemory.print();
    }

    private static void report(String what, long start) {
        System.out.printf(Locale.ROOT, "%-58s %10.1f ms%n", what, (System.nanoTime() - start) / 1e6);
    }

    static AnalyzedArticle analyzed(Path file) {
        LoadResult r = new ArticleLoader().loadFile(file);
        if (r instanceof LoadResult.Loaded l) {
            return AnalyzedArticle.of(l.article());
        }
        throw new IllegalStateException(((LoadResult.Failed) r).message());
    }

    /** The article's sentences, copied n times, shuffled within each copy, one sentence per paragraph. */
    static AnalyzedArticle repeatedShuffled(AnalyzedArticle a, int copies, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(a.article().title() == null ? "Untitled" : a.article().title());
        text.append("\n\n");
        for (int c = 0; c < copies; c++) {
            List<String> sentences = new ArrayList<>(a.sentences().stream().map(s -> s.text(a.text())).toList());
            Collections.shuffle(sentences, random);
            for (String s : sentences) {
                text.append(s).append("\n\n");
            }
        }
        LoadResult r = new ArticleLoader(Long.MAX_VALUE).fromBytes(Path.of("long.txt"),
                text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Article article = ((LoadResult.Loaded) r).article();
        return AnalyzedArticle.of(article);
    }

    static List<AnalyzedArticle[]> basilPairs(Path events) throws IOException {
        List<AnalyzedArticle[]> pairs = new ArrayList<>();
        List<Path> folders;
        try (var list = Files.list(events)) {
            folders = list.sorted().toList();
        }
        for (Path event : folders) {
            AnalyzedArticle fox = analyzed(event.resolve("fox.txt"));
            AnalyzedArticle nyt = analyzed(event.resolve("nyt.txt"));
            AnalyzedArticle hpo = analyzed(event.resolve("hpo.txt"));
            pairs.add(new AnalyzedArticle[] {fox, nyt});
            pairs.add(new AnalyzedArticle[] {fox, hpo});
            pairs.add(new AnalyzedArticle[] {nyt, hpo});
        }
        return pairs;
    }

    /** Every sentence once, in parallel batches (the model is the cost; the rest is cheap). */
    static void embedAll(List<AnalyzedArticle[]> pairs, SentenceEmbedder embedder) {
        List<String> texts = new ArrayList<>();
        for (AnalyzedArticle[] p : pairs) {
            for (AnalyzedArticle a : p) {
                for (Sentence s : a.sentences()) {
                    texts.add(s.text(a.text()));
                }
            }
        }
        embedder.embedAll(texts);
    }

}

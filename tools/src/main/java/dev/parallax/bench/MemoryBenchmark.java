package dev.parallax.bench;

import dev.parallax.compare.Comparer;
import dev.parallax.compare.Comparison;
import dev.parallax.export.Exports;
import dev.parallax.index.ArticleIndex;
import dev.parallax.index.IndexUpdate;
import dev.parallax.index.IndexedArticle;
import dev.parallax.ingest.ArticleLoader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Memory under bad-but-legal input, the way the command line meets it: one very large text (the BASIL
 * articles concatenated up to the asked size, default 50 MB) read with the size limit raised, indexed and
 * compared with a normal report and exported; then a folder of 1,000 articles (BASIL's 300, copied
 * round-robin) indexed, each adjacent pair compared, and the folder read again from the index. Lexical
 * comparisons only: the embedding model's memory is measured by {@link CompareBenchmark}. Prints each
 * stage's time and the heap still in use after it; that it completes at all under {@code -Xmx} is the
 * test of the documented heap ({@code scripts/benchmark memory}, docs/benchmarks.md).
 *
 * <p>Usage: {@code MemoryBenchmark CORPUS [MEGABYTES] [ARTICLES]}; 0 skips that part.
 */
public final class MemoryBenchmark {
    private MemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        dev.parallax.Main.quietLibraryLogs();
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        int megabytes = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        List<Path> basil = basilFiles(corpus.resolve("basil-news-triplets/events"));
        Path work = Files.createTempDirectory("parallax-memory");
        try {
            System.out.printf(Locale.ROOT, "max heap %.0f MB, %d processors%n",
                    Runtime.getRuntime().maxMemory() / 1048576.0, Runtime.getRuntime().availableProcessors());
            if (megabytes > 0) {
                largeText(work, basil, megabytes);
            }
            if (count > 0) {
                manyArticles(work, basil, count);
            }
            System.out.printf(Locale.ROOT, "%ncompleted within -Xmx%.0fm; heap pools' peak sum %.0f MB (garbage "
                    + "included)%n", Runtime.getRuntime().maxMemory() / 1048576.0, peakHeap() / 1048576.0);
        } finally {
            deleteTree(work);
        }
    }

    private static void largeText(Path work, List<Path> basil, int megabytes) throws IOException {
        Path big = work.resolve("large.txt");
        long bytes = concatenate(basil, big, megabytes * 1048576L);
        System.out.printf(Locale.ROOT, "%n== one text of %.1f MB against a normal report%n", bytes / 1048576.0);
        ArticleLoader loader = new ArticleLoader(bytes + 1);
        try (ArticleIndex index = ArticleIndex.open(work.resolve("index-large")).index()) {
            long t = System.nanoTime();
            IndexUpdate u = index.update(List.of(big, basil.getFirst()), loader);
            stage("read, analyse and index both", t);
            if (u.articles().size() != 2) {
                throw new IllegalStateException("not read: " + u.failures());
            }
            IndexedArticle a = u.articles().get(0);
            System.out.printf(Locale.ROOT, "   %,d characters, %,d sentences, %,d quotations%n",
                    a.analyzed().text().length(), a.analyzed().sentences().size(), a.analyzed().quotes().size());
            t = System.nanoTime();
            Comparison c = new Comparer(null).compare(a.analyzed(), u.articles().get(1).analyzed());
            stage("compare (lexical)", t);
            t = System.nanoTime();
            for (Exports.Format f : Exports.Format.values()) {
                Exports.write(c, work.resolve("large." + f.extension()), f);
            }
            stage("write JSON, Markdown and HTML exports", t);
            index.commit();
        }
    }

    private static void manyArticles(Path work, List<Path> basil, int count) throws IOException {
        Path folder = Files.createDirectories(work.resolve("articles"));
        for (int i = 0; i < count; i++) {
            Files.copy(basil.get(i % basil.size()), folder.resolve(String.format(Locale.ROOT, "%04d.txt", i)));
        }
        System.out.printf(Locale.ROOT, "%n== a folder of %d articles%n", count);
        try (ArticleIndex index = ArticleIndex.open(work.resolve("index-folder")).index()) {
            long t = System.nanoTime();
            IndexUpdate u = index.update(List.of(folder), new ArticleLoader());
            stage("read, analyse and index all", t);
            t = System.nanoTime();
            List<IndexedArticle> all = u.articles();
            int matches = 0;
            for (int i = 0; i + 1 < all.size(); i++) {
                matches += new Comparer(null).compare(all.get(i).analyzed(), all.get(i + 1).analyzed()).matches().size();
            }
            stage("compare each adjacent pair (" + (all.size() - 1) + ", " + matches + " matches)", t);
        }
        try (ArticleIndex index = ArticleIndex.open(work.resolve("index-folder")).index()) {
            long t = System.nanoTime();
            IndexUpdate u = index.update(List.of(folder), new ArticleLoader());
            stage("again, from the index (" + u.reused() + " reused)", t);
        }
    }

    /** BASIL's articles, one after another with a blank line between, until the file holds {@code size} bytes. */
    static long concatenate(List<Path> articles, Path target, long size) throws IOException {
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            out.write("A very long document\n\n");
            for (int i = 0; written < size; i++) {
                String text = Files.readString(articles.get(i % articles.size())).strip() + "\n\n";
                out.write(text);
                written += text.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return Files.size(target);
    }

    private static List<Path> basilFiles(Path events) throws IOException {
        try (Stream<Path> files = Files.walk(events)) {
            List<Path> list = new ArrayList<>(files.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
            if (list.isEmpty()) {
                throw new IOException("no BASIL articles under " + events);
            }
            return list;
        }
    }

    /** A stage's time, and the heap it leaves in use once garbage is collected (what it still holds). */
    private static void stage(String what, long start) {
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%-62s %7.1f s   live afterwards %5.0f MB%n", what, seconds, liveNow() / 1048576.0);
    }

    /** Heap in use after two full collections. */
    static long liveNow() {
        System.gc();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** The sum of the heap pools' peaks: an upper bound of the live heap ever needed (with -Xmx as the cap). */
    static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

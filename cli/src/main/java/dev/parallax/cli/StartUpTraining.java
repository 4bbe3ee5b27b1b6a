package dev.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The commands' training run for the JVM's AOT cache (JDK 25, JEP 483/515): the launcher records one run
 * of this at build or package time ({@code -Dparallax.training=commands}), and every later command starts
 * from the classes it loaded and linked and the method profiles it gathered. It runs what users run most,
 * in one process, on the seed reports and a throw-away index: {@code compare} on wording and on meaning
 * (first with the model, then with the vectors the index keeps), with and without an export, and
 * {@code search}. Nothing is printed; the user's library is never touched.
 */
public final class StartUpTraining {
    private StartUpTraining() {
    }

    /** Runs the training; 0 when every command ran (a failing one is reported on stderr, for the build log). */
    public static int commands() throws IOException {
        Path seeds = SearchCommand.seeds();
        List<String> two;
        try (Stream<Path> files = Files.list(seeds)) {
            two = files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(2).map(Path::toString).toList();
        }
        if (two.size() < 2) {
            System.err.println("parallax: training: no seed reports in " + seeds);
            return 1;
        }
        Path work = Files.createTempDirectory("parallax-training");
        try {
            String index = "--index=" + work.resolve("index");
            String json = work.resolve("out.json").toString();
            List<List<String>> runs = List.of(
                    List.of("compare", "--lexical", two.get(0), two.get(1), index), // reads and indexes
                    List.of("compare", "--lexical", two.get(0), two.get(1), index), // reuses the index
                    List.of("compare", two.get(0), two.get(1), index), // loads the model, embeds
                    List.of("compare", two.get(0), two.get(1), index, "--json", json), // vectors from the index
                    List.of("search", "\"war machine\"", seeds.toString(), index),
                    List.of("search", "--json", "Putin", seeds.toString(), index));
            int failed = 0;
            for (List<String> run : runs) {
                PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
                int code = ParallaxCommand.run(run.toArray(String[]::new), nowhere, nowhere);
                if (code != 0) {
                    System.err.println("parallax: training: " + String.join(" ", run) + " ended with " + code);
                    failed++;
                }
            }
            return failed == 0 ? 0 : 1;
        } finally {
            delete(work);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            List<Path> paths = new ArrayList<>(all.sorted(Comparator.reverseOrder()).toList());
            for (Path p : paths) {
                Files.deleteIfExists(p);
            }
        }
    }
}

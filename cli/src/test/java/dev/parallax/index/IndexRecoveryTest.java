package dev.parallax.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.TestData;
import dev.parallax.cli.ParallaxCommand;
import dev.parallax.ingest.ArticleLoader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The on-disk index under damage and contention: damaged files are detected, set aside and rebuilt with a
 * message; a second writer takes the busy path (or waits its turn); two processes at once leave one
 * readable index holding everything both wrote.
 */
class IndexRecoveryTest {
    @TempDir
    Path dir;

    private final ArticleLoader loader = new ArticleLoader();

    record Run(int code, String out, String err) {
    }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ParallaxCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static final String[] WORDS = ("senator council budget vote river bridge school harbour mayor court "
            + "hospital railway election minister storm market farmers union teachers museum").split(" ");

    /**
     * Writes {@code n} plain-text reports into a new folder, each different (its own title and sentences drawn
     * with its own seed) and each long enough to be split into paragraphs, sentences and quotations.
     */
    private Path articles(String name, int from, int n) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        for (int i = from; i < from + n; i++) {
            Random random = new Random(i);
            StringBuilder text = new StringBuilder("Report " + i + " on the " + WORDS[i % WORDS.length] + "\n\n");
            for (int paragraph = 0; paragraph < 5; paragraph++) {
                for (int sentence = 0; sentence < 3; sentence++) {
                    String a = WORDS[random.nextInt(WORDS.length)];
                    String b = WORDS[random.nextInt(WORDS.length)];
                    text.append(sentence == 1
                            ? "\u201cThe " + a + " needs the " + b + " by spring,\u201d the senator said. "
                            : "The " + a + " of district " + (i * 31 + paragraph) + " met the " + b + " on day "
                                    + (sentence + paragraph) + ". ");
                }
                text.append("\n\n");
            }
            Files.writeString(folder.resolve(String.format("%03d-report.txt", i)), text);
        }
        return folder;
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    /** Lucene's own full check (every segment, every checksum): the index is sound. */
    private static void assertClean(Path index) throws IOException {
        try (Directory d = FSDirectory.open(index); CheckIndex check = new CheckIndex(d)) {
            check.setInfoStream(null);
            CheckIndex.Status status = check.checkIndex();
            assertTrue(status.clean, "CheckIndex found problems in " + index);
        }
    }

    /** Every article of the folders is in the index: brought up to date, none needs reading again. */
    private void assertHolds(Path index, Path... folders) throws IOException {
        try (ArticleIndex i = ArticleIndex.open(index).index()) {
            IndexUpdate u = i.update(List.of(folders), loader);
            long expected = 0;
            for (Path f : folders) {
                expected += files(f).size();
            }
            assertEquals(expected, u.articles().size());
            assertEquals(expected, u.reused(), "every article was already in the index");
        }
    }

    enum Damage {
        GARBAGE_OVER_SEGMENTS_FILE, GARBAGE_OVER_SEGMENT_INFO, GARBAGE_OVER_COMPOUND_FILE,
        BYTES_FLIPPED_INSIDE_COMPOUND_FILE, COMPOUND_FILE_CUT_SHORT, COMPOUND_FILE_DELETED, GARBAGE_OVER_EVERY_FILE
    }

    private static void damage(Path index, Damage how) throws IOException {
        byte[] garbage = "these bytes are not a Lucene index file, whatever its name says".getBytes(StandardCharsets.UTF_8);
        int hit = 0;
        for (Path p : files(index)) {
            String name = p.getFileName().toString();
            if (name.equals("write.lock")) {
                continue;
            }
            boolean compound = name.endsWith(".cfs");
            switch (how) {
                case GARBAGE_OVER_SEGMENTS_FILE -> {
                    if (name.startsWith("segments_")) {
                        Files.write(p, garbage);
                        hit++;
                    }
                }
                case GARBAGE_OVER_SEGMENT_INFO -> {
                    if (name.endsWith(".si")) {
                        Files.write(p, garbage);
                        hit++;
                    }
                }
                case GARBAGE_OVER_COMPOUND_FILE -> {
                    if (compound) {
                        Files.write(p, garbage);
                        hit++;
                    }
                }
                case BYTES_FLIPPED_INSIDE_COMPOUND_FILE -> {
                    if (compound) { // a bad sector: same size, some bytes wrong, headers and footers intact
                        byte[] b = Files.readAllBytes(p);
                        for (int i = b.length / 3; i < b.length / 3 + 32; i++) {
                            b[i] ^= 0x5A;
                        }
                        Files.write(p, b);
                        hit++;
                    }
                }
                case COMPOUND_FILE_CUT_SHORT -> {
                    if (compound) {
                        byte[] b = Files.readAllBytes(p);
                        Files.write(p, Arrays.copyOf(b, b.length / 2));
                        hit++;
                    }
                }
                case COMPOUND_FILE_DELETED -> {
                    if (compound) {
                        Files.delete(p);
                        hit++;
                    }
                }
                case GARBAGE_OVER_EVERY_FILE -> {
                    Files.write(p, garbage);
                    hit++;
                }
            }
        }
        assertTrue(hit > 0, "nothing to damage for " + how);
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void aDamagedIndexIsSetAsideAndRebuiltWithANotice(Damage how) throws Exception {
        Path index = dir.resolve("index");
        try (ArticleIndex i = ArticleIndex.open(index).index()) {
            i.update(List.of(TestData.seeds()), loader);
        }
        damage(index, how);
        ArticleIndex.Opened opened = ArticleIndex.open(index);
        try (ArticleIndex i = opened.index()) {
            assertNotNull(opened.notice(), "the damage is noticed");
            assertTrue(opened.notice().matches("the index at " + java.util.regex.Pattern.quote(index.toString())
                    + " could not be read \\([a-z][^)A-Z]+\\); it was moved to .*index\\.damaged-\\d+ and is being rebuilt"),
                    opened.notice());
            IndexUpdate u = i.update(List.of(TestData.seeds()), loader);
            assertEquals(2, u.articles().size());
            assertEquals(0, u.reused(), "rebuilt from the files");
            try (ArticleSearch s = i.search()) {
                assertEquals(2, s.search("\"war machine\"", Set.of(), 10).size());
            }
        }
        try (Stream<Path> beside = Files.list(dir)) {
            assertEquals(1, beside.filter(p -> p.getFileName().toString().startsWith("index.damaged-")).count(),
                    "the damaged index is kept beside, not deleted");
        }
        assertClean(index);
    }

    @Test
    void theCommandLineSaysTheIndexWasRebuiltAndStillAnswers() throws IOException {
        Path index = dir.resolve("index");
        assertEquals(0, cli("search", "Blinken", TestData.seedA().toString(), "--index", index.toString()).code());
        damage(index, Damage.BYTES_FLIPPED_INSIDE_COMPOUND_FILE);
        Run r = cli("search", "Blinken", TestData.seedA().toString(), "--index", index.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().startsWith("parallax: the index at " + index + " could not be read (its checksums do not match: damaged bytes); "
                + "it was moved to "), r.err());
        assertTrue(r.err().strip().endsWith(" and is being rebuilt"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.out().startsWith("12 hits for Blinken"), r.out());
    }

    @Test
    void aSecondWriterTakesTheBusyPathAndStillAnswers() throws IOException {
        Path index = dir.resolve("index");
        try (ArticleIndex holder = ArticleIndex.open(index).index()) {
            holder.update(List.of(TestData.seedB()), loader);
            holder.commit();
            Run r = cli("search", "Blinken", TestData.seedA().toString(), "--index", index.toString(),
                    "--index-wait", "0");
            assertEquals(0, r.code(), r.err());
            assertEquals("parallax: the index at " + index + " is being written by another Parallax process; "
                    + "working without it this time\n", r.err());
            assertTrue(r.out().startsWith("12 hits for Blinken in 1 of 1 article"), r.out());
        }
        assertClean(index);
        try (ArticleIndex i = ArticleIndex.open(index).index()) {
            IndexUpdate u = i.update(List.of(TestData.seeds()), loader);
            assertEquals(1, u.reused(), "only the holder's article was written; the busy command kept to memory");
        }
    }

    @Test
    void aLockLeftBehindByACrashedProcessDoesNotBlock() throws IOException {
        Path index = dir.resolve("index");
        try (ArticleIndex i = ArticleIndex.open(index).index()) {
            i.update(List.of(TestData.seedA()), loader);
        }
        Files.writeString(index.resolve("write.lock"), ""); // the file stays, the process and its OS lock are gone
        ArticleIndex.Opened opened = ArticleIndex.open(index);
        try (ArticleIndex i = opened.index()) {
            assertEquals(null, opened.notice());
            assertEquals(1, i.update(List.of(TestData.seedA()), loader).reused());
        }
    }

    @Test
    void anIndexThatCannotBeOpenedAtAllIsWorkedAroundWithAMessage() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("index"), "a file where the index folder should be");
        Run r = cli("search", "Blinken", TestData.seedA().toString(), "--index", notAFolder.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().startsWith("parallax: the index at " + notAFolder + " cannot be opened ("), r.err());
        assertTrue(r.err().endsWith("); working without it this time\n"), r.err());
        assertTrue(r.out().startsWith("12 hits for Blinken"), r.out());
        assertEquals("a file where the index folder should be", Files.readString(notAFolder), "left as it was");
    }

    // ---- two processes ----

    /** {@code parallax search} in a second JVM on this test's class path: a real second app instance. */
    private static Process parallax(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), "dev.parallax.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static String stderr(Process p) throws IOException {
        return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    /**
     * Deterministic: this test holds the index while a second process starts; it says it waits; the test
     * then writes its own articles and lets go; the second process takes the index and adds its own.
     */
    @Test
    void aSecondProcessWaitsItsTurnAndBothSetsOfArticlesEndUpInTheIndex() throws Exception {
        Path mine = articles("mine", 0, 6);
        Path theirs = articles("theirs", 6, 6);
        Path index = dir.resolve("index");
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
            Process other;
            StringBuilder seen = new StringBuilder();
            try (ArticleIndex holder = ArticleIndex.open(index).index()) {
                other = parallax("search", "senator", theirs.toString(), "--index", index.toString(),
                        "--index-wait", "120");
                BufferedReader err = new BufferedReader(new InputStreamReader(other.getErrorStream(), StandardCharsets.UTF_8));
                String line;
                while ((line = err.readLine()) != null) {
                    seen.append(line).append('\n');
                    if (line.contains("in use by another Parallax process; waiting")) {
                        break;
                    }
                }
                assertEquals("parallax: the index at " + index + " is in use by another Parallax process; waiting\n",
                        seen.toString(), "the second process waits for the first");
                holder.update(List.of(mine), loader); // written, then closed, while the other process waits
            }
            String rest = stderr(other);
            assertEquals(0, other.waitFor(), rest);
            assertEquals("", rest, "no fallback, no error once the index was free");
        });
        assertClean(index);
        assertHolds(index, mine, theirs);
    }

    /** Two processes started together on one index: whoever gets it first writes, the other waits its turn. */
    @Test
    void twoProcessesAtOnceLeaveOneSoundIndexWithEveryArticle() throws Exception {
        Path first = articles("first", 12, 8);
        Path second = articles("second", 20, 8);
        Path index = dir.resolve("index");
        assertTimeoutPreemptively(Duration.ofMinutes(4), () -> {
            Process a = parallax("search", "said", first.toString(), "--index", index.toString(), "--index-wait", "180");
            Process b = parallax("search", "said", second.toString(), "--index", index.toString(), "--index-wait", "180");
            String errA = stderr(a);
            String errB = stderr(b);
            assertEquals(0, a.waitFor(), errA);
            assertEquals(0, b.waitFor(), errB);
            for (String err : List.of(errA, errB)) {
                assertFalse(err.contains("working without it"), err);
                assertFalse(err.contains("Exception"), err);
            }
        });
        assertClean(index);
        assertHolds(index, first, second);
        Set<String> damaged;
        try (Stream<Path> s = Files.list(dir)) {
            damaged = s.map(p -> p.getFileName().toString()).filter(n -> n.contains("damaged")).collect(Collectors.toSet());
        }
        assertEquals(Set.of(), damaged, "nothing was ever found damaged");
    }
}

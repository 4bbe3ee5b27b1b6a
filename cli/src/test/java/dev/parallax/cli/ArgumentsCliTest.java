package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.TestData;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every misused argument: one clear line (and where to read more), exit 2, nothing run. */
class ArgumentsCliTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private CliRun search(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "search";
        all[1] = "--index=" + dir.resolve("index");
        System.arraycopy(args, 0, all, 2, args.length);
        all[all.length - 1] = TestData.seedA().toString();
        return run(all);
    }

    private static void assertUsageError(CliRun r, String says) {
        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains(says), r.err());
        assertTrue(r.err().lines().count() <= 2, r.err());
        assertTrue(r.err().lines().allMatch(l -> l.startsWith("parallax: ")), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--limit=0", "--limit=-5", "--limit=99999999999"})
    void hitLimitsOutOfRange(String option) {
        assertUsageError(search(option, "Blinken"), "is out of range: give 1 to 10000");
    }

    @Test
    void notANumber() {
        assertUsageError(search("--limit=ten", "Blinken"), "'ten' is not a number of hits");
        assertUsageError(search("--index-wait=soon", "Blinken"), "'soon' is not a number of seconds");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--max-size=9223372036854775807", "--max-size=99999999999999999999", "--max-size=0"})
    void sizeLimitsOutOfRange(String option) {
        assertUsageError(run("extract", option, TestData.seedA().toString()), "is out of range: give 1 to 1048576");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--index-wait=1e308", "--index-wait=NaN", "--index-wait=-1", "--index-wait=Infinity"})
    void waitsOutOfRange(String option) {
        assertUsageError(search(option, "Blinken"), "is out of range: give 0 to 3600 seconds");
    }

    @Test
    void validEdgesAreAccepted() {
        CliRun r = search("--limit=1", "--index-wait=0", "--max-size=1", "Blinken");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("1 hit for Blinken"), r.out());
    }

    @Test
    void helpAsACommand() {
        CliRun r = run("help");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("extract") && r.out().contains("search") && r.out().contains("compare"), r.out());
        CliRun sub = run("help", "search");
        assertEquals(0, sub.code());
        assertTrue(sub.out().contains("--limit"), sub.out());
    }

    @Test
    void aQueryThatOnlyExcludes() {
        assertUsageError(search("NOT flood"), "only says what to leave out (NOT flood)");
        assertUsageError(search("--", "-flood"), "only says what to leave out (-flood)");
    }

    @Test
    void aQueryStartingWithADashGoesAfterTwoDashes() {
        CliRun r = search("-sanctions Blinken");
        assertUsageError(r, "put -- before it (parallax search -- -sanctions Blinken)");
        CliRun alone = run("search", "-flood");
        assertUsageError(alone, "put -- before it (parallax search -- -flood)");
        assertUsageError(search("--limit", "-5", "Blinken"), "is out of range");
        assertFalse(search("--limit", "-5", "Blinken").err().contains("put --"));
        CliRun ok = search("--", "-sanctions Blinken");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("for -sanctions Blinken"), ok.out());
    }

    @Test
    void aQueryOverTheClauseLimit() {
        String words = IntStream.range(0, 1100).mapToObj(i -> "w" + i).collect(Collectors.joining(" OR "));
        CliRun r = search(words);
        assertUsageError(r, "the query has too many words and phrases (at most 1,024 terms");
        assertFalse(r.err().contains("maxClauseCount"), r.err());
        String phrases = IntStream.range(0, 300).mapToObj(i -> "\"peace push " + i + "\"").collect(Collectors.joining(" OR "));
        assertUsageError(search(phrases), "too many words and phrases");
    }
}

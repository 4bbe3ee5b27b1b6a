package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void extractJsonGivesContractArticlesWithSpansAndRemovedBlocks() throws Exception {
        CliRun r = run("extract", "--json", TestData.seeds().toString());
        assertEquals(0, r.code(), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        JsonNode articles = doc.get("articles");
        assertEquals(2, articles.size());
        assertEquals("A", articles.get(0).get("id").asText());
        assertEquals("B", articles.get(1).get("id").asText());
        for (JsonNode a : articles) {
            String text = a.get("text").asText();
            for (JsonNode b : a.get("blocks")) {
                assertTrue(b.get("end").asInt() <= text.length());
            }
            assertTrue(a.get("removed").size() >= 1);
            assertEquals("en", a.get("language").asText());
        }
    }

    @Test
    void extractRemovedListsTheChrome() {
        CliRun r = run("extract", "--removed", TestData.seedB().toString());
        assertEquals(0, r.code());
        assertTrue(r.out().contains("-- removed (1 blocks):"));
        assertTrue(r.out().contains("| Comments"));
    }

    @Test
    void unreadableInputsGetOneLineEachAndExitNonZeroWhenNothingIsRead() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path binary = Files.write(dir.resolve("x.txt"), new byte[] {0, 1, 2, 3, 0, 0, 7});
        CliRun r = run("extract", empty.toString(), binary.toString(), dir.resolve("missing.txt").toString());
        assertEquals(1, r.code());
        assertEquals(4, r.err().lines().count(), r.err()); // three files + "nothing could be read"
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void goodFilesAreStillProcessedBesideBadOnes() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        CliRun r = run("extract", empty.toString(), TestData.seedA().toString());
        assertEquals(0, r.code());
        assertTrue(r.err().contains("empty file"));
        assertTrue(r.out().contains("Blinken questions China"));
    }

    @Test
    void searchPrintsBothSeedsForTheQuoteAndMarksTheHit() {
        CliRun r = run("search", "\"are helping Putin continue the aggression\"", "--index", dir.resolve("idx").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("2 hits"), r.out());
        assertTrue(r.out().contains("[[are actually helping Putin continue the aggression]]"), r.out());
        assertTrue(r.out().contains("[[are helping Putin continue the aggression]]"), r.out());
    }

    @Test
    void aMisspelledSearchSaysNoHitsAndSuggestsTheIndexedSpelling() throws Exception {
        Path report = Files.writeString(dir.resolve("ferry.txt"),
                "Ferry line approved\n\nThe council approved the ferry line, said Margarethe Olsson, its chair.\n");
        CliRun r = run("search", "Olson", report.toString(), "--index", dir.resolve("idx").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("No hits for \u201cOlson\u201d in 1 article. Did you mean \u201cOlsson\u201d?", r.out().strip());
        CliRun json = run("search", "Olson", report.toString(), "--json", "--index", dir.resolve("idx").toString());
        assertEquals("Olsson", new ObjectMapper().readTree(json.out()).get("didYouMean").asText());
        CliRun right = run("search", "Olsson", report.toString(), "--index", dir.resolve("idx").toString());
        assertTrue(right.out().startsWith("1 hit for Olsson"), right.out());
        assertFalse(right.out().contains("Did you mean"), right.out());
    }

    @Test
    void searchJsonGivesOffsetsAndHighlights() throws Exception {
        CliRun r = run("search", "war machine", TestData.seeds().toString(), "--json", "--index", dir.resolve("idx").toString());
        assertEquals(0, r.code(), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertEquals(2, doc.get("hits").size());
        for (JsonNode h : doc.get("hits")) {
            JsonNode span = h.get("highlights").get(0);
            String text = h.get("text").asText();
            int base = h.get("start").asInt();
            assertEquals("war machine", text.substring(span.get("start").asInt() - base, span.get("end").asInt() - base));
        }
    }

    @Test
    void unknownOptionIsAUsageErrorNotACrash() {
        CliRun r = run("extract", TestData.seeds().toString(), "--frobnicate");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Unknown option"));
    }
}

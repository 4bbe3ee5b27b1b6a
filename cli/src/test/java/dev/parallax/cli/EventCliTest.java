package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.TestData;
import dev.parallax.export.EventContractCheck;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parallax compare} with three or more articles: the event summary and its three exports. */
class EventCliTest {
    @TempDir
    Path dir;

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ParallaxCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    private static Path basilEvent(String prefix) throws Exception {
        try (var list = Files.list(TestData.corpus("basil-news-triplets").resolve("events"))) {
            return list.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }

    @Test
    void aBasilTripletFolderWritesSchemaTwoJsonAndTheMatrixInEveryExport() throws Exception {
        Path event = basilEvent("2010_2b95d2cf");
        Path json = dir.resolve("e.json");
        Path md = dir.resolve("e.md");
        Path html = dir.resolve("e.html");
        String[] r = run("compare", event.toString(), "--json", json.toString(), "--markdown", md.toString(),
                "--html", html.toString(), "--index", dir.resolve("idx").toString());
        assertEquals("0", r[0], r[2]);
        JsonNode doc = EventContractCheck.assertValid(Files.readString(json));
        assertEquals(2, doc.get("schema").asInt());
        assertEquals(3, doc.get("articles").size());
        int groups = doc.get("groups").size();
        assertTrue(groups >= 3, "the three reports of one event share passages: " + groups);
        assertTrue(doc.at("/coverage/A/B").asDouble() > 0 || doc.at("/coverage/A/C").asDouble() > 0);

        String mdText = Files.readString(md);
        assertTrue(mdText.contains("## Coverage"));
        assertTrue(mdText.contains("| **A** | — |"), "the matrix's diagonal");
        assertTrue(mdText.contains("| " + groups + " | "), "one table row per group");

        Document page = Jsoup.parse(Files.readString(html));
        assertTrue(page.select("script").isEmpty());
        assertEquals(9, page.select("table.matrix td").size(), "3 × 3 coverage cells");
        assertEquals(groups, page.select("#groups tbody tr").size());
        for (Element row : page.select("#groups tbody tr")) {
            assertEquals(2 + 3, row.select("td").size(), "number, kind, and one cell per report");
        }
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().contains(".tmp")), "no temp file left");
        }
    }

    @Test
    void theSummaryPrintsTheMatrixAndGroupCounts() throws Exception {
        Path event = basilEvent("2010_2b95d2cf");
        String[] r = run("compare", event.resolve("fox.txt").toString(), event.resolve("nyt.txt").toString(),
                event.resolve("hpo.txt").toString(), "--index", dir.resolve("idx").toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("Coverage: share of each row's text"), r[1]);
        assertTrue(r[1].matches("(?s).*\\n\\s+A\\s+B\\s+C\\n\\s+A\\s+-\\s+\\d+%\\s+\\d+%\\n.*"), r[1]);
        assertTrue(r[1].matches("(?s).*Passages told by more than one article: \\d+ \\(by all 3: \\d+, by some: \\d+\\).*"), r[1]);
        assertTrue(r[1].contains("Told by one only:"), r[1]);
    }

    @Test
    void articleTextIsEscapedInTheEventExports() throws Exception {
        String shared = "The council said <script>alert('x')</script> was found | in *the* [report](http://evil) today.";
        Path folder = Files.createDirectories(dir.resolve("event"));
        Files.writeString(folder.resolve("1.txt"), "First report\n\n" + shared + "\n\nThe mayor spoke to reporters on Monday evening.\n");
        Files.writeString(folder.resolve("2.txt"), "Second report\n\n" + shared + "\n\nResidents gathered at the town hall.\n");
        Files.writeString(folder.resolve("3.txt"), "Third report\n\n" + shared + "\n\nNo one was hurt in the incident, police said.\n");
        Path md = dir.resolve("e.md");
        Path html = dir.resolve("e.html");
        String[] r = run("compare", folder.toString(), "--lexical", "--markdown", md.toString(), "--html", html.toString(),
                "--index", dir.resolve("idx").toString());
        assertEquals("0", r[0], r[2]);
        Document page = Jsoup.parse(Files.readString(html));
        assertTrue(page.select("script").isEmpty(), "article markup stays text");
        assertTrue(page.select("a[href^=http]").isEmpty(), "article links stay text");
        assertTrue(page.select("#groups").text().contains("<script>alert('x')</script>"), "shown as written");
        String mdText = Files.readString(md);
        assertTrue(mdText.contains("\\<script\\>"), "Markdown escapes markup");
        assertFalse(mdText.contains("<script>"));
        assertTrue(mdText.contains("found \\| in \\*the\\* \\[report\\]"), "table and emphasis syntax escaped");
    }
}

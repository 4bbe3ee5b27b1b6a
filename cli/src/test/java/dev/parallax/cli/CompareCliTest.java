package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.TestData;
import dev.parallax.export.ContractCheck;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parallax compare} end to end on the seeds: summary, and the three exports from a real comparison. */
class CompareCliTest {
    @TempDir
    Path dir;

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ParallaxCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void summaryNamesBothReportsSharesKindsQuotesAndNumbers() {
        String[] r = run("compare", TestData.seedA().toString(), TestData.seedB().toString(),
                "--index", dir.resolve("idx").toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("Blinken questions China peace push"), r[1]);
        assertTrue(r[1].matches("(?s).*Shared: \\d+% of A, \\d+% of B.*"), r[1]);
        assertTrue(r[1].matches("(?s).*Matched passages: \\d+ \\(identical \\d+, near [1-9]\\d*, paraphrase [1-9]\\d*\\).*"), r[1]);
        assertTrue(r[1].contains("worded differently"), r[1]);
        assertTrue(r[1].contains("70 percent  |  about 70%  (agree)"), r[1]);
    }

    @Test
    void exportsOfARealComparisonFollowTheContractAndEscapeText() throws Exception {
        Path json = dir.resolve("c.json");
        Path md = dir.resolve("c.md");
        Path html = dir.resolve("c.html");
        String[] r = run("compare", TestData.seedA().toString(), TestData.seedB().toString(), "--json", json.toString(),
                "--markdown", md.toString(), "--html", html.toString(), "--index", dir.resolve("idx").toString());
        assertEquals("0", r[0], r[2]);
        JsonNode doc = ContractCheck.assertValid(Files.readString(json));
        assertTrue(doc.get("matches").size() >= 8);
        assertTrue(doc.get("quotes").findValues("variant").stream().anyMatch(JsonNode::asBoolean));
        String mdText = Files.readString(md);
        assertTrue(mdText.contains("Blinken questions China peace push over Russia help"));
        Document page = Jsoup.parse(Files.readString(html));
        assertTrue(page.select("script").isEmpty());
        assertTrue(page.text().contains("Celso Amorim"));
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().contains(".tmp")), "no temp file left");
        }
    }

    @Test
    void compareNeedsTwoReadableArticles() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        String[] r = run("compare", TestData.seedA().toString(), empty.toString(), "--lexical",
                "--index", dir.resolve("idx").toString());
        assertEquals("1", r[0]);
        assertTrue(r[2].contains("empty file"), r[2]);
        assertTrue(r[2].contains("compare needs two readable articles"), r[2]);
        assertFalse(r[2].contains("Exception"), r[2]);
    }
}

package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.TestData;
import dev.parallax.export.ContractCheck;
import dev.parallax.export.Json;
import dev.parallax.ingest.web.LoopbackSite;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on web addresses, against a real server on 127.0.0.1; the library lives in a temp folder. */
class WebCliTest {
    @TempDir
    Path dir;

    private final LoopbackSite site = new LoopbackSite();

    @AfterEach
    void stop() {
        site.close();
    }

    record Run(int code, String out, String err) {
    }

    /** Runs parallax with the snapshots and the index in the test's folder, never the user's. */
    private Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--snapshots", dir.resolve("snapshots").toString()));
        if (!args[0].equals("extract")) {
            all.addAll(List.of("--index", dir.resolve("idx").toString()));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ParallaxCommand.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static String story(String title, String hours, String quote) {
        return LoopbackSite.article(title,
                "Negotiators left the building after " + hours + " of talks on Friday, officials said.",
                "\u201C" + quote + ",\u201D Ms Weber said after the meeting ended in the capital.",
                "The ministry said the figures would be reviewed again next week by an independent panel.");
    }

    @Test
    void extractReadsAnAddressBesideAFile() {
        site.html("/talks", story("Talks collapse", "12 hours", "There is no deal"));
        Run r = run("extract", site.url("/talks"), TestData.seedA().toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("== " + site.url("/talks") + " (en)"), r.out());
        assertTrue(r.out().contains("Title: Talks collapse"), r.out());
        assertTrue(r.out().contains("Blinken questions China"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void everyNetworkFailureIsOneLineAndTheOthersAreRead() {
        site.html("/ok", story("Talks collapse", "12 hours", "There is no deal"));
        site.page("/missing", 404, "text/html", new byte[0]);
        site.page("/error", 500, "text/html", new byte[0]);
        site.page("/report.pdf", 200, "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
        site.redirect("/a", 302, "/b");
        site.redirect("/b", 302, "/a");
        site.handle("/slow", ex -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        site.handle("/endless", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                while (true) {
                    out.write(new byte[64 * 1024]);
                }
            } catch (IOException stopped) {
                // the client gave up at the cap
            }
        });
        String[] bad = {"/missing", "/error", "/report.pdf", "/a", "/slow", "/endless"};
        List<String> args = new ArrayList<>(List.of("extract", "--timeout", "0.5", "--max-download", "1"));
        for (String b : bad) {
            args.add(site.url(b));
        }
        args.add(site.url("/ok"));
        Run r = run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(bad.length, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("parallax: " + site.url("/missing") + ": the server answered 404"), r.err());
        assertTrue(lines.get(1).contains(": the server answered 500"), r.err());
        assertTrue(lines.get(2).contains(": not a web page but a PDF document"), r.err());
        assertTrue(lines.get(3).contains(": redirect loop"), r.err());
        assertTrue(lines.get(4).contains(": no complete answer within 0.5 s"), r.err());
        assertTrue(lines.get(5).contains(": too large for an article (over 1 MB"), r.err());
        assertTrue(r.out().contains("Title: Talks collapse"));
        assertFalse(r.err().contains("Exception"), r.err());

        Run none = run("extract", site.url("/missing"), "ftp://127.0.0.1/x");
        assertEquals(1, none.code());
        assertEquals(3, none.err().lines().count(), none.err()); // two failures + "nothing could be read"
        assertTrue(none.err().contains("only http and https addresses can be opened"), none.err());
    }

    @Test
    void compareAnAddressWithAFileAndTheExportsCiteTheSnapshot() throws Exception {
        site.html("/talks", story("Talks collapse", "12 hours", "There is no deal"));
        Path file = Files.writeString(dir.resolve("wire.html"), story("Talks end without agreement", "12 hours",
                "There is no deal"));
        Path json = dir.resolve("c.json");
        Path md = dir.resolve("c.md");
        Path html = dir.resolve("c.html");
        Run r = run("compare", site.url("/talks"), file.toString(), "--lexical", "--json", json.toString(),
                "--markdown", md.toString(), "--html", html.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode doc = ContractCheck.assertValid(Files.readString(json));
        JsonNode web = doc.get("articles").get(0).get("metadata").get("web");
        assertEquals(site.url("/talks"), doc.get("articles").get(0).get("path").asText());
        assertEquals(site.url("/talks"), web.get("url").asText());
        assertEquals(64, web.get("sha256").asText().length());
        assertTrue(web.get("fetchedAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), web.toString());
        assertTrue(doc.get("articles").get(1).get("metadata").get("web").isNull());
        String sha = web.get("sha256").asText();
        assertTrue(Files.isRegularFile(dir.resolve("snapshots/blobs").resolve(sha.substring(0, 2)).resolve(sha)));
        assertTrue(Files.readString(md).contains("snapshot SHA-256 " + sha), Files.readString(md));
        Document page = Jsoup.parse(Files.readString(html));
        assertTrue(page.select(".snapshot").text().contains(sha));
        assertTrue(page.select("script").isEmpty());
    }

    @Test
    void aPageThatChangesKeepsVersionsAndTheirComparisonCallsOutTheEdits() throws Exception {
        AtomicReference<String> current = new AtomicReference<>(story("Talks collapse", "12 hours", "There is no deal"));
        site.handle("/live", ex -> LoopbackSite.send(ex, 200, "text/html; charset=utf-8",
                current.get().getBytes(StandardCharsets.UTF_8)));
        String url = site.url("/live");
        assertEquals(0, run("extract", url).code());
        assertEquals(0, run("extract", url).code()); // unchanged: no new version
        current.set(story("Talks collapse after 14 hours", "14 hours", "There is no deal yet"));
        Run fetched = run("versions", url, "--fetch");
        assertEquals(0, fetched.code(), fetched.err());
        assertTrue(fetched.err().contains("kept as version 2"), fetched.err());
        List<String> listed = fetched.out().lines().toList();
        assertEquals(3, listed.size(), fetched.out());
        assertTrue(listed.get(1).matches(" +1  \\d{4}-.*Z +[\\d,]+ bytes  [0-9a-f]{64}  Talks collapse"), listed.get(1));
        assertTrue(listed.get(2).endsWith("Talks collapse after 14 hours"), listed.get(2));

        Run compared = run("versions", url, "--compare", "--lexical");
        assertEquals(0, compared.code(), compared.err());
        String out = compared.out();
        int changed = out.indexOf("Changed:");
        assertTrue(changed >= 0 && changed < out.indexOf("Shared:"), out); // edits first
        assertTrue(out.contains("Headline: \u201CTalks collapse\u201D \u2192 \u201CTalks collapse after 14 hours\u201D"), out);
        assertTrue(out.contains("Number changed: 12 \u2192 14"), out);
        assertTrue(out.contains("Quotation reworded (Ms Weber): \u201CThere is no deal,\u201D \u2192 \u201CThere is no deal yet,\u201D"), out);

        Path json = dir.resolve("v.json");
        Path md = dir.resolve("v.md");
        Path html = dir.resolve("v.html");
        Run exported = run("versions", url, "--compare", "2", "1", "--lexical", "--json", json.toString(),
                "--markdown", md.toString(), "--html", html.toString());
        assertEquals(0, exported.code(), exported.err());
        JsonNode doc = ContractCheck.assertValid(Files.readString(json));
        Iterator<String> fields = doc.fieldNames();
        assertEquals(List.of("schema", "tool", "version", "edits"), List.of(fields.next(), fields.next(), fields.next(),
                fields.next()));
        JsonNode edits = doc.get("edits");
        assertEquals("Talks collapse after 14 hours", edits.get("headline").get("a").asText()); // 2 against 1
        String textA = doc.get("articles").get(0).get("text").asText();
        JsonNode number = edits.get("numbers").get(0);
        assertEquals("14", number.get("a").get("text").asText());
        assertEquals(textA.substring(number.get("a").get("start").asInt(), number.get("a").get("end").asInt()),
                number.get("a").get("text").asText());
        assertFalse(number.get("agree").asBoolean());
        assertTrue(Files.readString(md).indexOf("Changed between the versions") < Files.readString(md).indexOf("## Overlap"));
        Document page = Jsoup.parse(Files.readString(html));
        assertTrue(page.select("section.edits li").text().contains("Number changed: 14 \u2192 12"));

        // The exports go the way compare's do: - is standard output, one file is never named twice.
        Run toStdout = run("versions", url, "--compare", "2", "1", "--lexical", "--json", "-");
        assertEquals(0, toStdout.code(), toStdout.err());
        assertEquals(1, Json.MAPPER.readTree(toStdout.out()).get("schema").asInt());
        Run twice = run("versions", url, "--compare", "--lexical", "--json", json.toString(), "--html", json.toString());
        assertEquals(2, twice.code());
        assertTrue(twice.err().contains("is named for both --json and --html"), twice.err());
    }

    @Test
    void versionsOfAnUnknownPageAndBadNumbersAreOneLine() {
        Run none = run("versions", site.url("/never"));
        assertEquals(1, none.code());
        assertTrue(none.err().contains("no versions kept of this page yet"), none.err());
        site.html("/one", story("Talks collapse", "12 hours", "There is no deal"));
        run("extract", site.url("/one"));
        Run one = run("versions", site.url("/one"), "--compare", "--lexical");
        assertEquals(1, one.code());
        assertTrue(one.err().contains("only one version is kept"), one.err());
        Run bad = run("versions", site.url("/one"), "--compare", "1", "1");
        assertEquals(1, bad.code()); // only one version: that is said first
        Run flag = run("extract", "--timeout", "0", site.url("/one"));
        assertEquals(2, flag.code());
        assertTrue(flag.err().contains("--timeout must be a number of seconds above 0"), flag.err());
    }
}

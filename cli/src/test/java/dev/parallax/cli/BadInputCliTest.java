package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.TestData;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line meeting a folder of bad input, as a user would: one line per file on stderr that names
 * the file and says what happened, the good article still printed, exit 0 while anything was read and 1
 * when nothing could be; never a stack trace.
 */
class BadInputCliTest {
    @TempDir
    Path dir;

    private Path folder;
    private Path good;

    record Run(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ParallaxCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static void assertNoStackTrace(Run r) {
        for (String stream : List.of(r.out(), r.err())) {
            assertFalse(stream.contains("Exception"), stream);
            assertFalse(stream.contains("\tat "), stream);
            assertFalse(stream.contains("Error:"), stream);
        }
    }

    /** A folder with every kind of bad file, one good article, and a 50 MB log. */
    @BeforeEach
    void badFolder() throws Exception {
        folder = Files.createDirectories(dir.resolve("in"));
        good = Files.copy(TestData.seedA(), folder.resolve("good.txt"));
        Files.writeString(folder.resolve("empty.txt"), "");
        Files.write(folder.resolve("scan.html"), "%PDF-1.7\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(folder.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        // 50 MB as the file system reports it, without writing 50 MB (a sparse file): the size alone decides
        try (RandomAccessFile huge = new RandomAccessFile(folder.resolve("server.log.txt").toFile(), "rw")) {
            huge.setLength(50L * 1024 * 1024);
        }
        Files.createSymbolicLink(folder.resolve("old.txt"), dir.resolve("nowhere.txt"));
        Files.createSymbolicLink(folder.resolve("loop"), folder);
        Process fifo = new ProcessBuilder("mkfifo", folder.resolve("live.txt").toString()).start();
        assumeTrue(fifo.waitFor() == 0, "mkfifo is not available");
    }

    private String line(String file, String reason) {
        return "parallax: " + folder.resolve(file) + ": " + reason;
    }

    private List<String> expectedFailures() {
        return List.of(
                line("live.txt", "not a regular file (a pipe, socket or device); Parallax reads .txt and .html "
                        + "files; skipped"),
                line("loop", "symbolic link loop, skipped"),
                line("old.txt", "a symbolic link to a file that does not exist; skipped"),
                line("empty.txt", "empty file (0 bytes): nothing to read"),
                line("photo.txt", "looks like a PNG image, not an article; Parallax reads plain text and saved HTML pages"),
                line("scan.html", "looks like a PDF document, not an article; Parallax reads plain text and saved HTML pages"),
                line("server.log.txt", "too large for an article (50.0 MB; the limit is 16 MB, raise it with --max-size)"));
    }

    @Test
    void extractPrintsTheGoodArticleAndOneLinePerBadFile() {
        Run r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run("extract", folder.toString()));
        assertEquals(0, r.code(), r.err());
        assertNoStackTrace(r);
        assertEquals(expectedFailures().stream().sorted().toList(), r.errLines().stream().sorted().toList());
        assertTrue(r.out().startsWith("== " + good + " (en)\nTitle: Blinken questions China peace push"), r.out());
    }

    @Test
    void extractJsonListsTheSameErrorsBesideTheArticle() throws Exception {
        Run r = run("extract", "--json", folder.toString());
        assertEquals(0, r.code());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertEquals(1, doc.get("articles").size());
        assertEquals(expectedFailures().size(), doc.get("errors").size());
        for (JsonNode e : doc.get("errors")) {
            assertTrue(expectedFailures().contains("parallax: " + e.asText()), e.asText());
        }
    }

    @Test
    void nothingReadableExitsOneWithAClosingLine() throws IOException {
        Files.delete(good);
        Run r = run("extract", folder.toString());
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertNoStackTrace(r);
        assertEquals(expectedFailures().size() + 1, r.errLines().size(), r.err());
        assertEquals("parallax: nothing could be read (see above)", r.errLines().getLast());
    }

    @Test
    void searchIndexesWhatItCanAndReportsTheRest() {
        Run r = run("search", "Blinken", folder.toString(), "--index", dir.resolve("idx").toString());
        assertEquals(0, r.code(), r.err());
        assertNoStackTrace(r);
        assertEquals(expectedFailures().stream().sorted().toList(), r.errLines().stream().sorted().toList());
        assertTrue(r.out().startsWith("12 hits for Blinken in 1 of 1 article\n"), r.out());
    }

    @Test
    void compareWithOneUnreadableArticleExitsOneAndSaysWhy() {
        Run r = run("compare", good.toString(), folder.resolve("scan.html").toString(), "--lexical",
                "--index", dir.resolve("idx").toString());
        assertEquals(1, r.code());
        assertNoStackTrace(r);
        assertEquals(List.of(line("scan.html", "looks like a PDF document, not an article; Parallax reads plain text "
                        + "and saved HTML pages"),
                "parallax: compare needs two readable articles; only one could be read"), r.errLines());
    }

    @Test
    void aRaisedSizeLimitReadsTheLargeFile() throws IOException {
        Path smaller = folder.resolve("server.log.txt"); // 1.5 MB of log lines: over a 1 MB limit, under 2 MB
        try (OutputStream out = Files.newOutputStream(smaller)) {
            byte[] line = "2024-05-01 12:00:00 INFO request served in 12 ms\n".getBytes(StandardCharsets.UTF_8);
            for (long n = 0; n < 1536L * 1024; n += line.length) {
                out.write(line);
            }
        }
        Run refused = run("extract", "--max-size", "1", smaller.toString());
        assertEquals(1, refused.code());
        assertEquals(List.of(line("server.log.txt", "too large for an article (1.5 MB; the limit is 1 MB, raise it "
                + "with --max-size)"), "parallax: nothing could be read (see above)"), refused.errLines());
        Run read = run("extract", "--max-size", "2", smaller.toString());
        assertEquals(0, read.code(), read.err());
        assertTrue(read.out().contains("request served in 12 ms"));
    }

    @Test
    void anExportThatCannotBeWrittenIsOneLineAndTheOthersAreWrittenWhole() throws IOException {
        Path json = Files.writeString(dir.resolve("c.json"), "the previous export");
        Path html = dir.resolve("no-such-folder").resolve("c.html");
        Run r = run("compare", good.toString(), TestData.seedB().toString(), "--lexical", "--json", json.toString(),
                "--html", html.toString(), "--index", dir.resolve("idx").toString());
        assertEquals(2, r.code());
        assertNoStackTrace(r);
        assertEquals(List.of("parallax: wrote " + json, "parallax: Cannot write " + html + ": the folder "
                + html.getParent() + " does not exist"), r.errLines());
        assertTrue(Files.readString(json).startsWith("{"), "the JSON export replaced the old file whole");
        try (var left = Files.list(dir)) {
            assertFalse(left.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void damagedUtf8IsReadWithAWarningLine() throws IOException {
        byte[] bytes = Files.readAllBytes(good);
        bytes[bytes.length / 2] = (byte) 0xFF;
        Path damaged = Files.write(folder.resolve("damaged.txt"), bytes);
        Run r = run("extract", damaged.toString());
        assertEquals(0, r.code());
        assertEquals(List.of("parallax: warning: " + damaged + ": 1 byte is not valid UTF-8 and shows as \uFFFD; "
                + "the file may be damaged or in another encoding"), r.errLines());
        assertTrue(r.out().contains("\uFFFD"));
        Run searched = run("search", "Blinken", damaged.toString(), "--index", dir.resolve("idx").toString());
        assertTrue(searched.errLines().contains("parallax: warning: " + damaged + ": 1 byte is not valid UTF-8 and "
                + "shows as \uFFFD; the file may be damaged or in another encoding"), searched.err());
    }
}

package dev.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.TestData;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleLoaderTest {
    @TempDir
    Path dir;

    private final ArticleLoader loader = new ArticleLoader();

    private String reason(Path p) {
        return assertInstanceOf(LoadResult.Failed.class, loader.loadFile(p)).reason();
    }

    @Test
    void emptyFileGivesAClearReason() throws IOException {
        Path p = Files.writeString(dir.resolve("empty.txt"), "");
        assertEquals("empty file (0 bytes): nothing to read", reason(p));
    }

    @Test
    void binaryFilesAreNamedForWhatTheyAre() throws IOException {
        Path pdf = Files.write(dir.resolve("a.txt"), "%PDF-1.7\n%\u00e2\u00e3".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(reason(pdf).contains("PDF"));
        Path png = Files.write(dir.resolve("b.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        assertTrue(reason(png).contains("PNG"));
        Path zip = Files.write(dir.resolve("c.txt"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});
        assertTrue(reason(zip).contains("ZIP"));
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        Path bin = Files.write(dir.resolve("d.txt"), noise);
        assertTrue(reason(bin).contains("binary"));
    }

    @Test
    void fileOverTheLimitIsRefusedWithoutBeingRead() throws IOException {
        Path big = dir.resolve("big.txt");
        try (OutputStream out = Files.newOutputStream(big)) {
            byte[] line = "All work and no play makes a long text that no article ever is.\n".getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        String why = reason(big);
        assertTrue(why.startsWith("too large for an article (50.0 MB"), why);
    }

    @Test
    void missingFileAndDirectoryWithoutArticlesAreReported() {
        assertEquals("no such file; check the name and the folder", reason(dir.resolve("nope.txt")));
        List<LoadResult> results = loader.load(List.of(dir));
        assertEquals(1, results.size());
        assertTrue(((LoadResult.Failed) results.getFirst()).reason().contains("no .txt or .html"));
    }

    @Test
    void folderWithAnUnreadableFileStillLoadsTheOthers() throws IOException {
        Files.copy(TestData.seedA(), dir.resolve("a.txt"));
        Files.copy(TestData.seedB(), dir.resolve("b.txt"));
        Path locked = Files.writeString(dir.resolve("c.txt"), "Some text that cannot be read by anyone.");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Files.writeString(dir.resolve("empty.txt"), "");
        List<LoadResult> results = loader.load(List.of(dir));
        long loaded = results.stream().filter(r -> r instanceof LoadResult.Loaded).count();
        assertEquals(2 + (Files.isReadable(locked) ? 1 : 0), loaded); // root reads anything
        assertTrue(results.stream().anyMatch(r -> r instanceof LoadResult.Failed f && f.reason().startsWith("empty file")));
    }

    @Test
    void symlinkLoopsAreReportedNotFollowedForever() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.copy(TestData.seedA(), sub.resolve("a.txt"));
        Files.createSymbolicLink(sub.resolve("loop"), dir);
        List<LoadResult> results = loader.load(List.of(dir));
        assertTrue(results.stream().anyMatch(r -> r instanceof LoadResult.Failed f && f.reason().contains("loop")));
        assertEquals(1, results.stream().filter(r -> r instanceof LoadResult.Loaded).count());
    }

    @Test
    void gzippedHtmlIsReadAsHtml() throws IOException {
        Path gz = dir.resolve("page.html.gz");
        String html = "<html><head><title>Gzip page</title></head><body><article><p>"
                + "The mayor opened the new bridge on Monday, two years after work on it began. ".repeat(3)
                + "</p></article></body></html>";
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(html.getBytes(StandardCharsets.UTF_8));
        }
        LoadResult.Loaded l = assertInstanceOf(LoadResult.Loaded.class, loader.loadFile(gz));
        assertTrue(l.article().text().startsWith("The mayor opened"));
    }

    @Test
    void textFileThatIsReallyHtmlIsReadAsHtml() throws IOException {
        Path p = Files.writeString(dir.resolve("saved.txt"), "<!DOCTYPE html><html><body><p>"
                + "The museum reopened its doors to visitors on Sunday after a long renovation. ".repeat(3)
                + "</p></body></html>");
        LoadResult.Loaded l = assertInstanceOf(LoadResult.Loaded.class, loader.loadFile(p));
        assertTrue(!l.article().text().contains("<p>"));
    }
}

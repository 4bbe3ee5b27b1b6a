package dev.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallax.TestData;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.parallax.article.Article;

/**
 * Bad input read from real files: every case gives one reason that says what happened and what to do, and
 * the good files beside it still load.
 */
class BadInputTest {
    @TempDir
    Path dir;

    private final ArticleLoader loader = new ArticleLoader();

    private static final String STORY = "The council approved the new budget on Monday after a long debate. "
            + "\"We have done what we promised,\" the mayor said after the vote.\n";

    private String reason(Path p) {
        return assertInstanceOf(LoadResult.Failed.class, loader.loadFile(p)).reason();
    }

    /** Every result of loading the folder, by file name: the article's first words, or the reason it failed. */
    private Map<String, String> outcomes(List<LoadResult> results) {
        Map<String, String> out = new TreeMap<>();
        for (LoadResult r : results) {
            String name = r.path().getFileName().toString();
            out.put(name, switch (r) {
                case LoadResult.Loaded l -> "loaded: " + l.article().text().substring(0, 20);
                case LoadResult.Failed f -> f.reason();
            });
        }
        return out;
    }

    private void mkfifo(Path p) throws Exception {
        Process mk = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
        assumeTrue(mk.waitFor() == 0 && Files.exists(p), "mkfifo is not available here");
    }

    @Test
    void emptyAndBlankFilesSayThereIsNothingToRead() throws IOException {
        assertEquals("empty file (0 bytes): nothing to read", reason(Files.writeString(dir.resolve("e.txt"), "")));
        assertEquals("holds only white space: nothing to read",
                reason(Files.writeString(dir.resolve("w.txt"), " \n\t\r\n  \u00A0\n")));
        assertEquals("empty file (0 bytes): nothing to read", reason(Files.writeString(dir.resolve("e.html"), "")));
    }

    @Test
    void binaryFormatsAreNamedWhateverTheFileIsCalled() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        files.put("image.txt", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'});
        files.put("anim.html", "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1));
        files.put("program.txt", "\u007FELF\u0002\u0001\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1));
        files.put("report.htm", "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\n".getBytes(StandardCharsets.ISO_8859_1));
        files.put("document.txt", new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0});
        files.put("packed.txt", new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0, 0, 3});
        Map<String, String> expected = Map.of(
                "image.txt", "a JPEG image", "anim.html", "a GIF image", "program.txt", "a program (ELF binary)",
                "report.htm", "a PDF document", "document.txt", "a ZIP archive (or a Word/OpenDocument file)",
                "packed.txt", "gzip-compressed data (name it .html.gz or unpack it)");
        for (var e : files.entrySet()) {
            String why = reason(Files.write(dir.resolve(e.getKey()), e.getValue()));
            assertEquals("looks like " + expected.get(e.getKey())
                    + ", not an article; Parallax reads plain text and saved HTML pages", why);
        }
    }

    @Test
    void aCompressedPageThatGrowsPastTheLimitIsStoppedWhileUnpacking() throws IOException {
        Path bomb = dir.resolve("page.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 20; i++) {
                out.write(zeros); // 20 MB of zeros: a few kilobytes on disk
            }
        }
        assertTrue(Files.size(bomb) < 100_000);
        assertEquals("too large once decompressed (over 16 MB; raise the limit with --max-size)", reason(bomb));
    }

    /**
     * A named pipe (FIFO) with no writer: opening it for reading would block for ever. Given directly or met
     * in a folder it is skipped at once with a message, and the folder's articles still load.
     */
    @Test
    void aPipeNamedLikeAnArticleIsSkippedWithoutWaitingForAWriter() throws Exception {
        Path fifo = dir.resolve("feed.txt");
        mkfifo(fifo);
        Files.writeString(dir.resolve("story.txt"), STORY);
        String special = "not a regular file (a pipe, socket or device); Parallax reads .txt and .html files";
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            assertEquals(special, reason(fifo));
            assertEquals(Map.of("feed.txt", special + "; skipped", "story.txt", "loaded: The council approved"),
                    outcomes(loader.load(List.of(dir))));
        });
    }

    @Test
    void brokenSymbolicLinksAreReportedNotSilentlyDropped() throws IOException {
        Files.createSymbolicLink(dir.resolve("moved.txt"), dir.resolve("gone/elsewhere.txt"));
        Files.writeString(dir.resolve("story.txt"), STORY);
        assertEquals("a symbolic link to a file that does not exist", reason(dir.resolve("moved.txt")));
        assertEquals(Map.of("moved.txt", "a symbolic link to a file that does not exist; skipped",
                "story.txt", "loaded: The council approved"), outcomes(loader.load(List.of(dir))));
    }

    /**
     * Sessions run as root, for whom file permissions do not apply, so "permission denied" cannot be made
     * here. What is real: a file the kernel refuses to read for anyone. Reading /proc/self/mem at offset 0
     * (unmapped memory) fails with an I/O error; a link named like an article leads the loader there.
     */
    @Test
    void aFileTheSystemRefusesToReadGivesTheSystemsReasonAndTheOthersLoad() throws IOException {
        Path mem = Path.of("/proc/self/mem");
        assumeTrue(Files.isRegularFile(mem), "no /proc file system");
        Files.createSymbolicLink(dir.resolve("refused.txt"), mem);
        Files.writeString(dir.resolve("story.txt"), STORY);
        String why = "cannot be read (Input/output error); check the disk, or copy the file elsewhere and open the copy";
        assertEquals(why, reason(dir.resolve("refused.txt")));
        assertEquals(Map.of("refused.txt", why, "story.txt", "loaded: The council approved"),
                outcomes(loader.load(List.of(dir))));
    }

    @Test
    void aFolderGivenAsAFileAndAMissingFileSayWhatToDo() throws IOException {
        Path folderNamedLikeAFile = Files.createDirectory(dir.resolve("notes.txt"));
        assertEquals("a folder, not a file; open it as a folder", reason(folderNamedLikeAFile));
        assertEquals("no such file; check the name and the folder", reason(dir.resolve("nope.txt")));
        // given to load(), the folder is opened as a folder and said to be empty
        assertEquals(Map.of("notes.txt", "folder holds no .txt or .html files"),
                outcomes(loader.load(List.of(folderNamedLikeAFile))));
    }

    /**
     * A file listed in the folder, then deleted before its turn to be read (another program cleaning up). The
     * progress hook runs just before each file is read, which makes the race deterministic: reading the
     * first file deletes the second.
     */
    @Test
    void aFileDeletedAfterTheFolderWasListedIsReportedAndTheRestLoads() throws IOException {
        for (String name : List.of("a.txt", "b.txt", "c.txt")) {
            Files.writeString(dir.resolve(name), STORY);
        }
        List<String> seen = new ArrayList<>();
        List<LoadResult> results = loader.load(List.of(dir), (file, done, total) -> {
            seen.add(file.getFileName() + " " + done + "/" + total);
            if (done == 0) {
                try {
                    Files.delete(dir.resolve("b.txt"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        assertEquals(List.of("a.txt 0/3", "b.txt 1/3", "c.txt 2/3"), seen);
        assertEquals(Map.of("a.txt", "loaded: The council approved",
                "b.txt", "disappeared before it could be read (deleted or moved meanwhile); skipped",
                "c.txt", "loaded: The council approved"), outcomes(results));
    }

    @Test
    void aFolderOfTenThousandFilesLoadsEveryOne() throws IOException {
        Path big = Files.createDirectories(dir.resolve("many"));
        for (int i = 0; i < 10_000; i++) {
            Path sub = Files.createDirectories(big.resolve(String.format("%02d", i % 100)));
            Files.writeString(sub.resolve(String.format("%05d.txt", i)), "Report " + i + "\n\n"
                    + "The committee counted " + i + " replies to the consultation by Friday.\n");
        }
        List<LoadResult> results = loader.load(List.of(big));
        assertEquals(10_000, results.size());
        for (LoadResult r : results) {
            LoadResult.Loaded l = assertInstanceOf(LoadResult.Loaded.class, r, r::toString);
            String number = l.path().getFileName().toString().replaceFirst("^0*(\\d+)\\.txt$", "$1");
            assertEquals("The committee counted " + number + " replies to the consultation by Friday.",
                    l.article().text(), l.path().toString());
        }
        List<Path> order = results.stream().map(LoadResult::path).toList();
        assertEquals(order.stream().sorted().toList(), order, "files come in path order");
    }

    @Test
    void aFolderWithMoreFilesThanTheLimitSaysHowManyWereLeftOut() throws IOException {
        for (int i = 0; i < 12; i++) {
            Files.writeString(dir.resolve("f" + i + ".txt"), STORY);
        }
        List<LoadResult> results = new ArticleLoader(ArticleLoader.DEFAULT_MAX_BYTES, 10).load(List.of(dir));
        assertEquals(10, results.stream().filter(r -> r instanceof LoadResult.Loaded).count());
        List<String> failures = results.stream().filter(r -> r instanceof LoadResult.Failed)
                .map(r -> ((LoadResult.Failed) r).reason()).toList();
        assertEquals(List.of("holds more than 10 article files; 2 were left out (open a smaller folder)"), failures);
    }

    @Test
    void symbolicLinkLoopsAreReportedOnceAndTheFolderStillLoads() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.copy(TestData.seedA(), sub.resolve("a.txt"));
        Files.createSymbolicLink(sub.resolve("back"), dir);
        Files.createSymbolicLink(sub.resolve("self"), sub);
        Map<String, String> got = outcomes(loader.load(List.of(dir)));
        assertEquals(Map.of("a.txt", "loaded: US Secretary of Stat", "back", "symbolic link loop, skipped",
                "self", "symbolic link loop, skipped"), got);
    }

    /** Terminal escape sequences in an article (ESC, BEL, C1 controls) would drive the terminal it is printed on. */
    @Test
    void controlCharactersNeverReachTheArticle() throws IOException {
        String prose = "The talks went on late into the night, and both delegations said they would meet again. ";
        String text = "Title\u001b]0;owned\u0007 here\n\n" + prose.repeat(3) + "The minister\u001b[2J\u001b[31m said "
                + "\u009b31m nothing new on Tuesday.\u0008\n";
        Path p = Files.writeString(dir.resolve("esc.txt"), text);
        Article a = assertInstanceOf(LoadResult.Loaded.class, loader.loadFile(p)).article();
        assertEquals("Title]0;owned here", a.title());
        assertEquals(prose.repeat(3) + "The minister[2J[31m said 31m nothing new on Tuesday.", a.text());
        Path html = Files.writeString(dir.resolve("esc.html"), "<html><head><title>T&#27;[31m</title></head><body>"
                + "<article><p>The minister said&#27;]0;x&#7; nothing new on Tuesday, officials confirmed later.</p>"
                + "</article><footer>Copyright&#27;[5m 2024</footer></body></html>");
        Article h = assertInstanceOf(LoadResult.Loaded.class, loader.loadFile(html)).article();
        String all = h.title() + h.text() + String.join("", h.removed());
        assertFalse(all.chars().anyMatch(c -> c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F), all);
        assertTrue(h.text().contains("The minister said]0;x nothing new"), h.text());
    }

    @Test
    void aFileNameWithControlCharactersIsShownEscapedInMessages() throws IOException {
        // The right-to-left override only where the platform can name such a file (not in the C locale).
        boolean unicodeNames = java.nio.charset.Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"))
                .newEncoder().canEncode('\u202E');
        String name = unicodeNames ? "x\u001b[31mred\u202Etxt.txt" : "x\u001b[31mred\u0007txt.txt";
        Path odd = Files.writeString(dir.resolve(name), "");
        LoadResult.Failed f = assertInstanceOf(LoadResult.Failed.class, loader.loadFile(odd));
        String shown = unicodeNames ? "x\\u001B[31mred\\u202Etxt.txt" : "x\\u001B[31mred\\u0007txt.txt";
        assertTrue(f.message().endsWith(shown + ": empty file (0 bytes): nothing to read"), f.message());
    }
}

package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File names and titles holding ESC, BEL, CR/LF, NUL-like controls, a right-to-left override and
 * zero-width characters, through every command: nothing of them reaches the terminal raw, a name never
 * spans two lines, and Markdown table rows stay one row each with their columns.
 */
class TerminalTextTest {
    /** Characters that must never be printed raw: C0 but the line feed, DEL, C1, separators, bidi, zero-width. */
    private static final String HOSTILE_NAME = "a\u001b]0;owned\u0007\u001b[31mred\r\nparallax: wrote forged\u202Etxt.exe\u200b";

    @TempDir
    Path dir;
    private Path a;
    private Path b;
    private Path index;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    static void assertInert(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad = (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
                    || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200B'
                    || c == '\uFEFF';
            assertFalse(bad, () -> String.format("raw U+%04X at %d in:%n%s", (int) c, text.indexOf(c), text));
        }
        assertFalse(text.lines().anyMatch(l -> l.startsWith("parallax: wrote forged")), text);
    }

    @BeforeEach
    void hostileFiles() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        String seedA = Files.readString(TestData.seedA());
        String seedB = Files.readString(TestData.seedB());
        // A title with an override, zero-width and controls (as character references: they decode to controls)
        a = folder.resolve(HOSTILE_NAME + "-a.html");
        Files.writeString(a, "<html><head><title>Flood \u202Ewarning\u200b &#27;[2J&#7; report</title></head><body><article>"
                + seedA.lines().filter(l -> !l.isBlank()).map(l -> "<p>" + l.replace("&", "&amp;").replace("<", "&lt;") + "</p>")
                .reduce("", String::concat) + "</article></body></html>");
        b = folder.resolve(HOSTILE_NAME + "-b.txt");
        Files.writeString(b, "Second \u2066report\u200b\n\n" + seedB);
        index = dir.resolve("index");
    }

    @Test
    void extractPrintsNamesAndTitlesEscaped() {
        CliRun r = run("extract", a.getParent().toString());
        assertEquals(0, r.code(), r.err());
        assertInert(r.out());
        assertInert(r.err());
        assertTrue(r.out().contains("\\u001B]0;owned\\u0007\\u001B[31mred\\u000D\\u000Aparallax: wrote forged\\u202Etxt.exe\\u200B"),
                r.out());
        assertTrue(r.out().contains("Title: Flood \\u202Ewarning"), r.out());
        CliRun json = run("extract", "--json", a.getParent().toString());
        assertInert(json.out());
        assertTrue(json.out().contains("\\u202E"), json.out());
    }

    @Test
    void compareSummaryAndWroteLinesAreInert() throws Exception {
        CliRun summary = run("compare", "--lexical", "--index", index.toString(), a.toString(), b.toString());
        assertEquals(0, summary.code(), summary.err());
        assertInert(summary.out());
        assertInert(summary.err());
        assertTrue(summary.out().contains("Flood \\u202Ewarning"), summary.out());

        Path md = dir.resolve("out" + "\u001b[31m\u202e.md");
        CliRun export = run("compare", "--lexical", "--index", index.toString(), a.toString(), b.toString(),
                "--markdown", md.toString());
        assertEquals(0, export.code(), export.err());
        assertInert(export.err());
        assertTrue(export.err().contains("parallax: wrote " + dir + "/out\\u001B[31m\\u202E.md"), export.err());
        String markdown = Files.readString(md);
        assertInert(markdown);
        // the report table: a header, its rule and one row per article, each with the header's six cells
        List<String> rows = markdown.lines().dropWhile(l -> !l.startsWith("| | Report")).takeWhile(l -> l.startsWith("|")).toList();
        assertEquals(4, rows.size(), markdown);
        for (String row : rows) {
            assertEquals(7, row.replace("\\|", "").chars().filter(ch -> ch == '|').count(), row);
        }
        assertTrue(rows.get(2).contains("Flood \\\\u202Ewarning"), rows.get(2));
    }

    @Test
    void searchHitLinesAreInert() {
        CliRun r = run("search", "--index", index.toString(), "Ukraine", a.toString(), b.toString());
        assertEquals(0, r.code(), r.err());
        assertInert(r.out());
        assertInert(r.err());
        assertTrue(r.out().contains("\\u202Etxt.exe"), r.out());
        CliRun json = run("search", "--json", "--index", index.toString(), "Ukraine", a.toString(), b.toString());
        assertInert(json.out());
    }

    @Test
    void failureLinesAreInert() {
        CliRun r = run("extract", dir.resolve(HOSTILE_NAME + "-missing.txt").toString());
        assertEquals(1, r.code());
        assertInert(r.err());
        assertTrue(r.err().contains("\\u202Etxt.exe\\u200B-missing.txt: no such file"), r.err());
    }
}

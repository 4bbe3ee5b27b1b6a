package dev.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.compare.Comparer;
import dev.parallax.compare.Comparison;
import dev.parallax.export.Exports;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.parallax.article.AnalyzedArticle;
import dev.parallax.article.Article;

/** JSON-LD values of the wrong type, a stray NUL, U+2029, and a body taken from hidden structured data. */
class TextEdgeCasesTest {
    private static final String PARAGRAPH = "The river rose four metres overnight and the town council opened "
            + "two shelters for families from the lower streets, officials said on Tuesday. ";

    @TempDir
    Path dir;

    private Article load(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        LoadResult r = new ArticleLoader().loadFile(file);
        return assertInstanceOf(LoadResult.Loaded.class, r, r.toString()).article();
    }

    private Article load(String name, String text) throws Exception {
        return load(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void jsonLdValuesOfTheWrongTypeAreAbsent() throws Exception {
        String page = "<html><head><title>Flood in the valley</title><script type=\"application/ld+json\">"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Flood in the valley\",\"author\":{\"name\":null},"
                + "\"datePublished\":1e999,\"publisher\":{\"name\":false},\"url\":true}</script></head><body><article>"
                + ("<p>" + PARAGRAPH + "</p>").repeat(3) + "</article></body></html>";
        Article a = load("types.html", page);
        for (String field : new String[] {a.metadata().byline(), a.metadata().date(), a.metadata().publisher(),
                a.metadata().url()}) {
            assertTrue(field == null || !field.matches("(?i)null|infinity|false|true"), a.metadata().toString());
        }
        assertNull(a.metadata().date(), a.metadata().toString());
    }

    @Test
    void oneNulByteDoesNotMakeAPageBinary() throws Exception {
        String page = "<html><head><title>Flood</title></head><body><article>" + ("<p>" + PARAGRAPH + "</p>").repeat(8)
                + "</article></body></html>";
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        bytes[page.indexOf("four")] = 0; // one damaged byte inside the text
        Article a = load("nul.html", bytes);
        assertFalse(a.text().contains("\u0000"));
        assertTrue(a.text().contains("river rose"), a.text());

        byte[] zeros = new byte[4096]; // a file of zeros stays binary
        Files.write(dir.resolve("zeros.html"), zeros);
        LoadResult r = new ArticleLoader().loadFile(dir.resolve("zeros.html"));
        assertInstanceOf(LoadResult.Failed.class, r);
        assertTrue(((LoadResult.Failed) r).reason().contains("binary"), r.toString());
    }

    @Test
    void paragraphSeparatorEndsAParagraph() throws Exception {
        Article txt = load("p.txt", "Flood in the valley\n\n" + PARAGRAPH + "\u2029" + PARAGRAPH.replace("river", "stream"));
        assertEquals(2, txt.blocks().size(), txt.text());
        Article html = load("p.html", "<html><body><article><p>" + PARAGRAPH + "\u2029" + PARAGRAPH.replace("river", "stream")
                + "</p><p>" + PARAGRAPH.replace("river", "lake") + "</p></article></body></html>");
        assertEquals(3, html.blocks().size(), html.text());
        assertFalse(html.text().contains("\u2029"));
    }

    @Test
    void aBodyTakenFromHiddenDataIsSaidInNoticesAndExports() throws Exception {
        String hidden = (PARAGRAPH + "\\n").repeat(12);
        String page = "<html><head><title>Flood</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Flood\",\"articleBody\":\"" + hidden + "\"}</script></head><body><article>"
                + "<p>Subscribe to read the whole story about the river.</p></article></body></html>";
        Path file = dir.resolve("paywall.html");
        Files.writeString(file, page);
        LoadResult.Loaded loaded = assertInstanceOf(LoadResult.Loaded.class, new ArticleLoader().loadFile(file));
        Article a = loaded.article();
        assertTrue(a.text().length() > 1000, a.text());
        assertEquals(1, a.notices().size(), a.notices().toString());
        assertTrue(a.notices().getFirst().contains("hidden structured data (JSON-LD articleBody) is used instead"),
                a.notices().toString());
        assertTrue(loaded.warning().startsWith(file + ": the page shows "), loaded.warning());

        Article plain = load("plain.txt", "Flood\n\n" + PARAGRAPH.repeat(4));
        assertTrue(plain.notices().isEmpty());
        Comparison c = new Comparer(null).compare(AnalyzedArticle.of(a), AnalyzedArticle.of(plain));
        for (Exports.Format f : Exports.Format.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Exports.body(c, f).writeTo(out);
            String export = out.toString(StandardCharsets.UTF_8);
            assertTrue(export.contains("JSON-LD articleBody"), f + ":\n" + export);
        }
    }
}

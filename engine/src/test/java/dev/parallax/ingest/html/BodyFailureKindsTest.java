package dev.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.ingest.extract.BodyBlock;
import dev.parallax.ingest.extract.Extraction;
import dev.parallax.ingest.html.ArticleFinder;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The five ways a body went wrong on world news pages (issue 18), each on a page built here. */
class BodyFailureKindsTest {
    private final ArticleFinder extractor = new ArticleFinder();

    private static final String NAV = "<header><nav><a href='/'>Home</a> <a href='/world'>World</a> "
            + "<a href='/sport'>Sport</a></nav></header>";
    private static final String FOOT = "<footer><p>© 2024 The Daily Tide. All rights reserved.</p></footer>";

    private static String para(int i) {
        return "Paragraph " + i + " of the report says the harbour authority will reopen the northern quay next "
                + "month, after engineers finished the repairs that the storm of last winter made necessary for ships.";
    }

    private static String body(Extraction e) {
        return e.body().stream().map(BodyBlock::text).collect(Collectors.joining("\n"));
    }

    private static String page(String head, String main) {
        return "<html><head><title>Quay reopens | The Daily Tide</title>" + head + "</head><body>" + NAV
                + "<main>" + main + "</main>" + FOOT + "</body></html>";
    }

    @Test
    void textOnlyInHydrationDataIsTakenFromThereWithANote() {
        StringBuilder paras = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            paras.append(i > 1 ? "," : "").append("{\"type\":\"paragraph\",\"text\":\"").append(para(i)).append("\"}");
        }
        String data = "{\"props\":{\"pageProps\":{\"story\":{\"headline\":\"Quay reopens\",\"teaser\":\"The quay reopens.\","
                + "\"blocks\":[" + paras + "]},\"menu\":[{\"label\":\"Home\"},{\"label\":\"World\"}]}}}";
        Extraction e = extractor.extract(page("", "<article><h1>Quay reopens</h1><p>" + para(1) + "</p>"
                + "<div class='paywall'>Subscribe to read more</div></article>"
                + "<script id='__NEXT_DATA__' type='application/json'>" + data + "</script>"), null);
        String body = body(e);
        for (int i = 1; i <= 6; i++) {
            assertTrue(body.contains("Paragraph " + i + " of the report"), body);
        }
        assertFalse(body.contains("Home"), body);
        assertTrue(e.notices().stream().anyMatch(n -> n.contains("script data")), e.notices().toString());
    }

    @Test
    void textInWindowStateAndInJsonLdArticleBody() {
        StringBuilder paras = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            paras.append(i > 1 ? "," : "").append("\"<p>").append(para(i)).append("</p>\"");
        }
        Extraction e = extractor.extract(page("", "<div id='root'><h1>Quay reopens</h1><p>Loading…</p></div>"
                + "<script>window.__INITIAL_STATE__ = {\"article\":{\"content\":[" + paras + "]}};</script>"), null);
        assertTrue(body(e).contains("Paragraph 5 of the report"), body(e));
        assertEquals(5, e.body().size(), body(e));

        String ld = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Quay reopens\","
                + "\"articleBody\":\"" + para(1) + "\\n" + para(2) + "\\n" + para(3) + "\"}</script>";
        Extraction l = extractor.extract(page(ld, "<article><h1>Quay reopens</h1><p>The quay reopens.</p></article>"), null);
        assertTrue(body(l).contains("Paragraph 3 of the report"), body(l));
        assertTrue(l.notices().stream().anyMatch(n -> n.contains("JSON-LD")), l.notices().toString());
    }

    @Test
    void aHiddenContinuationIsKept() {
        for (String hide : new String[] {"hidden", "aria-hidden='true'", "style='display:none'",
                "class='read-more-content collapsed'"}) {
            Extraction e = extractor.extract(page("", "<article><h1>Quay reopens</h1><div class='article-body'><p>"
                    + para(1) + "</p><p>" + para(2) + "</p><div " + hide + "><p>" + para(3) + "</p><p>" + para(4)
                    + "</p></div><button>Read more</button></div></article>"), null);
            String body = body(e);
            assertTrue(body.contains("Paragraph 4 of the report"), hide + ": " + body);
            assertFalse(body.contains("Read more"), body);
        }
    }

    @Test
    void shortLinesInsideTheBodyStay() {
        Extraction e = extractor.extract(page("", "<article><h1>Quay reopens</h1><div class='article-body'>"
                + "<p>PORTSMOUTH —</p><p>" + para(1) + "</p><p>It took a year.</p><p>Q: Why so long?</p>"
                + "<p>A: The steel came late in 2023.</p><p>" + para(2) + "</p><p>Nobody was hurt.</p></div></article>"), null);
        String body = body(e);
        for (String line : new String[] {"PORTSMOUTH —", "It took a year.", "Q: Why so long?",
                "A: The steel came late in 2023.", "Nobody was hurt."}) {
            assertTrue(body.contains(line), line + " missing: " + body);
        }
    }

    @Test
    void bodySplitAroundAGalleryVideoAndAdvertIsKeptWhole() {
        StringBuilder main = new StringBuilder("<article><h1>Quay reopens</h1><div class='wrap'>");
        main.append("<div class='story-text'><p>").append(para(1)).append("</p></div>");
        main.append("<div class='gallery'><figure><img src='a.jpg'><figcaption>The quay at dawn</figcaption></figure></div>");
        main.append("<div class='story-text'>");
        for (int i = 2; i <= 8; i++) {
            main.append("<p>").append(para(i)).append("</p>");
        }
        main.append("</div><div class='ad-slot'>Advertisement</div><div class='video-player'><p>Watch: the quay</p></div>");
        main.append("<div class='story-text'>");
        for (int i = 9; i <= 13; i++) {
            main.append("<p>").append(para(i)).append("</p>");
        }
        main.append("</div></div></article><aside class='related'><p>Related: ferry fares rise</p></aside>");
        Extraction e = extractor.extract(page("", main.toString()), null);
        String body = body(e);
        for (int i = 1; i <= 13; i++) {
            assertTrue(body.contains("Paragraph " + i + " of the report"), i + " missing: " + body);
        }
        assertFalse(body.contains("Advertisement") || body.contains("Related: ferry"), body);
    }

    /** The larger part first: no ancestor holds twice its prose, so only the siblings' likeness joins them. */
    @Test
    void aShortLastPartAfterAnAdvertIsKept() {
        StringBuilder main = new StringBuilder("<article><h1>Quay reopens</h1><div class='wrap'><div class='body-part'>");
        for (int i = 1; i <= 10; i++) {
            main.append("<p>").append(para(i)).append("</p>");
        }
        main.append("</div><div class='ad-slot'>Advertisement</div><div class='related'><p>Related: ferry fares rise</p>");
        for (int k = 1; k <= 12; k++) {
            main.append("<div class='card'><h3><a href='/s").append(k).append("'>Another story number ").append(k)
                    .append(" about the island and its ferries</a></h3><p>A summary of another story that readers may ")
                    .append("like, about the island, its ferries and the people who take them every day.</p></div>");
        }
        main.append("</div><div class='body-part'><p>").append(para(11)).append("</p><p>").append(para(12))
                .append("</p></div><div class='newsletter'><p>Sign up for our newsletter</p></div></div></article>");
        Extraction e = extractor.extract(page("", main.toString()), null);
        String body = body(e);
        assertTrue(body.contains("Paragraph 12 of the report"), body);
        assertFalse(body.contains("Advertisement") || body.contains("Related: ferry") || body.contains("Sign up")
                || body.contains("Another story"), body);
    }

    @Test
    void theNextArticleOfAnEndlessScrollPageIsNotAppended() {
        StringBuilder main = new StringBuilder("<div class='stream'><article><h1>Quay reopens</h1><p class='byline'>By Ann Lee"
                + "</p><div class='article-body'>");
        for (int i = 1; i <= 4; i++) {
            main.append("<p>").append(para(i)).append("</p>");
        }
        main.append("</div></article><article><h1>Ferry fares rise again</h1><p class='byline'>By Bo Park</p>"
                + "<div class='article-body'>");
        for (int i = 1; i <= 6; i++) {
            main.append("<p>Next story paragraph ").append(i).append(" tells how the ferry company raised its fares for ")
                    .append("the third time this year, and how travellers on the island reacted to the news.</p>");
        }
        main.append("</div></article></div>");
        Extraction e = extractor.extract(page("", main.toString()), null);
        String body = body(e);
        assertTrue(body.contains("Paragraph 4 of the report"), body);
        assertFalse(body.contains("Next story paragraph"), body);
        assertEquals("Quay reopens", e.title());

        String marked = page("", "<div class='article-body'><p>" + para(1) + "</p><p>" + para(2) + "</p>"
                + "<div class='next-article'>Next article</div><h2>Ferry fares rise again</h2><p>Next story paragraph 1 tells "
                + "how the ferry company raised its fares for the third time this year, and how travellers reacted.</p>"
                + "<p>Next story paragraph 2 tells how the ferry company raised its fares for the third time this year, "
                + "and how travellers reacted.</p></div>");
        assertFalse(body(extractor.extract(marked, null)).contains("Next story paragraph"), body(extractor.extract(marked, null)));
    }
}

package dev.parallax.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.compare.Comparison;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ComparisonHtmlTest {
    private static Comparison seeds;
    private static Comparison hostile;
    private static Document seedDoc;
    private static Document hostileDoc;
    private static String hostileHtml;

    @BeforeAll
    static void render() {
        seeds = SeedComparison.build();
        hostile = SeedComparison.hostile();
        seedDoc = Jsoup.parse(ComparisonHtml.render(seeds));
        hostileHtml = ComparisonHtml.render(hostile);
        hostileDoc = Jsoup.parse(hostileHtml);
    }

    @Test
    void articleMarkupShowsAsTextAndNothingCanRun() {
        assertTrue(hostileDoc.select("script").isEmpty(), "no script element");
        assertTrue(hostileDoc.select("img, iframe, textarea, object, embed, link, base, form, b, i").isEmpty(),
                "no element from the article text");
        assertEquals(1, hostileDoc.select("style").size(), "only our own style sheet");
        for (Element e : hostileDoc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().strip().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on"), "event handler attribute " + a + " on " + e.tagName());
                assertFalse(value.contains("javascript:"), "javascript URL in " + a + " on " + e.tagName());
                if (name.equals("href")) {
                    assertTrue(value.startsWith("#"), "only in-page links: " + a);
                }
                assertFalse(name.equals("src") || name.equals("srcset") || name.equals("action"), a.toString());
            }
        }
        String text = hostileDoc.body().text();
        assertTrue(text.contains("Officials said <script>alert(1)</script> was found"), "shown as text");
        assertTrue(text.contains("A reader wrote </textarea><script>alert('x')</script> in the form"));
        assertTrue(text.contains("Image: <img src=x onerror=alert(1)> and a link javascript:alert(document.cookie)"));
        assertTrue(text.contains("<i onclick=alert(1)>Evil</i>"), "the speaker too");
        assertTrue(hostileDoc.title().contains("<script>alert('title')</script> Breaking | News"));
        assertFalse(hostileHtml.contains("<script"), "not even inside the raw file");
        assertTrue(hostileHtml.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void noNetworkReferencesAndAPolicyThatForbidsScripts() {
        for (Document doc : new Document[] {seedDoc, hostileDoc}) {
            Element csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]");
            assertNotNull(csp);
            assertTrue(csp.attr("content").startsWith("default-src 'none'"));
            String css = doc.selectFirst("style").data();
            assertFalse(css.contains("url("), "no fetched resources in the style sheet");
            assertFalse(css.contains("@import"));
            assertFalse(css.contains("@font-face"));
            assertTrue(css.contains("prefers-color-scheme: dark"));
            assertTrue(css.contains("@media print"));
        }
    }

    @Test
    void headerLegendAndBothColumnsExist() {
        assertEquals(2, seedDoc.select(".reports .report").size());
        assertEquals("Blinken questions China peace push over Russia help",
                seedDoc.select(".report h1").get(0).text());
        assertEquals("Blinken Says China's Talk of Ukraine Peace 'Doesn't Add Up'",
                seedDoc.select(".report h1").get(1).text());
        Element legend = seedDoc.getElementById("legend");
        assertNotNull(legend);
        for (String label : new String[] {"Identical", "Near", "Paraphrase", "Only in one", "deleted", "inserted"}) {
            assertTrue(legend.text().contains(label), label);
        }
        Element a = seedDoc.getElementById("text-a");
        Element b = seedDoc.getElementById("text-b");
        assertNotNull(a);
        assertNotNull(b);
        assertEquals(a.parent(), b.parent(), "side by side in one container");
        assertTrue(seedDoc.select(".overlap, .summary").text().contains("27% shared"), seedDoc.select(".summary").text());
    }

    @Test
    void columnsHoldTheWholeTextOnce() {
        for (int side = 0; side < 2; side++) {
            Element col = seedDoc.getElementById(side == 0 ? "text-a" : "text-b");
            StringBuilder shown = new StringBuilder();
            for (Element block : col.select(".prose > p, .prose > h3")) {
                Element copy = block.clone();
                copy.select(".pn, .tag").remove();
                shown.append(copy.wholeText());
            }
            String expected = seeds.articles().get(side).text().replaceAll("\\s+", "");
            assertEquals(expected, shown.toString().replaceAll("\\s+", ""), "column " + side);
        }
    }

    @Test
    void everyMatchLinksToItsCounterpartAndKindsHaveNonColourCues() {
        for (int i = 1; i <= seeds.matches().size(); i++) {
            Element inA = seedDoc.getElementById("a-m" + i);
            Element inB = seedDoc.getElementById("b-m" + i);
            assertNotNull(inA, "a-m" + i);
            assertNotNull(inB, "b-m" + i);
            assertEquals("#b-m" + i, inA.attr("href"));
            assertEquals("#a-m" + i, inB.attr("href"));
            assertEquals(String.valueOf(i), inA.selectFirst("sup.tag").ownText());
            String kind = seeds.matches().get(i - 1).kind().label();
            assertTrue(inA.hasClass(kind) && inB.hasClass(kind));
        }
        // near: changed words flagged inside the passage ("Blinken" dropped from A, "He" added in B)
        assertEquals("Blinken", seedDoc.getElementById("a-m2").selectFirst(".chg").text());
        assertEquals("He", seedDoc.getElementById("b-m2").selectFirst(".chg").text());
        String css = seedDoc.selectFirst("style").data();
        assertTrue(css.contains("underline dotted var(--para)"), "paraphrase: dotted underline");
        assertTrue(css.contains("border-left: 2px dashed var(--uniq)"), "unique: dashed bar");
        assertTrue(seedDoc.select("#text-a p.u").size() >= 4, "paragraphs with unique text carry the bar");
        assertFalse(seedDoc.select("#text-b p.s-near").isEmpty());
    }

    @Test
    void overlappingPassagesAreClippedNotNested() {
        assertTrue(hostileDoc.select(".hl .hl, .hl .uq, .uq .hl, .uq .uq, a a").isEmpty(), "no nesting");
        // the unique passage overlapping match 3 keeps only what the match left
        Element unique = hostileDoc.getElementById("a-u1");
        assertNotNull(unique);
        assertTrue(unique.text().startsWith("and *stars*"), unique.text());
        Set<String> ids = new HashSet<>();
        for (Element e : hostileDoc.select("[id]")) {
            assertTrue(ids.add(e.id()), "duplicate id " + e.id());
        }
        for (Element link : hostileDoc.select("a[href]")) {
            assertNotNull(hostileDoc.getElementById(link.attr("href").substring(1)), "dangling " + link);
        }
    }

    @Test
    void tablesCarryDiffsQuotesNumbersAndUniquePassages() {
        Elements rows = seedDoc.select("#matches tbody tr");
        assertEquals(seeds.matches().size(), rows.size());
        Element near = seedDoc.select("#matches tbody tr").stream()
                .filter(r -> r.child(0).text().equals("2")).findFirst().orElseThrow();
        assertEquals("Blinken", near.selectFirst("del").text());
        assertEquals("He", near.selectFirst("ins").text());
        assertEquals("#a-m2", near.child(4).selectFirst("a").attr("href"), "after the words-shared and model columns");
        assertTrue(near.child(2).attr("title").startsWith("Words shared:"), "the figure says what it measures");
        assertEquals(5, seedDoc.select("#quotes tbody tr").size());
        assertEquals(2, seedDoc.select("#quotes tbody tr.variant").size());
        assertTrue(seedDoc.select("#quotes tbody tr.variant").first().text().contains("Variant"));
        assertEquals(4, seedDoc.select("#numbers tbody tr").size());
        assertTrue(seedDoc.select("#numbers tbody tr").first().text().contains("Agree"));
        assertEquals(1, hostileDoc.select("#numbers tr.differs").size());
        assertTrue(hostileDoc.select("#numbers tr.differs").text().contains("Differ"));
        assertEquals(5, seedDoc.select("#only-a tbody tr").size());
        assertEquals(2, seedDoc.select("#only-b tbody tr").size());
    }
}

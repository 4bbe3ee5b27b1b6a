package dev.parallax.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.compare.Comparison;
import dev.parallax.compare.Match;
import dev.parallax.compare.MatchKind;
import dev.parallax.compare.Stats;
import dev.parallax.text.Span;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ComparisonJsonTest {
    private static Comparison seeds;

    @BeforeAll
    static void build() {
        seeds = SeedComparison.build();
    }

    @Test
    void seedComparisonFollowsTheContract() throws Exception {
        JsonNode doc = ContractCheck.assertValid(ComparisonJson.render(seeds));
        assertEquals(1, doc.get("schema").asInt());
        assertEquals("parallax", doc.get("tool").asText());
        assertEquals(Exports.VERSION, doc.get("version").asText());
        assertEquals(List.of("schema", "tool", "version", "articles", "matches", "unique", "quotes", "numbers",
                "stats"), names(doc));
        assertEquals("A", doc.at("/articles/0/id").asText());
        assertEquals("B", doc.at("/articles/1/id").asText());
        assertEquals(seeds.a().text(), doc.at("/articles/0/text").asText());
        assertEquals(seeds.matches().size(), doc.get("matches").size());
        assertEquals(seeds.unique().size(), doc.get("unique").size());
        assertEquals(seeds.quotes().size(), doc.get("quotes").size());
        assertEquals(seeds.numbers().size(), doc.get("numbers").size());
    }

    @Test
    void matchesCarryKindScoreSpansAndWordDiff() throws Exception {
        JsonNode doc = Json.MAPPER.readTree(ComparisonJson.render(seeds));
        JsonNode near = doc.at("/matches/1");
        assertEquals("near", near.get("kind").asText());
        assertEquals(0.74, near.get("score").asDouble(), 1e-9);
        assertEquals("Blinken met Chinese Foreign Minister Wang Yi on the sidelines of the UN General Assembly",
                near.at("/a/text").asText());
        assertTrue(near.at("/b/text").asText().startsWith("He met Chinese Foreign Minister"));
        assertEquals("delete", near.at("/diff/0/op").asText());
        assertEquals("Blinken", near.at("/diff/0/text").asText());
        assertEquals("insert", near.at("/diff/1/op").asText());
        assertFalse(near.get("moved").asBoolean());
        assertTrue(doc.at("/matches/2/moved").asBoolean(), "moved is written as an extra field");
        assertEquals("identical", doc.at("/matches/2/kind").asText());
        // the diff replays A into B
        StringBuilder fromA = new StringBuilder();
        StringBuilder toB = new StringBuilder();
        for (JsonNode op : near.get("diff")) {
            String kind = op.get("op").asText();
            if (!kind.equals("insert")) {
                fromA.append(op.get("text").asText());
            }
            if (!kind.equals("delete")) {
                toB.append(op.get("text").asText());
            }
        }
        assertEquals(near.at("/a/text").asText(), fromA.toString());
    }

    @Test
    void oneSidedQuotesAndNumbersWriteNullAndNumberDetails() throws Exception {
        JsonNode doc = Json.MAPPER.readTree(ComparisonJson.render(seeds));
        JsonNode onlyA = doc.at("/quotes/3");
        assertEquals("Blinken", onlyA.get("speaker").asText());
        assertTrue(onlyA.get("b").isNull());
        assertFalse(onlyA.get("variant").asBoolean());
        assertTrue(doc.at("/quotes/0/variant").asBoolean());
        assertTrue(doc.at("/quotes/4/a").isNull());

        JsonNode pct = doc.at("/numbers/0");
        assertEquals("70 percent of machine tools", pct.at("/a/text").asText());
        assertEquals("about 70% of machine tools", pct.at("/b/text").asText());
        assertEquals(70, pct.at("/b/value").asDouble());
        assertEquals("percent", pct.at("/b/unit").asText());
        assertTrue(pct.at("/b/approximate").asBoolean());
        assertTrue(pct.get("agree").asBoolean());
        JsonNode onlyB = doc.at("/numbers/3");
        assertTrue(onlyB.get("a").isNull());
        assertTrue(onlyB.get("agree").isNull(), "agree is null when one side is missing");
        assertTrue(onlyB.has("agree"));
        assertEquals(seeds.stats().sharedA(), doc.at("/stats/sharedA").asDouble(), 1e-12);
    }

    @Test
    void hostileTextIsKeptVerbatimAndStillValid() throws Exception {
        Comparison hostile = SeedComparison.hostile();
        JsonNode doc = ContractCheck.assertValid(ComparisonJson.render(hostile));
        assertEquals("Officials said <script>alert(1)</script> was found", doc.at("/matches/0/a/text").asText());
        assertEquals("<i onclick=alert(1)>Evil</i>", doc.at("/quotes/0/speaker").asText());
        assertTrue(doc.at("/quotes/1/speaker").isNull());
        assertTrue(doc.at("/articles/1/language").isNull());
        assertFalse(doc.at("/numbers/1/agree").asBoolean());
    }

    @Test
    void theValidatorReallyRejectsBrokenDocuments() throws Exception {
        ObjectNode doc = (ObjectNode) Json.MAPPER.readTree(ComparisonJson.render(seeds));
        ((ObjectNode) doc.at("/matches/0")).put("kind", "similar");
        ((ObjectNode) doc).remove("stats");
        assertFalse(ContractCheck.schemaErrors(doc).isEmpty());
    }

    @Test
    void refusesSpansOutsideTheArticleAndScoresOutsideZeroToOne() {
        Comparison c = seeds;
        int past = c.b().text().length() + 5;
        List<Match> bad = new ArrayList<>(c.matches());
        bad.add(new Match(MatchKind.NEAR, 0.5, new Span(0, 3), new Span(0, past), List.of(), false));
        Comparison outside = new Comparison(c.articles(), bad, c.unique(), c.quotes(), c.numbers(), c.stats());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ComparisonJson.render(outside));
        assertTrue(e.getMessage().contains("match " + bad.size() + " b"), e.getMessage());

        Comparison nan = new Comparison(c.articles(), c.matches(), c.unique(), c.quotes(), c.numbers(),
                new Stats(Double.NaN, 0.2));
        assertThrows(IllegalArgumentException.class, () -> ComparisonJson.render(nan));
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }
}

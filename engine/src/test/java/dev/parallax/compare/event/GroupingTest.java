package dev.parallax.compare.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.compare.Alignments;
import dev.parallax.export.EventContractCheck;
import dev.parallax.export.EventHtml;
import dev.parallax.export.EventJson;
import dev.parallax.export.EventMarkdown;
import dev.parallax.present.EventCells;
import dev.parallax.compare.Comparison;
import dev.parallax.compare.PairAlignment;
import dev.parallax.compare.SentencePair;
import dev.parallax.compare.SentenceProfile;
import dev.parallax.compare.Stats;
import dev.parallax.compare.Unit;
import dev.parallax.article.AnalyzedArticle;
import dev.parallax.ingest.ArticleLoader;
import dev.parallax.ingest.LoadResult;
import dev.parallax.text.Sentence;
import dev.parallax.text.Span;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How pairwise links become groups, on links given by hand (the aligner is tested elsewhere): chains that
 * would glue two passages of one article are cut at their weakest link, and groups that continue each
 * other merge into one passage.
 */
class GroupingTest {
    private static final String A = "Report A\n\nThe mayor opened the new bridge on Monday morning. Crowds lined both banks.\n\n"
            + "Traffic was heavy on the ring road all day long.\n\nThe bridge cost forty million dollars to build.";
    private static final String B = "Report B\n\nOn Monday the mayor opened the city's new bridge. Crowds lined both banks of the river.\n\n"
            + "Officials said the project ran two years late.";
    private static final String C = "Report C\n\nA new bridge, which cost forty million dollars, was opened by the mayor.\n\n"
            + "Some residents complained about the noise.";

    private static AnalyzedArticle article(String name, String text) {
        LoadResult r = new ArticleLoader().fromBytes(Path.of(name), text.getBytes(StandardCharsets.UTF_8));
        return AnalyzedArticle.of(((LoadResult.Loaded) r).article());
    }

    private static List<Unit> units(int index, AnalyzedArticle a) {
        List<Unit> out = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            Span span = new Span(s.start(), s.end());
            out.add(new Unit(index, out.size(), s.block(), false, SentenceProfile.of(span, span.of(a.text()))));
        }
        return out;
    }

    private static PairAlignment pair(List<AnalyzedArticle> arts, int x, int y, SentencePair... links) {
        Comparison c = new Comparison(List.of(arts.get(x), arts.get(y)), List.of(), List.of(), List.of(), List.of(),
                new Stats(0, 0));
        return new PairAlignment(x, y, List.of(links), c);
    }

    private static String text(Event e, Member m) {
        return m.span().of(e.articles().get(m.article()).text());
    }

    @Test
    void aChainThatWouldJoinTwoPassagesOfOneArticleIsCutAtItsWeakestLink() {
        List<AnalyzedArticle> arts = List.of(article("a.txt", A), article("b.txt", B), article("c.txt", C));
        List<List<Unit>> units = List.of(units(0, arts.get(0)), units(1, arts.get(1)), units(2, arts.get(2)));
        assertEquals(4, units.get(0).size());
        // A0 = B0 (strong), B0 = C0 (strong), C0 = A3 (weak: C0 tells both the opening and the cost)
        Alignments al = new Alignments(arts, units, List.of(
                pair(arts, 0, 1, new SentencePair(0, 0, 0, 0, 0.9, null, null)),
                pair(arts, 0, 2, new SentencePair(3, 3, 0, 0, 0.4, null, null)),
                pair(arts, 1, 2, new SentencePair(0, 0, 0, 0, 0.8, null, null))));
        Event e = EventComparer.of(al);
        assertEquals(2, e.groups().size(), "the opening, and the cost link on its own");
        Group opening = e.groups().get(0);
        assertEquals(3, opening.members().size());
        assertTrue(text(e, opening.of(0)).startsWith("The mayor opened"));
        Group cost = e.groups().get(1);
        assertEquals(2, cost.members().size());
        assertTrue(text(e, cost.of(0)).startsWith("The bridge cost"));
        assertNull(cost.of(1));
        assertEquals(opening.of(2), cost.of(2), "C's sentence stands in both groups");
        // A's opening and cost are told by C; its traffic sentence by nobody
        assertTrue(e.coverage().of(0, 2) > e.coverage().of(0, 1));
        assertTrue(e.unique().stream().anyMatch(u -> u.article() == 0 && text(e, u).startsWith("Traffic")));
    }

    @Test
    void groupsThatContinueEachOtherInEveryArticleMergeIntoOnePassage() {
        List<AnalyzedArticle> arts = List.of(article("a.txt", A), article("b.txt", B), article("c.txt", C));
        List<List<Unit>> units = List.of(units(0, arts.get(0)), units(1, arts.get(1)), units(2, arts.get(2)));
        Alignments al = new Alignments(arts, units, List.of(
                pair(arts, 0, 1, new SentencePair(0, 0, 0, 0, 0.9, null, null),
                        new SentencePair(1, 1, 1, 1, 0.95, null, null)),
                pair(arts, 0, 2),
                pair(arts, 1, 2)));
        Event e = EventComparer.of(al);
        assertEquals(1, e.groups().size());
        Group g = e.groups().getFirst();
        assertEquals("The mayor opened the new bridge on Monday morning. Crowds lined both banks.", text(e, g.of(0)));
        assertEquals("On Monday the mayor opened the city's new bridge. Crowds lined both banks of the river.",
                text(e, g.of(1)));
        assertEquals(0, e.coverage().of(0, 2));
        assertTrue(e.coverage().of(1, 0) > 0.5);
    }

    @Test
    void aGroupLinkedOnlyThroughAThirdReportDoesNotClaimAll() throws Exception {
        List<AnalyzedArticle> arts = List.of(article("a.txt", A), article("b.txt", B), article("c.txt", C));
        List<List<Unit>> units = List.of(units(0, arts.get(0)), units(1, arts.get(1)), units(2, arts.get(2)));
        // A's opening with C's, B's opening with C's; A and B never aligned with each other
        Alignments al = new Alignments(arts, units, List.of(
                pair(arts, 0, 1),
                pair(arts, 0, 2, new SentencePair(0, 0, 0, 0, 0.7, null, null)),
                pair(arts, 1, 2, new SentencePair(0, 0, 0, 0, 0.6, null, null))));
        Event e = EventComparer.of(al);
        assertEquals(1, e.groups().size());
        Group g = e.groups().getFirst();
        assertEquals(3, g.members().size(), "one passage, told by all three reports");
        assertFalse(g.allLinked());
        assertNull(g.link(0, 1), "A and B were not aligned");
        assertEquals(2, g.links().size());
        assertEquals(0, e.toldByAll(), "not told alike by all: A and B meet only through C");
        assertEquals(1, e.toldBySome());
        assertEquals("A–C, B–C", EventCells.toldBy(e, g));
        assertTrue(EventCells.alignedWith(g, g.of(0)).contains("Not aligned with B directly"),
                EventCells.alignedWith(g, g.of(0)));

        String json = EventJson.render(e);
        JsonNode group = EventContractCheck.assertValid(json).get("groups").get(0);
        assertFalse(group.get("allLinked").asBoolean());
        assertEquals("A", group.get("links").get(0).get("a").asText());
        assertEquals("C", group.get("links").get(0).get("b").asText());
        String md = EventMarkdown.render(e);
        assertTrue(md.contains("| A–C, B–C |"), md);
        assertTrue(md.contains("0 by all 3"), "the overview does not count it as told by all");
        assertTrue(EventHtml.render(e).contains("told by A–C, B–C"));
    }

    @Test
    void aGroupWhoseMembersAllMatchEachOtherIsToldByAll() {
        List<AnalyzedArticle> arts = List.of(article("a.txt", A), article("b.txt", B), article("c.txt", C));
        List<List<Unit>> units = List.of(units(0, arts.get(0)), units(1, arts.get(1)), units(2, arts.get(2)));
        Alignments al = new Alignments(arts, units, List.of(
                pair(arts, 0, 1, new SentencePair(0, 0, 0, 0, 0.9, null, null)),
                pair(arts, 0, 2, new SentencePair(0, 0, 0, 0, 0.7, null, null)),
                pair(arts, 1, 2, new SentencePair(0, 0, 0, 0, 0.6, null, null))));
        Event e = EventComparer.of(al);
        Group g = e.groups().getFirst();
        assertTrue(g.allLinked());
        assertEquals(1, e.toldByAll());
        assertEquals("all 3", EventCells.toldBy(e, g));
        assertTrue(g.wordsShared() > 0 && g.wordsShared() < 1, "the loosest pair's share: " + g.wordsShared());
    }
}

package dev.parallax.compare.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.TestArticles;
import dev.parallax.TestData;
import dev.parallax.compare.Comparer;
import dev.parallax.compare.Comparison;
import dev.parallax.compare.Match;
import dev.parallax.compare.semantic.CachingEmbedder;
import dev.parallax.compare.semantic.OnnxEmbedder;
import dev.parallax.compare.semantic.SentenceEmbedder;
import dev.parallax.article.AnalyzedArticle;
import dev.parallax.text.Sentence;
import dev.parallax.text.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The event engine on real BASIL triplets (Fox, NYT, HuffPost of one event), nobody here wrote them. */
class EventComparerCorpusTest {
    private static final SentenceEmbedder EMBEDDER = new CachingEmbedder(OnnxEmbedder.shared().join(), null);

    private static Path event(String prefix) throws IOException {
        try (var list = Files.list(TestData.corpus("basil-news-triplets").resolve("events"))) {
            return list.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }

    private static List<AnalyzedArticle> triplet(Path event) {
        List<AnalyzedArticle> out = new ArrayList<>();
        for (String s : List.of("fox.txt", "nyt.txt", "hpo.txt")) {
            out.add(TestArticles.analyzed(event.resolve(s)));
        }
        return out;
    }

    @Test
    void groupsCoverageAndUniquePassagesAreConsistentOnRealEvents() throws IOException {
        List<Path> events;
        try (var list = Files.list(TestData.corpus("basil-news-triplets").resolve("events"))) {
            events = list.sorted().toList();
        }
        int groupsSeen = 0;
        int toldByThree = 0;
        for (Path dir : List.of(events.get(0), events.get(50), events.get(99))) {
            List<AnalyzedArticle> arts = triplet(dir);
            Event e = new EventComparer(EMBEDDER).compare(arts);
            groupsSeen += e.groups().size();
            toldByThree += (int) e.groups().stream().filter(g -> g.members().size() == arts.size()).count();
            assertEquals(e.groups().stream().filter(g -> g.members().size() == arts.size() && g.allLinked()).count(),
                    e.toldByAll(), "told by all: a member in each report, every two aligned directly");
            for (Group g : e.groups()) {
                assertTrue(g.members().size() >= 2, "a group has two members or more");
                for (int i = 0; i < g.members().size(); i++) {
                    Member m = g.members().get(i);
                    assertTrue(i == 0 || g.members().get(i - 1).article() < m.article(), "one member per article, in order");
                    assertInside(m, arts);
                }
                assertTrue(g.score() >= 0 && g.score() <= 1, "score in 0..1");
            }
            for (int x = 0; x < arts.size(); x++) {
                assertEquals(0, e.coverage().of(x, x));
                for (int y = 0; y < arts.size(); y++) {
                    if (x == y) {
                        continue;
                    }
                    double expected = recomputed(arts.get(x), x, y, e.groups());
                    assertEquals(expected, e.coverage().of(x, y), 1e-9, dir + ": coverage " + x + "," + y + " from the groups");
                    assertTrue(e.coverage().of(x, y) <= e.coverage().byAny(x) + 1e-9, "told by y is told by some other");
                }
            }
            for (Member u : e.unique()) {
                assertInside(u, arts);
                for (Group g : e.groups()) {
                    Member m = g.of(u.article());
                    assertTrue(m == null || !m.span().overlaps(u.span()), "a unique passage is in no group: " + u);
                }
            }
            // every sentence is either (partly) told by another article or listed as unique
            for (int a = 0; a < arts.size(); a++) {
                for (Sentence s : arts.get(a).sentences()) {
                    Span span = new Span(s.start(), s.end());
                    int article = a;
                    boolean grouped = e.groups().stream().map(g -> g.of(article))
                            .anyMatch(m -> m != null && m.span().overlaps(span));
                    boolean unique = e.unique().stream().anyMatch(u -> u.article() == article && u.span().contains(span));
                    assertTrue(grouped || unique, dir + ": sentence neither grouped nor unique: " + s.text(arts.get(a).text()));
                }
            }
        }
        assertTrue(groupsSeen >= 6, "three real events share some passages: " + groupsSeen);
        assertTrue(toldByThree >= 1, "some passage is told by all three reports of an event");
    }

    /** Share of x's sentence characters (spaces aside) inside groups y is in, computed here independently. */
    private static double recomputed(AnalyzedArticle x, int ix, int iy, List<Group> groups) {
        String text = x.text();
        boolean[] body = new boolean[text.length()];
        for (Sentence s : x.sentences()) {
            java.util.Arrays.fill(body, s.start(), s.end(), true);
        }
        boolean[] told = new boolean[text.length()];
        for (Group g : groups) {
            if (g.of(ix) != null && g.of(iy) != null) {
                java.util.Arrays.fill(told, g.of(ix).span().start(), g.of(ix).span().end(), true);
            }
        }
        int all = 0;
        int in = 0;
        for (int i = 0; i < text.length(); i++) {
            if (body[i] && !Character.isWhitespace(text.charAt(i))) {
                all++;
                in += told[i] ? 1 : 0;
            }
        }
        return all == 0 ? 0 : (double) in / all;
    }

    private static void assertInside(Member m, List<AnalyzedArticle> arts) {
        assertTrue(m.article() >= 0 && m.article() < arts.size());
        assertTrue(m.span().end() <= arts.get(m.article()).text().length() && m.span().length() > 0, "span inside its text");
    }

    /** Two articles make the smallest event: its groups are the comparison's matched passages. */
    @Test
    void anEventOfTwoHasTheComparisonsPassagesAsGroups() throws IOException {
        List<AnalyzedArticle> arts = triplet(event("2010_2b95d2cf"));
        Comparison c = new Comparer(EMBEDDER).compare(arts.get(1), arts.get(0));
        Event e = new EventComparer(EMBEDDER).compare(List.of(arts.get(1), arts.get(0)));
        Set<List<Span>> fromMatches = new HashSet<>();
        for (Match m : c.matches()) {
            fromMatches.add(List.of(m.a(), m.b()));
        }
        Set<List<Span>> fromGroups = new HashSet<>();
        for (Group g : e.groups()) {
            fromGroups.add(List.of(g.of(0).span(), g.of(1).span()));
        }
        assertFalse(fromMatches.isEmpty());
        assertEquals(fromMatches, fromGroups);
        assertEquals(c.stats().sharedA(), e.coverage().of(0, 1), 0.02);
        assertEquals(c.stats().sharedB(), e.coverage().of(1, 0), 0.02);
    }

    /** A statement all three outlets quote word for word (checked by reading the three reports). */
    @Test
    void aQuotationAllThreeCarryIsOneEntryWithThreeMembers() throws IOException {
        List<AnalyzedArticle> arts = triplet(event("2010_45bd61bc"));
        Event e = new EventComparer(EMBEDDER).compare(arts);
        QuoteGroup q = quoteWith(e, arts, "First Amendment protects freedom of religion");
        assertEquals(3, q.members().size(), "Fox, NYT and HuffPost all quote it");
        assertFalse(q.variant(), "the same words in all three");
        assertNotNull(q.speaker());
        assertTrue(q.speaker().contains("Manley"), q.speaker());
    }

    /** Perry's line, quoted whole by two outlets and with "that" dropped by HuffPost: a variant. */
    @Test
    void aQuotationWordedDifferentlyIsAVariant() throws IOException {
        List<AnalyzedArticle> arts = triplet(event("2011_3db93526"));
        Event e = new EventComparer(EMBEDDER).compare(arts);
        QuoteGroup q = quoteWith(e, arts, "ashamed to admit");
        assertEquals(3, q.members().size());
        assertTrue(q.variant());
    }

    private static QuoteGroup quoteWith(Event e, List<AnalyzedArticle> arts, String words) {
        QuoteGroup best = null;
        for (QuoteGroup q : e.quotes()) {
            boolean all = q.members().stream().allMatch(m -> m.span().of(arts.get(m.article()).text()).contains(words));
            if (all && (best == null || q.members().size() > best.members().size())) {
                best = q;
            }
        }
        assertNotNull(best, "a quote group holding \"" + words + "\"");
        return best;
    }

    /**
     * The Clintons' charity giving: "$15 million" (Fox), "nearly $15 million" (NYT), "$14,959,450" (HuffPost),
     * checked by reading the three reports. One quantity, three figures that agree within rounding.
     */
    @Test
    void oneQuantityGivenByAllThreeAgreesWithinRounding() throws IOException {
        List<AnalyzedArticle> arts = triplet(event("2015_6e502405"));
        Event e = new EventComparer(EMBEDDER).compare(arts);
        NumberGroup charity = null;
        for (NumberGroup g : e.numbers()) {
            for (NumberGroup.Figure f : g.members()) {
                if (f.article() == 2 && f.mention().span().of(arts.get(2).text()).equals("$14,959,450")) {
                    charity = g;
                }
            }
        }
        assertNotNull(charity, "HuffPost's exact figure is listed");
        List<String> figures = charity.members().stream()
                .map(f -> f.mention().span().of(arts.get(f.article()).text())).toList();
        assertEquals(List.of("$15 million", "nearly $15 million", "$14,959,450"), figures);
        assertEquals(Boolean.TRUE, charity.agree());
    }
}

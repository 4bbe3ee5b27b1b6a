package dev.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.TestArticles;
import dev.parallax.TestData;
import dev.parallax.compare.semantic.CachingEmbedder;
import dev.parallax.compare.semantic.OnnxEmbedder;
import dev.parallax.article.AnalyzedArticle;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a careful reader finds between the two seed reports, found by the engine. */
class ComparerSeedTest {
    private static AnalyzedArticle a;
    private static AnalyzedArticle b;
    private static Comparison c;

    @BeforeAll
    static void compare() {
        a = TestArticles.analyzed(TestData.seedA());
        b = TestArticles.analyzed(TestData.seedB());
        c = new Comparer(new CachingEmbedder(OnnxEmbedder.shared().join(), null)).compare(a, b);
    }

    /** The match whose A side contains the given A words and B side the given B words. */
    private static Match match(String inA, String inB) {
        return c.matches().stream()
                .filter(m -> m.a().of(a.text()).contains(inA) && m.b().of(b.text()).contains(inB))
                .findFirst().orElseThrow(() -> new AssertionError("no match for " + inA + " / " + inB));
    }

    @Test
    void theDoesNotAddUpQuoteIsNearVerbatimButForActually() {
        Match m = match("are actually helping Putin", "are helping Putin");
        assertEquals(MatchKind.NEAR, m.kind());
        String deleted = m.diff().stream().filter(d -> d.op() == DiffOp.Op.DELETE).map(DiffOp::text)
                .reduce("", String::concat);
        assertTrue(deleted.contains("actually"), deleted);
        assertTrue(m.diff().stream().noneMatch(d -> d.op() != DiffOp.Op.EQUAL && d.text().strip().equals("doesn't")),
                "curly and straight apostrophes are not a difference");
    }

    @Test
    void percentagesWrittenTwoWaysAreOnePassage() {
        Match m = match("70 percent of machine tools", "about 70% of machine tools");
        assertTrue(EnumSet.of(MatchKind.NEAR, MatchKind.PARAPHRASE).contains(m.kind()));
    }

    @Test
    void zelenskysAddressIsMatchedDespiteCriticizedDenouncedAndUkraineKyiv() {
        Match m = match("criticized China and Brazil", "denounced China and Brazil");
        assertTrue(EnumSet.of(MatchKind.NEAR, MatchKind.PARAPHRASE).contains(m.kind()));
        String changes = m.diff().stream().filter(d -> d.op() != DiffOp.Op.EQUAL).map(DiffOp::text)
                .reduce("", (x, y) -> x + "|" + y);
        assertTrue(changes.contains("criticized") && changes.contains("denounced"), changes);
        assertTrue(changes.contains("Ukraine") && changes.contains("Kyiv"), changes);
    }

    @Test
    void chinasRewordedDenialOfSupplyingWeaponsIsAParaphrase() {
        Match m = match("has not directly provided weapons", "has not supplied Russia with weapons");
        assertEquals(MatchKind.PARAPHRASE, m.kind());
        assertTrue(c.unique().stream().anyMatch(u -> u.article() == 0
                && u.span().of(a.text()).contains("draws a contrast with the United States")),
                "the rest of the longer sentence is still told by A alone");
    }

    @Test
    void theTwoTranslationsOfWangsStatementAreMatched() {
        Match m = match("stop smearing and sanctioning China", "stop smearing and planting evidence");
        assertEquals(MatchKind.PARAPHRASE, m.kind());
    }

    @Test
    void amorimMeetingAndHalfHeartedPlansAreToldByBOnly() {
        List<String> onlyB = c.unique().stream().filter(u -> u.article() == 1).map(u -> u.span().of(b.text())).toList();
        assertTrue(onlyB.stream().anyMatch(s -> s.contains("Celso Amorim")), onlyB.toString());
        assertTrue(onlyB.stream().anyMatch(s -> s.contains("half-hearted settlement plans")), onlyB.toString());
        assertTrue(c.matches().stream().noneMatch(m -> m.b().of(b.text()).contains("Celso Amorim")));
    }

    @Test
    void everyPartOfEachTextIsMatchedOrUniqueNeverBoth() {
        for (int side = 0; side < 2; side++) {
            final int s = side;
            String text = side == 0 ? a.text() : b.text();
            int[] owners = new int[text.length()];
            c.matches().forEach(m -> mark(owners, s == 0 ? m.a() : m.b()));
            c.unique().stream().filter(u -> u.article() == s).forEach(u -> mark(owners, u.span()));
            for (int i = 0; i < owners.length; i++) {
                assertTrue(owners[i] <= 1, "position " + i + " of article " + s + " is in two passages");
            }
        }
    }

    private static void mark(int[] owners, dev.parallax.text.Span span) {
        for (int i = span.start(); i < span.end(); i++) {
            owners[i]++;
        }
    }

    @Test
    void movedPassagesAreFlaggedAndStatsAreFractions() {
        assertTrue(c.matches().stream().anyMatch(Match::moved), "B puts the war machine line after the numbers");
        assertTrue(c.stats().sharedA() > 0.2 && c.stats().sharedA() < 0.6, "A is long: " + c.stats().sharedA());
        assertTrue(c.stats().sharedB() > c.stats().sharedA(), "B is short and mostly shared");
    }

    @Test
    void withoutTheModelTheLexicalComparisonStillFindsTheCloseOnes() {
        Comparison lexical = new Comparer(null).compare(a, b);
        Set<MatchKind> kinds = EnumSet.noneOf(MatchKind.class);
        lexical.matches().forEach(m -> kinds.add(m.kind()));
        assertTrue(kinds.contains(MatchKind.NEAR));
        assertTrue(lexical.matches().stream().anyMatch(m -> m.a().of(a.text()).contains("are actually helping Putin")));
        assertTrue(lexical.matches().size() <= c.matches().size());
    }

    @Test
    void comparingAnArticleWithItselfIsAllIdentical() {
        Comparison self = new Comparer(null).compare(b, b);
        assertFalse(self.matches().isEmpty());
        assertTrue(self.matches().stream().allMatch(m -> m.kind() == MatchKind.IDENTICAL && !m.moved()));
        assertTrue(self.unique().isEmpty());
        assertEquals(1.0, self.stats().sharedA(), 1e-9);
        assertNotNull(self.stats());
    }
}

package dev.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.parallax.TestData;
import dev.parallax.article.Article;
import dev.parallax.ingest.ArticleLoader;
import dev.parallax.ingest.LoadResult;
import dev.parallax.text.Languages;
import dev.parallax.text.Sentence;
import dev.parallax.text.SentenceSplitter;
import dev.parallax.text.Span;
import dev.parallax.text.Token;
import dev.parallax.text.Tokens;
import dev.parallax.text.numbers.NumberFinder;
import dev.parallax.text.numbers.NumberMention;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NumberAlignerTest {
    private static final BiPredicate<Span, Span> NEVER = (x, y) -> false;
    private static final BiPredicate<Span, Span> ALWAYS = (x, y) -> true;

    private static String textA;
    private static String textB;
    private static List<NumberMatch> seedMatches;

    @BeforeAll
    static void alignSeeds() {
        Article a = load(TestData.seedA());
        Article b = load(TestData.seedB());
        textA = a.text();
        textB = b.text();
        NumberFinder finder = new NumberFinder();
        seedMatches = new NumberAligner().align(textA, finder.find(textA), textB, finder.find(textB),
                sharedSentenceWords(a, b, 3));
    }

    private static Article load(Path path) {
        LoadResult result = new ArticleLoader().loadFile(path);
        if (result instanceof LoadResult.Loaded loaded) {
            return loaded.article();
        }
        fail("could not load " + path + ": " + result);
        return null;
    }

    /** Same context: the sentences holding the two spans share at least {@code min} folded content words. */
    private static BiPredicate<Span, Span> sharedSentenceWords(Article a, Article b, int min) {
        List<Sentence> sa = dev.parallax.article.AnalyzedArticle.sentences(a);
        List<Sentence> sb = dev.parallax.article.AnalyzedArticle.sentences(b);
        return (x, y) -> {
            Set<String> wa = contentWords(a.text(), sa, x);
            Set<String> wb = contentWords(b.text(), sb, y);
            wa.retainAll(wb);
            return wa.size() >= min;
        };
    }

    private static Set<String> contentWords(String text, List<Sentence> sentences, Span span) {
        Set<String> out = new HashSet<>();
        for (Sentence s : sentences) {
            if (s.start() <= span.start() && span.start() < s.end()) {
                for (Token t : Tokens.of(text, s.start(), s.end())) {
                    String w = t.folded();
                    if (!Languages.stopWords("en").contains(w) && !w.chars().allMatch(Character::isDigit)) {
                        out.add(w);
                    }
                }
            }
        }
        return out;
    }

    private static NumberMatch withA(String written) {
        for (NumberMatch m : seedMatches) {
            if (m.a() != null && m.a().span().of(textA).equals(written)) {
                return m;
            }
        }
        fail("A has no mention \"" + written + "\"");
        return null;
    }

    private static NumberMatch withB(String written) {
        for (NumberMatch m : seedMatches) {
            if (m.b() != null && m.b().span().of(textB).equals(written)) {
                return m;
            }
        }
        fail("B has no mention \"" + written + "\"");
        return null;
    }

    @Test
    void seventyPercentOfMachineToolsPairsWithAboutSeventyPercent() {
        NumberMatch m = withA("70 percent");
        assertNotNull(m.b());
        assertEquals("about 70%", m.b().span().of(textB));
        assertEquals(Boolean.TRUE, m.agree());
        assertFalse(m.a().approximate());
        assertTrue(m.b().approximate());
        assertEquals("machine tools", m.a().counts());
        assertEquals("machine tools", m.b().counts());
    }

    @Test
    void ninetyPercentFiguresPair() {
        NumberMatch m = withA("90 percent");
        assertNotNull(m.b());
        assertEquals("90%", m.b().span().of(textB));
        assertEquals(Boolean.TRUE, m.agree());
        assertEquals("microelectronics", m.b().counts());
    }

    @Test
    void seventeenCountriesHasNoCounterpart() {
        NumberMatch m = withB("17");
        assertNull(m.a());
        assertNull(m.agree());
        assertEquals("countries", m.b().counts());
    }

    @Test
    void datesAndYearsOfAAreListed() {
        NumberMatch election = withA("November 5");
        assertEquals("date", election.a().unit());
        assertNull(election.b());
        assertNull(election.agree());
        assertEquals("year", withA("2022").a().unit());
        assertEquals("2023-11", withA("November 2023").a().date());
    }

    @Test
    void orderIsAsReadingOrderThenBOnly() {
        int lastA = -1;
        boolean inBOnly = false;
        int lastB = -1;
        for (NumberMatch m : seedMatches) {
            if (m.a() != null) {
                assertFalse(inBOnly, "A entries come before B-only entries");
                assertTrue(m.a().span().start() > lastA);
                lastA = m.a().span().start();
            } else {
                inBOnly = true;
                assertTrue(m.b().span().start() > lastB);
                lastB = m.b().span().start();
            }
        }
        NumberFinder finder = new NumberFinder();
        assertEquals(finder.find(textA).size(), seedMatches.stream().filter(m -> m.a() != null).count());
        assertEquals(finder.find(textB).size(), seedMatches.stream().filter(m -> m.b() != null).count());
    }

    private static List<NumberMatch> align(String a, String b, BiPredicate<Span, Span> context) {
        return new NumberAligner().align(a, b, context);
    }

    @Test
    void disagreementInAlignedPassagesIsPaired() {
        List<NumberMatch> out = align("Rebels hold 70% of the region.", "Rebels hold 72% of the region.", ALWAYS);
        assertEquals(1, out.size());
        assertEquals(Boolean.FALSE, out.getFirst().agree());
    }

    @Test
    void hedgeDoesNotBreakAgreement() {
        List<NumberMatch> out = align("70 cars burned.", "about 70 cars burned.", NEVER);
        assertEquals(1, out.size());
        assertEquals(Boolean.TRUE, out.getFirst().agree());
        assertTrue(out.getFirst().b().approximate());
    }

    @Test
    void sameCountedThingSameValueElsewhereIsPaired() {
        List<NumberMatch> out = align("Officials said 17 countries attended.",
                "The meeting drew 12 envoys, and 17 countries signed.", NEVER);
        NumberMatch first = out.getFirst();
        assertNotNull(first.b());
        assertEquals("countries", first.b().counts());
        assertEquals(Boolean.TRUE, first.agree());
        assertNull(out.getLast().a());
    }

    @Test
    void differentValuesOfOneThingInUnrelatedPassagesStayApart() {
        List<NumberMatch> out = align("The two countries met.", "A meeting of 17 countries.", NEVER);
        assertEquals(2, out.size());
        assertNull(out.get(0).b());
        assertNull(out.get(1).a());
    }

    @Test
    void unitsMustMatch() {
        List<NumberMatch> out = align("70% of voters", "$70 for voters", ALWAYS);
        assertEquals(2, out.size());
        assertTrue(out.stream().allMatch(m -> m.agree() == null));
    }

    @Test
    void differentCountedThingsInTheSameSentenceDoNotCross() {
        String a = "China supplied 70 percent of machine tools and 90 percent of microelectronics.";
        String b = "China supplied 90% of microelectronics and 70% of machine tools.";
        List<NumberMatch> out = align(a, b, ALWAYS);
        assertEquals(2, out.size());
        for (NumberMatch m : out) {
            assertEquals(Boolean.TRUE, m.agree());
            assertEquals(m.a().counts(), m.b().counts());
        }
    }

    @Test
    void oneToOne() {
        List<NumberMatch> out = align("5 tanks were hit.", "5 tanks and then 5 tanks more.", NEVER);
        assertEquals(2, out.size());
        assertNotNull(out.get(0).b());
        assertEquals(0, out.get(0).b().span().start());
        assertNull(out.get(1).a());
    }

    @Test
    void moneyAgreesAcrossScales() {
        List<NumberMatch> out = align("a $2.5 billion package", "a 2,500 million dollars package", NEVER);
        assertEquals(1, out.size());
        assertEquals(Boolean.TRUE, out.getFirst().agree());
    }

    @Test
    void datesCompareTheirParts() {
        List<NumberMatch> same = align("the November 5 election", "the Nov. 5, 2024 election", NEVER);
        assertEquals(1, same.size());
        assertEquals(Boolean.TRUE, same.getFirst().agree());
        List<NumberMatch> other = align("the November 5 election", "the election on 6 November", ALWAYS);
        assertEquals(1, other.size());
        assertEquals(Boolean.FALSE, other.getFirst().agree());
        List<NumberMatch> apart = align("the November 5 election", "talks on October 5", NEVER);
        assertEquals(2, apart.size());
    }

    @Test
    void agreementWithinRounding() {
        assertTrue(NumberAligner.close(70, 70));
        assertFalse(NumberAligner.close(70, 72));
        assertTrue(NumberAligner.close(2.5e9, 2.51e9));
        assertFalse(NumberAligner.close(2.5e9, 2.6e9));
        NumberMention range = new NumberMention(new Span(0, 1), 10, null, "people", false, 12, null);
        NumberMention inside = new NumberMention(new Span(0, 1), 11, null, "people", true);
        NumberMention outside = new NumberMention(new Span(0, 1), 15, null, "people", false);
        assertTrue(NumberAligner.agree(range, inside));
        assertFalse(NumberAligner.agree(range, outside));
    }

    @Test
    void theLessPreciseFigureDecides() {
        assertEquals(Boolean.TRUE, align("35.7 percent of voters", "36 percent of voters", NEVER).getFirst().agree());
        assertEquals(Boolean.TRUE, align("$2.5 billion in aid", "$2.51 billion in aid", NEVER).getFirst().agree());
        assertEquals(Boolean.FALSE, align("$43 million in taxes", "$43,885,310 in taxes", ALWAYS).getFirst().agree());
        assertEquals(Boolean.FALSE, align("$3.5 billion in aid", "$3.6 billion in aid", ALWAYS).getFirst().agree());
        assertEquals(Boolean.FALSE, align("70 percent of voters", "72 percent of voters", ALWAYS).getFirst().agree());
    }

    @Test
    void figuresOfTwoPeopleThatAgreeOnlyWithinRoundingStayApart() {
        List<NumberMatch> out = align("The Clintons' effective federal tax rate for 2014 was 35.7 percent.",
                "Bush said his average federal tax rate was 36 percent.", NEVER);
        assertTrue(out.stream().noneMatch(m -> m.a() != null && m.b() != null && m.a().unit().equals("percent")),
                out.toString());
        List<NumberMatch> equal = align("The rate was 36 percent.", "Bush paid roughly 36 percent.", NEVER);
        assertEquals(1, equal.size());
        assertEquals(Boolean.TRUE, equal.getFirst().agree());
    }

    @Test
    void aDisagreementOfUnnamedQuantitiesMustBeOfTheSameSize() {
        List<NumberMatch> far = align("The combined tax rate was 45.8 percent.",
                "They gave over 10 percent to charity.", ALWAYS);
        assertEquals(2, far.size(), far.toString());
        List<NumberMatch> near = align("Turnout reached 61 percent.", "Turnout was 58 percent.", ALWAYS);
        assertEquals(1, near.size());
        assertEquals(Boolean.FALSE, near.getFirst().agree());
    }

    @Test
    void differentYearsDoNotPairEvenInAlignedPassages() {
        List<NumberMatch> out = align("He served until 2001.", "He served until 1976.", ALWAYS);
        assertEquals(2, out.size());
        assertEquals(2, align("He served until 2012.", "He served until 2013.", ALWAYS).size());
        List<NumberMatch> same = align("Since the 2022 invasion", "after the invasion in 2022", NEVER);
        assertEquals(1, same.size());
        assertEquals(Boolean.TRUE, same.getFirst().agree());
    }

    @Test
    void emptyAndNullInputs() {
        assertEquals(List.of(), new NumberAligner().align("", List.of(), "", List.of(), NEVER));
        assertEquals(List.of(), new NumberAligner().align(null, null, null, null, null));
        List<NumberMatch> out = new NumberAligner().align("7 ships", "", null);
        assertEquals(1, out.size());
        assertNull(out.getFirst().b());
    }

    @Test
    void aThrowingContextIsTreatedAsUnaligned() {
        List<NumberMatch> out = align("70% of voters", "70% of voters", (x, y) -> {
            throw new IllegalStateException("engine not ready");
        });
        assertEquals(1, out.size());
        assertEquals(Boolean.TRUE, out.getFirst().agree());
    }

    @Test
    void manyMentionsStayTractable() {
        String a = "12 tanks, ".repeat(3000);
        String b = "12 tanks, ".repeat(3000);
        List<NumberMatch> out = align(a, b, NEVER);
        assertEquals(3000, out.size());
        assertTrue(out.stream().allMatch(m -> Boolean.TRUE.equals(m.agree())));
    }
}

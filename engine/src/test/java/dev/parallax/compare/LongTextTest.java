package dev.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.article.AnalyzedArticle;
import dev.parallax.compare.semantic.SentenceEmbedder;
import dev.parallax.ingest.ArticleLoader;
import dev.parallax.ingest.LoadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The costs that grow with a long text (issue 16): a long text against a short report embeds only the
 * sentences that are candidates for the report's, and sentences told verbatim once on each side are paired
 * without a search, while a repeated one is still decided by its neighbours.
 */
class LongTextTest {
    @TempDir
    Path dir;

    /** Invented words, so the sentences share no meaning beyond the words the test gives them. */
    private static List<String> sentences(int count, long seed) {
        Random random = new Random(seed);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            StringBuilder w = new StringBuilder();
            for (int k = 2 + random.nextInt(3); k > 0; k--) { // syllables: a word without a vowel reads as an abbreviation
                w.append("bcdfghjklmnprstvz".charAt(random.nextInt(17))).append("aeiou".charAt(random.nextInt(5)));
            }
            words.add(w.toString());
        }
        List<String> out = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            StringBuilder b = new StringBuilder();
            for (int k = 6 + random.nextInt(5); k > 0; k--) {
                b.append(b.isEmpty() ? "" : " ").append(words.get(random.nextInt(words.size())));
            }
            out.add(Character.toUpperCase(b.charAt(0)) + b.substring(1) + ".");
        }
        return out;
    }

    private AnalyzedArticle article(String name, List<String> sentences) throws IOException {
        return article(name, sentences, 4);
    }

    /** A plain-text article with a title line, in paragraphs of the given number of sentences. */
    private AnalyzedArticle article(String name, List<String> sentences, int perParagraph) throws IOException {
        StringBuilder text = new StringBuilder("A report of invented words\n\n");
        for (int i = 0; i < sentences.size(); i++) {
            text.append(sentences.get(i)).append(i % perParagraph == perParagraph - 1 ? "\n\n" : " ");
        }
        Path file = Files.writeString(dir.resolve(name), text);
        LoadResult r = new ArticleLoader().loadFile(file);
        assertTrue(r instanceof LoadResult.Loaded, () -> "did not load: " + r);
        return AnalyzedArticle.of(((LoadResult.Loaded) r).article());
    }

    /** A real embedder stands in for the model here: a bag of hashed words, and a record of what it was asked. */
    private static final class CountingEmbedder implements SentenceEmbedder {
        final Set<String> asked = ConcurrentHashMap.newKeySet();

        @Override
        public float[] embed(String text) {
            asked.add(text);
            float[] v = new float[64];
            for (String w : text.toLowerCase(java.util.Locale.ROOT).split("\\W+")) {
                if (!w.isEmpty()) {
                    v[Math.floorMod(w.hashCode(), v.length)] += 1;
                }
            }
            return v;
        }

        @Override
        public boolean reads(String language) {
            return true;
        }
    }

    @Test
    void aLongTextAgainstAShortReportEmbedsOnlyCandidates() throws IOException {
        List<String> longText = sentences(4_000, 16);
        List<String> report = new ArrayList<>(List.of(longText.get(100), longText.get(1_700), longText.get(3_900)));
        report.add(longText.get(2_500).replaceFirst("\\.$", " again."));
        CountingEmbedder embedder = new CountingEmbedder();

        Comparison c = new Comparer(embedder).compare(article("long.txt", longText, 4), article("report.txt", report, 1));

        assertEquals(1.0, c.stats().sharedB(), 0.001, () -> "the whole report is found: " + c.matches());
        // Each of the four report sentences brings at most eight candidates, plus clause windows: far from 4,000.
        assertTrue(embedder.asked.size() <= 80, () -> embedder.asked.size() + " passages embedded");
    }

    @Test
    void aLongTextAgainstAShortReportAnalysesTheWordingOfCandidatesOnly() throws IOException {
        List<String> longText = sentences(4_000, 17);
        List<String> report = List.of(longText.get(10), longText.get(2_000), longText.get(3_990).replace(".", " too."));
        AnalyzedArticle a = article("long.txt", longText, 4);
        AnalyzedArticle b = article("report.txt", report, 1);
        List<List<Unit>> units = List.of(Units.of(0, a), Units.of(1, b));
        List<SentencePair> pairs;
        try (CandidateIndex index = CandidateIndex.onDemand(units)) {
            pairs = new PairAligner(new Scorer(null)).align(units.get(0), units.get(1), index, a.text(), b.text());
        }
        assertEquals(3, pairs.size(), () -> "each report sentence is aligned: " + pairs);
        long worded = units.get(0).stream().filter(u -> u.profile().hasWording()).count();
        // eight candidates for each of three sentences, and the neighbours of the three matches
        assertTrue(worded > 0 && worded <= 40, () -> worded + " of 4,000 long-text units had their wording analysed");
        assertTrue(units.get(1).stream().allMatch(u -> u.profile().hasWording()), "every report unit was scored");
    }

    @Test
    void verbatimTwinsArePairedAndARepeatedSentenceIsLeftToItsNeighbours() throws IOException {
        List<String> a = sentences(400, 20);
        List<String> b = new ArrayList<>(a);
        String repeated = a.get(10);
        b.set(200, repeated); // told twice in B: no unique twin
        IdenticalUnitsCheck.check(article("a.txt", a, 1), article("b.txt", b, 1), repeated);
        Comparison c = new Comparer(null).compare(article("a2.txt", a, 1), article("b2.txt", b, 1));
        // 399 sentences of A are also in B at their place; the one B replaced is told by A alone, and the
        // repeat in B has no counterpart left
        assertTrue(c.stats().sharedA() > 0.99 && c.stats().sharedA() < 1.0, () -> "A shared " + c.stats());
        assertTrue(c.stats().sharedB() > 0.99 && c.stats().sharedB() < 1.0, () -> "B shared " + c.stats());
        assertTrue(c.matches().stream().noneMatch(Match::moved), "nothing moved");
    }

    /** The twins of two real articles' units: unique verbatim texts only. */
    private static final class IdenticalUnitsCheck {
        static void check(AnalyzedArticle a, AnalyzedArticle b, String repeated) {
            List<Unit> ua = Units.of(0, a);
            List<Unit> ub = Units.of(1, b);
            int[] twins = IdenticalUnits.twins(ua, ub);
            Set<String> inB = new java.util.HashSet<>();
            ub.forEach(v -> inB.add(v.profile().text()));
            int paired = 0;
            for (Unit u : ua) {
                String text = u.profile().text();
                if (text.equals(repeated) || !inB.contains(text)) {
                    assertEquals(-1, twins[u.ordinal()], "unit " + u.ordinal());
                } else {
                    assertEquals(text, ub.get(twins[u.ordinal()]).profile().text(), "unit " + u.ordinal());
                    paired++;
                }
            }
            assertTrue(ua.stream().anyMatch(u -> u.profile().text().equals(repeated)), "the repeated sentence is a unit");
            assertTrue(paired >= ua.size() - 2, paired + " of " + ua.size() + " paired");
        }
    }
}

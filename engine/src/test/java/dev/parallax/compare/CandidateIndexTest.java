package dev.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.article.AnalyzedArticle;
import dev.parallax.ingest.PlainTextExtractor;
import dev.parallax.ingest.extract.ArticleAssembler;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A pair's candidate index holds only the units sharing a stem with the asking side, scored with the whole
 * article's statistics: its candidates must be exactly those of the index over every unit, in the same order,
 * for texts where common words join most sentences, words too long for one token, sentences of stop words only,
 * and units with more stems than a query takes.
 */
class CandidateIndexTest {
    private static final int LIMIT = 8;

    @Test
    void candidatesOfTheIndexOfSharedUnitsEqualThoseOfTheWholeIndex() {
        Random random = new Random(2026);
        List<String> vocabulary = words(random, 4_000);
        AnalyzedArticle longText = article("long.txt", paragraphs(random, vocabulary, 3_000));
        List<String> reportParagraphs = new ArrayList<>();
        String[] longParagraphs = longText.text().split("\n\n");
        for (int i = 0; i < 12; i++) { // sentences taken from the long text, some changed, and new ones
            String p = longParagraphs[random.nextInt(longParagraphs.length)];
            reportParagraphs.add(i % 3 == 0 ? p.replace("e", "a") : p);
        }
        reportParagraphs.addAll(paragraphs(random, vocabulary, 10));
        AnalyzedArticle report = article("report.txt", reportParagraphs);

        List<List<Unit>> units = List.of(Units.of(0, longText), Units.of(1, report));
        List<Unit> asking = units.get(1);
        try (CandidateIndex whole = new CandidateIndex(units); CandidateIndex shared = CandidateIndex.onDemand(units)) {
            List<List<Integer>> expected = whole.candidatesOfEach(asking, 0, LIMIT);
            assertEquals(expected, shared.candidatesOfEach(asking, 0, LIMIT));
            assertTrue(expected.stream().filter(c -> c.size() == LIMIT).count() > asking.size() / 2,
                    "most report sentences have a full list of candidates: " + expected);
            // asked again by other units (the long text's own), the index takes every unit
            List<Unit> others = units.get(0).subList(0, 200);
            assertEquals(whole.candidatesOfEach(others, 0, LIMIT), shared.candidatesOfEach(others, 0, LIMIT));
            // and the other direction, from the long text into the report
            List<Unit> fromLong = units.get(0).subList(0, 2_000);
            assertEquals(whole.candidatesOfEach(fromLong, 1, LIMIT), shared.candidatesOfEach(fromLong, 1, LIMIT));
        }
    }

    /** Words with a skewed frequency: a few very common ones (as real text has), most rare. */
    private static List<String> words(Random random, int count) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder w = new StringBuilder();
            for (int k = 2 + random.nextInt(3); k > 0; k--) {
                w.append("bcdfghjklmnprstvz".charAt(random.nextInt(17))).append("aeiou".charAt(random.nextInt(5)));
            }
            out.add(w.toString());
        }
        return out;
    }

    private static List<String> paragraphs(Random random, List<String> vocabulary, int count) {
        List<String> out = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            StringBuilder b = new StringBuilder();
            for (int s = 0; s < 4; s++) {
                b.append(b.isEmpty() ? "" : " ").append(sentence(random, vocabulary, p * 4 + s));
            }
            out.add(b.toString());
        }
        return out;
    }

    private static String sentence(Random random, List<String> vocabulary, int n) {
        if (n % 997 == 5) {
            return "The of and it was."; // stop words only: a unit without stems
        }
        StringBuilder b = new StringBuilder();
        int length = n % 1_499 == 7 ? 300 : 5 + random.nextInt(6); // now and then a run of 300 words, no stop
        for (int k = 0; k < length; k++) {
            double skew = Math.pow(random.nextDouble(), 3); // common words far more often
            b.append(k == 0 ? "" : " ").append(vocabulary.get((int) (skew * vocabulary.size())));
        }
        if (n % 1_201 == 3) {
            b.append(" ").append("x".repeat(300)); // longer than one token: split by the tokenizer
        }
        return Character.toUpperCase(b.charAt(0)) + b.substring(1) + (length == 300 ? "" : ".");
    }

    private static AnalyzedArticle article(String name, List<String> paragraphs) {
        return AnalyzedArticle.of(ArticleAssembler.assemble(name,
                new PlainTextExtractor().extract("A report of invented words\n\n" + String.join("\n\n", paragraphs))));
    }
}

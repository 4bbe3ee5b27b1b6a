package dev.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.TestArticles;
import dev.parallax.TestData;
import dev.parallax.compare.semantic.CachingEmbedder;
import dev.parallax.compare.semantic.OnnxEmbedder;
import dev.parallax.compare.semantic.SentenceEmbedder;
import dev.parallax.article.AnalyzedArticle;
import dev.parallax.text.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties that must hold on real reports nobody here wrote. */
class ComparerCorpusTest {
    private static final SentenceEmbedder EMBEDDER = new CachingEmbedder(OnnxEmbedder.shared().join(), null);

    private static List<Path> events() throws IOException {
        try (var list = Files.list(TestData.corpus("basil-news-triplets").resolve("events"))) {
            return list.sorted().toList();
        }
    }

    /**
     * Reports of one event share more text than reports of different events: on the first 12 BASIL
     * events, every same-event pair (NYT vs Fox) against the pair of NYT with the next event's Fox.
     */
    @Test
    void sameEventPairsShareMoreThanCrossEventPairs() throws IOException {
        List<Path> events = events().subList(0, 13);
        int wins = 0;
        double same = 0;
        double cross = 0;
        for (int i = 0; i < 12; i++) {
            AnalyzedArticle nyt = TestArticles.analyzed(events.get(i).resolve("nyt.txt"));
            AnalyzedArticle fox = TestArticles.analyzed(events.get(i).resolve("fox.txt"));
            AnalyzedArticle other = TestArticles.analyzed(events.get(i + 1).resolve("fox.txt"));
            Comparer comparer = new Comparer(EMBEDDER);
            double s = comparer.compare(nyt, fox).stats().sharedA();
            double x = comparer.compare(nyt, other).stats().sharedA();
            same += s;
            cross += x;
            wins += s > x ? 1 : 0;
            assertTrue(s >= x, "event " + i + ": cross-event pair shares more (" + x + ") than same-event (" + s + ")");
        }
        // Outlets rewrite heavily: a few same-event pairs share no sentence at all, but a pair from two
        // events must never look more alike than a pair from one.
        assertTrue(wins >= 9, "same-event pair shared more in " + wins + " of 12 events");
        assertTrue(same > 10 * cross, "mean shared " + same / 12 + " vs " + cross / 12);
    }

    /** Spans, kinds and diffs are consistent on every pair of a handful of real events. */
    @Test
    void comparisonsOfRealEventsAreWellFormed() throws IOException {
        for (Path event : events().subList(20, 26)) {
            List<AnalyzedArticle> three = new ArrayList<>();
            for (String s : List.of("fox.txt", "nyt.txt", "hpo.txt")) {
                three.add(TestArticles.analyzed(event.resolve(s)));
            }
            Comparison c = new Comparer(EMBEDDER).compare(three.get(0), three.get(2));
            for (Match m : c.matches()) {
                check(m.a(), c.a().text());
                check(m.b(), c.b().text());
                String a = m.diff().stream().filter(d -> d.op() != DiffOp.Op.INSERT).map(DiffOp::text).reduce("", String::concat);
                String b = m.diff().stream().filter(d -> d.op() != DiffOp.Op.DELETE).map(DiffOp::text).reduce("", String::concat);
                assertTrue(a.equals(m.a().of(c.a().text())), "equal+delete spell A");
                assertTrue(b.strip().equals(m.b().of(c.b().text()).strip()) || m.kind() != MatchKind.IDENTICAL,
                        "equal+insert spell B");
                assertTrue(m.score() >= 0 && m.score() <= 1);
            }
            for (UniquePassage u : c.unique()) {
                check(u.span(), (u.article() == 0 ? c.a() : c.b()).text());
            }
        }
    }

    private static void check(Span s, String text) {
        assertTrue(s.end() <= text.length() && s.start() < s.end(), "span inside the text");
    }
}

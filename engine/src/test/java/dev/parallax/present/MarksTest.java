package dev.parallax.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.TestData;
import dev.parallax.article.AnalyzedArticle;
import dev.parallax.compare.Comparison;
import dev.parallax.compare.DiffOp;
import dev.parallax.compare.Match;
import dev.parallax.compare.MatchKind;
import dev.parallax.compare.Stats;
import dev.parallax.compare.UniquePassage;
import dev.parallax.ingest.ArticleLoader;
import dev.parallax.ingest.LoadResult;
import dev.parallax.text.Span;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one rule for who owns a character, on real articles with passages placed to overlap. */
class MarksTest {
    private static final Path EVENT = TestData.reports("bridge-event");
    private final AnalyzedArticle a = load(EVENT.resolve("daily.txt"));
    private final AnalyzedArticle b = load(EVENT.resolve("wire.txt"));

    private static AnalyzedArticle load(Path file) {
        LoadResult r = new ArticleLoader().loadFile(file);
        if (!(r instanceof LoadResult.Loaded loaded)) {
            throw new IllegalStateException("did not load: " + r);
        }
        return AnalyzedArticle.of(loaded.article());
    }

    private Comparison comparison(List<Match> matches, List<UniquePassage> unique) {
        return new Comparison(List.of(a, b), matches, unique, List.of(), List.of(), new Stats(0, 0));
    }

    private static Match match(MatchKind kind, int from, int to, List<DiffOp> diff) {
        return new Match(kind, 1.0, new Span(from, to), new Span(from, to), diff, false);
    }

    @Test
    void matchesWinOverOneSidedPassagesAndEarlierMatchesOverLaterOnes() {
        Comparison c = comparison(List.of(match(MatchKind.IDENTICAL, 20, 40, List.of()),
                        match(MatchKind.PARAPHRASE, 30, 60, List.of())),
                List.of(new UniquePassage(0, new Span(10, 25)), new UniquePassage(0, new Span(50, 70))));
        Marks m = Marks.of(c, 0);
        assertEquals(List.of(10, 20, 30, 50), m.all().stream().map(x -> x.span().start()).toList(), "reading order");
        Mark identical = m.all().get(m.ownerAt(20));
        assertEquals(MatchKind.IDENTICAL, identical.kind());
        assertEquals(m.ownerAt(24), m.ownerAt(20), "the match keeps what the earlier-starting unique also covers");
        assertTrue(m.all().get(m.ownerAt(15)).isUnique());
        assertEquals(MatchKind.IDENTICAL, m.all().get(m.ownerAt(39)).kind(), "the first match keeps its end");
        assertEquals(MatchKind.PARAPHRASE, m.all().get(m.ownerAt(40)).kind());
        assertEquals(MatchKind.PARAPHRASE, m.all().get(m.ownerAt(55)).kind());
        assertEquals(1, m.all().get(m.ownerAt(65)).unique());
        assertEquals(-1, m.ownerAt(5));
        assertEquals(-1, m.ownerAt(75));
    }

    @Test
    void runsCoverTheRangeExactlyAndMarkEachPassagesFirstOwnedCharacter() {
        Comparison c = comparison(List.of(match(MatchKind.NEAR, 20, 40, List.of())),
                List.of(new UniquePassage(0, new Span(10, 50))));
        Marks m = Marks.of(c, 0);
        List<Marks.Run> runs = m.runs(0, 100);
        int at = 0;
        for (Marks.Run r : runs) {
            assertEquals(at, r.start());
            at = r.end();
        }
        assertEquals(100, at);
        int unique = m.ownerAt(10);
        assertEquals(List.of(-1, unique, m.ownerAt(20), unique, -1), runs.stream().map(Marks.Run::mark).toList(),
                "the one-sided passage is cut in two around the match");
        assertEquals(List.of(false, true, true, false, false), runs.stream().map(Marks.Run::first).toList());
    }

    @Test
    void aPassageWhollyCoveredByEarlierOnesIsNotShown() {
        Comparison c = comparison(List.of(match(MatchKind.IDENTICAL, 20, 60, List.of()),
                match(MatchKind.NEAR, 30, 40, List.of())), List.of(new UniquePassage(1, new Span(0, 10))));
        Marks m = Marks.of(c, 0);
        assertTrue(m.shown(m.ofMatch(0)));
        assertFalse(m.shown(m.ofMatch(1)));
        assertEquals(-1, m.ofUnique(0), "the one-sided passage of B is not among A's marks");
        assertEquals(1, Marks.of(c, 1).all().stream().filter(Mark::isUnique).count());
    }

    @Test
    void theWordsANearMatchChangedAreFlaggedOnEachSide() {
        String text = a.text();
        int start = text.indexOf(' ', 40) + 1;
        int second = text.indexOf(' ', start) + 1;
        int third = text.indexOf(' ', second);
        String word = text.substring(second, third);
        List<DiffOp> diff = List.of(new DiffOp(DiffOp.Op.EQUAL, text.substring(start, second)),
                new DiffOp(DiffOp.Op.DELETE, word));
        Comparison c = comparison(List.of(match(MatchKind.NEAR, start, third, diff)), List.of());
        List<Marks.Run> runs = Marks.of(c, 0).runs(start, third);
        assertEquals(2, runs.size(), runs.toString());
        assertFalse(runs.get(0).changed());
        assertTrue(runs.get(1).changed());
        assertEquals(second, runs.get(1).start());
        assertTrue(Marks.of(c, 1).runs(start, third).stream().noneMatch(Marks.Run::changed), "B added nothing");
    }

    @Test
    void spansPastTheEndAreCutToTheText() {
        int n = a.text().length();
        Comparison c = comparison(List.of(), List.of(new UniquePassage(0, new Span(n - 5, n + 50))));
        Marks m = Marks.of(c, 0);
        assertEquals(new Span(n - 5, n), m.all().getFirst().span());
        assertEquals(-1, m.ownerAt(n));
    }
}

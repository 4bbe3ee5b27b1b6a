package dev.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.article.AnalyzedArticle;
import dev.parallax.ingest.ArticleLoader;
import dev.parallax.ingest.LoadResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A sentence whose subject refers back ("They…", "Both…", "The two countries…") is matched with the names of
 * the sentence before it, on reports written here: the counterpart names them and sits nowhere near an
 * aligned neighbour, so only the resolved reading can find it.
 */
class ReferencesTest {
    private static AnalyzedArticle article(String name, String text) {
        LoadResult r = new ArticleLoader().fromBytes(Path.of(name), text.getBytes(StandardCharsets.UTF_8));
        return AnalyzedArticle.of(((LoadResult.Loaded) r).article());
    }

    @Test
    void referringSubjectsAreRecognised() {
        assertTrue(References.refers("They will also share catch data."));
        assertTrue(References.refers("The two countries kept up the drive on Friday."));
        assertTrue(References.refers("Both pledged to end trawling."));
        assertFalse(References.refers("Theirs is a long story, said Mr. Holm."));
        assertFalse(References.refers("Norway and Chile signed an accord."));
        assertEquals(java.util.List.of("Norway", "Chile", "Oslo", "Tuesday"),
                References.names("Norway and Chile signed a fisheries accord in Oslo on Tuesday."));
        assertNull(References.resolved(SentenceProfile.of(new dev.parallax.text.Span(0, 5), "Rain."),
                SentenceProfile.of(new dev.parallax.text.Span(0, 5), "Norway.")), "no reference, no reading");
    }

    @Test
    void aSentenceWithAPronounSubjectIsMatchedThroughItsPredecessorsNames() {
        String a = "Fisheries deal\n\nNorway and Chile signed a fisheries accord in Oslo on Tuesday. "
                + "They will also share catch data.\n\n"
                + "Ministers from both countries praised the talks as frank and useful.\n\n"
                + "The accord takes effect in March after a vote in each parliament.";
        String b = "Oslo accord\n\nThe accord signed in Oslo will take effect in March after each parliament votes on it.\n\n"
                + "Environmental groups called the deal a modest first step for the oceans.\n\n"
                + "Norway and Chile will also share catch data with Peru, officials said.";
        Comparison c = new Comparer(null).compare(article("a.txt", a), article("b.txt", b));
        String textA = c.a().text();
        String textB = c.b().text();
        Match m = c.matches().stream()
                .filter(x -> x.a().of(textA).startsWith("They will also share")).findFirst().orElse(null);
        assertTrue(m != null, "the pronoun sentence is matched: " + c.matches());
        assertTrue(m.b().of(textB).startsWith("Norway and Chile will also share"), m.b().of(textB));
    }

    @Test
    void aReferringSentenceWithNoCounterpartStaysUnmatched() {
        String a = "Fisheries deal\n\nNorway and Chile signed a fisheries accord in Oslo on Tuesday. "
                + "They then flew home to prepare for the winter elections.";
        String b = "Oslo accord\n\nNorway and Chile signed a fisheries accord in Oslo on Tuesday.\n\n"
                + "Chile exports more salmon than any country but Norway, trade figures show.";
        Comparison c = new Comparer(null).compare(article("a.txt", a), article("b.txt", b));
        String textA = c.a().text();
        assertTrue(c.matches().stream().noneMatch(x -> x.a().of(textA).contains("flew home")), c.matches().toString());
    }
}

package dev.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.TestData;
import dev.parallax.article.Article;
import dev.parallax.ingest.ArticleLoader;
import dev.parallax.ingest.LoadResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text, 0, text.length(), "en").stream()
                .map(s -> text.substring(s[0], s[1])).toList();
    }

    @Test
    void abbreviationsAndTitlesDoNotEndSentences() {
        assertEquals(List.of("Mr. Smith met Dr. Jones at 5 p.m. on Friday.", "It rained."),
                sentences("Mr. Smith met Dr. Jones at 5 p.m. on Friday. It rained."));
        assertEquals(List.of("Sen. John McCain, R-Ariz., said Gov. Perry was wrong.", "Jan. 5 was cold."),
                sentences("Sen. John McCain, R-Ariz., said Gov. Perry was wrong. Jan. 5 was cold."));
    }

    @Test
    void dottedAcronymEndsASentenceOnlyBeforeASentenceOpener() {
        assertEquals(List.of("The U.S. Army said no.", "He moved to the U.S.", "The next day he left."),
                sentences("The U.S. Army said no. He moved to the U.S. The next day he left."));
    }

    @Test
    void closingQuotesStayWithTheirSentenceAndEllipsesInsideDoNotSplit() {
        List<String> s = sentences("“It is over,” he said. “We go on…and on,” she said. Then (war) ... to end.");
        assertEquals(List.of("“It is over,” he said.", "“We go on…and on,” she said.", "Then (war) ... to end."), s);
    }

    @Test
    void sentencesOfTheSeedsHaveOffsetsIntoTheText() {
        LoadResult.Loaded l = (LoadResult.Loaded) new ArticleLoader().loadFile(TestData.seedA());
        Article a = l.article();
        List<Sentence> sentences = dev.parallax.article.AnalyzedArticle.sentences(a);
        assertEquals(30, sentences.size(), "28 paragraphs, two of them of two sentences");
        for (Sentence s : sentences) {
            String t = s.text(a.text());
            assertEquals(t.strip(), t);
            assertTrue(!t.contains("\n\n"), "a sentence never crosses a paragraph: " + t);
        }
        assertTrue(sentences.stream().noneMatch(s -> s.text(a.text()).equals("Keeping up peace push")),
                "headings are not sentences");
    }

    @Test
    void foldingMakesTypographicVariantsEqual() {
        assertEquals(TextFolding.fold("doesn't add up \"now\""), TextFolding.fold("Doesn’t add up “now”"));
        assertEquals("a-b", TextFolding.fold("a\u2014b"));
    }

    @Test
    void tokensKeepApostrophesAndNumbers() {
        List<String> t = Tokens.of("China’s 70% rise, 1,000.5 units").stream().map(Token::folded).toList();
        assertEquals(List.of("china's", "70", "rise", "1,000.5", "units"), t);
    }

    @Test
    void languagesAreDetectedFromText() {
        assertEquals("en", Languages.detect("The minister said on Friday that the talks would go on."));
        assertEquals("de", Languages.detect("Der Minister sagte am Freitag, dass die Gespräche weitergehen würden."));
        assertEquals("fr", Languages.detect("Le ministre a dit vendredi que les discussions avec la Russie allaient continuer dans les prochains jours."));
        assertEquals("ar", Languages.detect("قال الوزير يوم الجمعة إن المحادثات ستستمر في الأسبوع المقبل"));
    }
}

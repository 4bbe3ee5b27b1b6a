package dev.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.TestData;
import dev.parallax.ingest.ArticleLoader;
import dev.parallax.ingest.LoadResult;
import dev.parallax.article.Article;
import java.text.Bidi;
import org.junit.jupiter.api.Test;

/** Labels that join an Arabic title and a file name keep them apart in a left-to-right control. */
class LabelDirectionTest {

    @Test
    void anArabicTitleAndAFileNameThatStartsWithADigitStayInReadingOrder() {
        Article arabic = ((LoadResult.Loaded) new ArticleLoader().loadFile(TestData.reports("arabic-pair").resolve("1.txt"))).article();
        String label = ReaderWindow.label(arabic);
        assertTrue(label.endsWith("1.txt"), label);
        Bidi bidi = new Bidi(label, Bidi.DIRECTION_LEFT_TO_RIGHT);
        int separator = label.indexOf('·');
        int digit = label.lastIndexOf("1.txt");
        // Without the mark, the separator joins the Arabic run (level 1) and "1" reads as an Arabic number
        // (level 2): the control shows "txt.1 · <title>" jumbled.
        assertEquals(1, bidi.getLevelAt(label.indexOf(arabic.title().strip().substring(0, 1))));
        assertEquals(0, bidi.getLevelAt(separator));
        assertEquals(0, bidi.getLevelAt(digit));
        assertEquals(0, bidi.getLevelAt(label.length() - 1));
    }

    @Test
    void leftToRightPiecesAreJoinedUnchanged() {
        assertEquals("Blinken questions China  ·  reuters.com", ReaderWindow.leftToRight("Blinken questions China",
                "  ·  ", "reuters.com"));
    }
}

package dev.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.article.Article;
import dev.parallax.article.Metadata;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CitationsTest {
    @Test
    void datesReadInTheReadersZoneAndLanguage() {
        assertEquals("Jul 6, 2018, 10:29 AM",
                Citations.readableDate("2018-07-06T08:29:46+00:00", ZoneId.of("Europe/Berlin"), Locale.US)
                        .replace('\u202F', ' '));
        assertEquals("6 juil. 2018", Citations.readableDate("2018-07-06", ZoneId.of("UTC"), Locale.FRANCE));
        assertEquals("Jul 6, 2018", Citations.readableDate("2018-07-06T08:29:46", ZoneId.of("UTC"), Locale.US));
        assertEquals("yesterday", Citations.readableDate("yesterday", ZoneId.of("UTC"), Locale.US), "shown as given");
    }

    @Test
    void aCitationCarriesQuoteSpeakerOutletTitleAndUrlOrFile() {
        Article a = new Article("/tmp/a.txt", "Blinken questions China", "text", List.of(), List.of(), "en",
                new Metadata(null, null, "Reuters", "https://example.org/a"));
        assertEquals("“war machine”\n— Antony Blinken, Reuters, “Blinken questions China”, https://example.org/a",
                Citations.cite("“war machine”", "Antony Blinken", a));
        Article file = new Article("/tmp/a.txt", null, "text", List.of(), List.of(), "en", null);
        assertEquals("“He met Wang Yi.”\n— /tmp/a.txt", Citations.cite("He met Wang Yi.", null, file));
    }

    @Test
    void searchForThisQuotesTheFirstWords() {
        assertEquals("\"one two three four five six seven eight\"",
                Citations.searchPhrase("“one two three four five six seven eight nine”"));
    }

    @Test
    void exportNamesComeFromTitlesInAnyScript() {
        assertEquals("blinken-questions-china-peace", FileActions.slug("Blinken questions China peace push", 4));
        assertEquals("بلينكن-يشكك", FileActions.slug("بلينكن يشكك", 4));
        assertEquals("report", FileActions.slug("!!!", 4));
    }
}

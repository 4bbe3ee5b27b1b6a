package dev.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class TitleChooserTest {
    private static String title(String head, String body) {
        Document doc = Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>",
                "https://www.tide.example/a/1");
        return PageMetadata.title(doc, StructuredData.read(doc));
    }

    @Test
    void theSiteNameLearnedFromOgSiteNameGoesWhateverTheSeparator() {
        for (String sep : new String[] {" | ", " - ", " – ", " — ", ": ", " · ", " » "}) {
            assertEquals("Bridge reopens after repairs", title("<title>Bridge reopens after repairs" + sep
                    + "The Daily Tide</title><meta property='og:site_name' content='The Daily Tide'>", ""), sep);
            assertEquals("Bridge reopens after repairs", title("<title>The Daily Tide" + sep
                    + "Bridge reopens after repairs</title><meta property='og:site_name' content='The Daily Tide'>", ""), sep);
        }
    }

    @Test
    void thePartOfTheTitleOtherCandidatesLackIsTheSiteName() {
        assertEquals("Hund vertreibt Einbrecher – Zeugenaufruf", title("<title>Hund vertreibt Einbrecher – Zeugenaufruf "
                + "| Kreiszeitung Nord</title><meta property='og:title' content='Hund vertreibt Einbrecher – Zeugenaufruf'>", ""));
        assertEquals("Budget approved", title("<title>Budget approved · Nordkurier</title>"
                + "<meta property='og:title' content='Budget approved'>", "<h1>Nordkurier</h1>"));
    }

    @Test
    void theDomainIsASiteName() {
        assertEquals("Ferry strike ends", title("<title>Ferry strike ends - TIDE.example</title>", ""));
    }

    @Test
    void theVisibleHeadingThatAMetaCandidateStatesWins() {
        assertEquals("St. Louis Park elects a new mayor", title("<meta property='og:title' content='Politics | St. Louis "
                + "Park elects a new mayor'><title>Politics | St. Louis Park elects a new mayor | Star</title>",
                "<h2>Menu</h2><h1>St. Louis Park elects a new mayor</h1>"));
        assertEquals("Leasing oder Finanzierung – was lohnt sich mehr?", title("<title>Leasing oder Finanzierung – was "
                + "lohnt sich mehr? | Autoportal</title>", "<h1>Leasing oder Finanzierung – was lohnt sich mehr?</h1>"));
    }

    @Test
    void aHeadingThatIsANavigationLabelLosesToAgreeingMetaCandidates() {
        assertEquals("Cold wave alert for Tuesday", title("<meta property='og:title' content='Cold wave alert for Tuesday'>"
                + "<title>Cold wave alert for Tuesday : KBS WORLD</title>", "<h1>KBS WORLD</h1><h2>Sections</h2>"));
    }

    @Test
    void arabicTitleWithSiteName() {
        assertEquals("انتخابات بلدية في تونس", title("<title>انتخابات بلدية في تونس - الجريدة</title>"
                + "<meta property='og:site_name' content='الجريدة'>", ""));
    }
}

package dev.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class AuthorExtractorTest {
    private static List<String> authors(String html) {
        Document doc = Jsoup.parse(html, "https://www.dailytide.example/news/1");
        StructuredData ld = StructuredData.read(doc);
        return AuthorExtractor.extract(doc, ld, PageMetadata.siteNames(doc, ld));
    }

    private static List<String> names(String value) {
        return AuthorExtractor.names(List.of(value), List.of("The Daily Tide"));
    }

    @Test
    void listsAreSplitAndBylineWordsRolesDatesHandlesDropped() {
        assertEquals(List.of("Ann Lee", "Bo Park", "Cy Diaz"), names("By Ann Lee, Bo Park and Cy Diaz"));
        assertEquals(List.of("Ann Lee", "Bo Park"), names("Ann Lee & Bo Park"));
        assertEquals(List.of("Ana Ruiz"), names("Por Ana Ruiz"));
        assertEquals(List.of("Jan Vogel", "Eva Roth"), names("Von Jan Vogel und Eva Roth"));
        assertEquals(List.of("Luc Morel"), names("Par Luc Morel, envoyé spécial"));
        assertEquals(List.of("Ann Lee"), names("Ann Lee, Staff Writer"));
        assertEquals(List.of("Ann Lee"), names("Ann Lee | May 3, 2021 10:04 am"));
        assertEquals(List.of("Ann Lee"), names("Ann Lee @annlee ann@tide.example"));
        assertEquals(List.of("Ann Lee"), names("Ann Lee, Correspondent"));
        assertEquals(List.of("محمد علي", "سارة أحمد"), names("بقلم محمد علي و سارة أحمد"));
        assertEquals(List.of(), names("The Daily Tide"));
        assertEquals(List.of(), names("https://www.facebook.com/annlee"));
    }

    @Test
    void jsonLdAuthorsInAllTheirShapes() {
        assertEquals(List.of("Ann Lee", "Bo Park"), authors("<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"headline\":\"H\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ann Lee\"},\"Bo Park\"]}</script>"));
        assertEquals(List.of("Ann Lee"), authors("<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"NewsArticle\","
                + "\"headline\":\"H\",\"author\":{\"@id\":\"#p1\"}},{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"Ann Lee\"}]}"
                + "</script>"));
    }

    @Test
    void thePublisherIsNotAnAuthorAndTheNextSourceIsTried() {
        assertEquals(List.of("Ann Lee"), authors("<head><meta property='og:site_name' content='The Daily Tide'>"
                + "<meta name='author' content='The Daily Tide'></head><body><p class='byline'>By Ann Lee</p></body>"));
        assertEquals(List.of("Ann Lee"), authors("<head><meta property='article:author' "
                + "content='https://facebook.com/annlee'></head><body><a rel='author' href='/a'>Ann Lee</a></body>"));
    }

    @Test
    void aBlogNamedAfterItsAuthorKeepsHerAsAuthor() {
        assertEquals(List.of("Ann Lee"), authors("<head><meta property='og:site_name' content=\"Ann Lee's blog\"></head>"
                + "<body><span class='byline'><span class='author vcard'>Author <a href='/a'>Ann Lee</a></span></span></body>"));
        assertEquals(List.of("Uta Roth"), authors("<body><p><strong>Autorin: Uta Roth, Projektleiterin der Stiftung in "
                + "Tunis.</strong></p></body>"));
    }

    @Test
    void thePublishersNameWithAMediaWordIsNotAPersonButAnAuthorsOwnDomainIs() {
        assertEquals(List.of(), AuthorExtractor.names(List.of("OÖ Volksblatt", "FOCUS Online"), List.of("volksblatt", "focus")));
        assertEquals(List.of("Ann Lee"), AuthorExtractor.names(List.of("Ann Lee"), List.of("lee", "Ann Lee's blog")));
        assertEquals(List.of("Ann Lee"), names("Ann Lee Datum: 03.03.2019"));
    }

    @Test
    void commentAuthorsAreNotTheArticles() {
        assertEquals(List.of("Ann Lee"), authors("<body><section class='comments'><span class='comment-author'>Bob Roe"
                + "</span></section><article><p>By Ann Lee</p><p>Text of the article.</p></article></body>"));
    }

    private static final String PROSE = "<p>" + "The council met on Tuesday and voted on the plan for the harbour. ".repeat(8) + "</p>";

    @Test
    void aThemeWrapperNamedSidebarOrWidgetAroundTheArticleIsTheArticlesFrame() {
        // Themes wrap the whole page in "content-sidebar-wrap" or "widget Blog"; only real widgets are skipped.
        assertEquals(List.of("Ann Lee"), authors("<body><div class='content-sidebar-wrap'><article><h1>Harbour plan</h1>"
                + "<p class='entry-meta'>by <a rel='author' href='/author/admin/'>Ann Lee</a></p>" + PROSE + PROSE
                + "</article><aside class='sidebar'><a rel='author' href='/author/bo/'>Bo Park</a></aside></div></body>"));
        assertEquals(List.of("Ann Lee"), authors("<body><div class='widget Blog'><h3>Harbour plan</h3>" + PROSE + PROSE
                + "<span class='post-author'><a rel='author' href='/profile/1'>Ann Lee</a></span></div>"
                + "<div class='widget Profile'><a rel='author' href='/profile/1'>Bo Park</a></div></body>"));
        assertEquals(List.of(), authors("<body><div class='sidebar'><a rel='author' href='/author/bo/'>Bo Park</a></div>"
                + "<article><h1>Harbour plan</h1>" + PROSE + PROSE + "</article></body>"));
    }

    @Test
    void aNameAfterTheDateOfAPostedOnLine() {
        assertEquals(List.of("Ann Lee"), names("Posted on September 21, 2020 by Ann Lee"));
        assertEquals(List.of("Jan Vogel"), names("Veröffentlicht am 3. Mai 2021 von Jan Vogel"));
    }

    @Test
    void writtenByLinesAndIllustratorsCredits() {
        assertEquals(List.of("Ann Lee"), authors("<body><article><h1>Harbour plan</h1><p><em>Written by: <a href='/x'>Ann Lee"
                + "</a></em></p>" + PROSE + "</article></body>"));
        assertEquals(List.of("Jan Vogel"), authors("<body><article><h1>Hafen</h1><p><em>Text von Jan Vogel &nbsp; Illustration "
                + "von Eva Roth</em></p>" + PROSE + "</article></body>"));
        assertEquals(List.of("Ann Lee"), names("Ann Lee Photos: Bo Park"));
        // A publisher's own byline first does not hide the writer's.
        assertEquals(List.of("Ann Lee"), authors("<head><meta property='og:site_name' content='The Daily Tide'></head><body>"
                + "<article><h1>Harbour plan</h1><div class='byline'>By The Daily Tide - May 3, 2021</div><p><em>Written by: "
                + "Ann Lee</em></p>" + PROSE + "</article></body>"));
    }

    @Test
    void aLinkToTheAuthorsPageThatSpellsTheName() {
        assertEquals(List.of("Uriel Gadès", "Ann Lee"), authors("<body><nav><a href='/staff/bo-park/'>Bo Park</a></nav><article>"
                + "<h1>Harbour plan</h1><dl><dd><a href='/fr/staff/uriel-gades/'>Uriel Gadès</a>, "
                + "<a href='/fr/staff/ann-lee/'>Ann Lee</a></dd></dl>" + PROSE + "</article></body>"));
        // The address must spell the text: a link to a team page named otherwise is not a byline.
        assertEquals(List.of(), authors("<body><article><h1>Harbour plan</h1><a href='/team/contact'>Write to us</a>"
                + PROSE + "</article></body>"));
    }

    @Test
    void aUserNameOnlyFromALinkToTheAuthorsPageAndNoUiWords() {
        assertEquals(List.of("marc"), authors("<body><article><h1>Barcamp</h1><span class='author vcard'>"
                + "<a href='https://blog.example/author/murdelta/' rel='author'>marc</a></span>" + PROSE + "</article></body>"));
        assertEquals(List.of(), authors("<body><article><h1>Barcamp</h1><span class='author'><a href='/p/1'>marc</a></span>"
                + PROSE + "</article></body>"));
        assertEquals(List.of(), authors("<body><article><h1>Barcamp</h1><div class='author-info'><a class='author-follow' "
                + "href='/follow'>Follow</a></div>" + PROSE + "</article></body>"));
    }

    @Test
    void theAuthorsOfCitedWorksAreNotTheArticles() {
        assertEquals(List.of("Marwan Adwan"), authors("<head><meta name='citation_author' content='Marwan Adwan'></head><body>"
                + "<article><h1>DRESS syndrome</h1>" + PROSE + "<ol><li itemprop='citation' itemscope><meta itemprop='author' "
                + "content='NH. Shear, SP. Spielberg'><meta itemprop='headline' content='Anticonvulsant'></li></ol></article></body>"));
    }
}

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
}

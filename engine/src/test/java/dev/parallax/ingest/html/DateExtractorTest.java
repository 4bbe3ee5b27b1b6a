package dev.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateExtractorTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);

    private static DateExtractor.Dates dates(String html) {
        Document doc = Jsoup.parse(html);
        return new DateExtractor(CLOCK).extract(doc, StructuredData.read(doc), doc.location());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Fri Apr 28 19:20:36 CEST 2023|2023-04-28T19:20:36+02:00",
        "1682702436|2023-04-28T17:20:36Z",
        "1682702436000|2023-04-28T17:20:36Z",
        "Fri, 28 Apr 2023 19:20:36 GMT|2023-04-28T19:20:36Z",
        "Fri, 28 Apr 2023 19:20:36 +0200|2023-04-28T19:20:36+02:00",
        "2023-04-28 19:20|2023-04-28",
        "2023-04-28T19:20:36.123+02:00|2023-04-28T19:20:36+02:00",
        "2022-1-26T14:32:06+0200|2022-01-26T14:32:06+02:00",
        "2023-04-28|2023-04-28",
        "20230428|2023-04-28",
        "28 avril 2023 à 19h20|2023-04-28",
        "28. April 2023, 19:20 Uhr MESZ|2023-04-28",
        "28 de abril de 2023|2023-04-28",
        "April 28, 2023 7:20 pm EDT|2023-04-28T19:20:00-04:00",
        "٢٨ أبريل ٢٠٢٣|2023-04-28",
        "28 نيسان 2023|2023-04-28"})
    void valuesParseToIso(String raw, String iso) {
        DateParser.Parsed p = DateParser.parseValue(raw);
        assertEquals(iso, p == null ? null : p.iso(), raw);
    }

    @Test
    void garbageIsNotADate() {
        assertNull(DateParser.parseValue("yesterday afternoon"));
        assertNull(DateParser.parseValue("2023-13-45"));
    }

    @Test
    void publishedAndModifiedFromJsonLdAndMeta() {
        DateExtractor.Dates d = dates("<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"headline\":\"H\",\"datePublished\":\"2023-04-28T19:20:36+02:00\",\"dateModified\":\"Sat Apr 29 08:00:00 CEST 2023\"}"
                + "</script></head><body><p>x</p></body></html>");
        assertEquals("2023-04-28T19:20:36+02:00", d.published());
        assertEquals("2023-04-29T08:00:00+02:00", d.modified());
        assertTrue(d.notes().isEmpty());
    }

    @Test
    void aTimeWithoutZoneBorrowsThePagesOffsetOrStaysADate() {
        assertEquals("2023-04-28T19:20:00+02:00", dates("<html><head><meta property='article:published_time' "
                + "content='2023-04-28 19:20'><meta property='article:modified_time' content='2023-04-29T10:00:00+02:00'>"
                + "</head><body></body></html>").published());
        assertEquals("2023-04-28", dates("<html><head><meta name='date' content='2023-04-28 19:20'></head></html>")
                .published());
    }

    @Test
    void visibleDatelineInThePagesLanguage() {
        assertEquals("2023-04-28", dates("<html lang='fr'><body><h1>Titre</h1><div class='article-date'>Publié le "
                + "vendredi 28 avril 2023</div><p>Texte.</p></body></html>").published());
        assertEquals("2023-04-03", dates("<html lang='de'><body><span class='datum'>03.04.2023</span></body></html>")
                .published());
        assertEquals("2023-03-04", dates("<html lang='en'><body><span class='date'>03/04/2023</span></body></html>")
                .published());
        assertEquals("2023-04-28", dates("<html lang='ar' dir='rtl'><body><time>٢٨ أبريل ٢٠٢٣</time></body></html>")
                .published());
    }

    @Test
    void aDatelineParagraphAndAWebPagesOwnDate() {
        assertEquals("2021-11-11", dates("<html lang='de'><body><article><p>Hofheim am Taunus | Wiesbaden, 11. November "
                + "2021</p><p>Die Firma wurde ausgezeichnet.</p></article></body></html>").published());
        assertEquals("2018-06-07T10:13:17Z", dates("<html><head><script type='application/ld+json'>{\"@graph\":[{\"@type\":"
                + "\"WebPage\",\"name\":\"About\",\"datePublished\":\"2018-06-07T10:13:17+00:00\"}]}</script></head>"
                + "<body><p>About us.</p></body></html>").published());
    }

    @Test
    void futureAndAncientDatesAreDroppedWithANote() {
        DateExtractor.Dates d = dates("<html><head><meta property='article:published_time' content='2031-01-01T00:00:00Z'>"
                + "<meta name='dc.date.issued' content='1985-05-05'></head><body><time datetime='2020-02-02'>2 Feb</time></body></html>");
        assertEquals("2020-02-02", d.published());
        assertEquals(2, d.notes().size(), d.notes().toString());
        assertTrue(d.notes().get(0).contains("in the future") && d.notes().get(1).contains("before 1990"), d.notes().toString());
    }

    @Test
    void theUrlsDateIsTheLastResort() {
        Document doc = Jsoup.parse("<html><body><p>No date anywhere.</p></body></html>");
        assertEquals("2021-03-09", new DateExtractor(CLOCK).extract(doc, StructuredData.NONE,
                "https://x.example/2021/03/09/story").published());
        assertNull(dates("<html><body><p>No date anywhere.</p></body></html>").published());
    }

    @Test
    void aUtcDateTimeIsRestatedInThePagesOwnZoneWhenThePageShowsTheSameInstant() {
        // The same instant in a <time datetime> at another offset.
        assertEquals("2022-05-03T23:37:37-04:00", dates("<head><meta property='article:published_time' "
                + "content='2022-05-04T03:37:37+00:00'></head><body><time datetime='2022-05-03T23:37:37-04:00'>"
                + "3 May, 2022</time></body>").published());
        // A visible local time with the same minutes: the page's offset is the difference.
        DateExtractor.Dates d = dates("<head><meta property='article:published_time' content='2023-11-09T05:30:59Z'>"
                + "<meta property='article:modified_time' content='2023-11-09T06:21:49Z'></head><body>"
                + "<time>November 8, 2023 at 11:30 p.m.</time></body>");
        assertEquals("2023-11-08T23:30:59-06:00", d.published());
        assertEquals("2023-11-09T00:21:49-06:00", d.modified());
        // A clock alone beside the date ("3 de mayo de 2022", "21:25") is the local time of the same instant.
        assertEquals("2022-05-03T21:25:56-03:00", dates("<head><meta property='article:published_time' "
                + "content='Wed, 04 May 2022 00:25:56 GMT'></head><body><time>3 de mayo de 2022</time>"
                + "<time>21:25</time></body>").published());
        // A local time with other minutes is another event: the UTC value stays.
        assertEquals("2023-11-09T05:30:59Z", dates("<head><meta property='article:published_time' "
                + "content='2023-11-09T05:30:59Z'></head><body><time>November 8, 2023 at 11:14 p.m.</time></body>")
                .published());
    }

    @Test
    void aPublishedLabelInTheTextBeatsAnUnlabelledTime() {
        assertEquals("2019-08-16", dates("<body><p>Kommentar <time datetime='2019-08-24T03:36:11+02:00'>24. August"
                + "</time></p><p>Veröffentlicht am 16.08.2019<br>Dauer: 1 Stunde</p></body>").published());
        assertEquals("2021-05-03", dates("<body><div>Publié le 3 mai 2021 par Luc Morel</div></body>").published());
        // The label must be followed by the date, not by any date further on.
        assertNull(dates("<body><section>Published on our site. The storm of 3 May 2021 was long.</section></body>")
                .published());
    }

    @Test
    void dateNamedInScriptDataOrStatedInTheTitle() {
        assertEquals("2016-11-04T20:37:27Z", dates("<body><script type='application/json'>{\"publishedDate\":"
                + "\"2016-11-04T20:37:27Z\",\"updatedDate\":null}</script><p>Great service.</p></body>").published());
        assertEquals("2021-11-08", dates("<head><title>08.11.2021 | Online-Fachtag</title></head><body>"
                + "<p>Text.</p></body>").published());
        assertEquals("2020-01-14", dates("<head><meta name='description' content='ORSO: un anno da record "
                + "(Notizia del 14 Gennaio 2020)'></head><body><p>Testo.</p></body>").published());
    }

    @Test
    void aGenericDateMetaYieldsToTheArticlesTimeButStandsInWhenAlone() {
        assertEquals("2022-01-21", dates("<head><meta name='Date' content='2022-1-26T14:32:06+02:00'></head><body>"
                + "<p class='meta'><time datetime='2022-01-21'>21.01.2022 - 13:30</time></p></body>").published());
        assertEquals("2022-01-26T14:32:06+02:00", dates("<head><meta name='Date' content='2022-1-26T14:32:06+02:00'>"
                + "</head><body><p>Text.</p></body>").published());
    }
}

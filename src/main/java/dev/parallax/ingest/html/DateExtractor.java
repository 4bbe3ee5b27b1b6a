package dev.parallax.ingest.html;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The published and modified dates of a page, as ISO 8601: from JSON-LD, meta tags, {@code <time>}, the
 * visible dateline, and last the URL. Each is a date-time with an offset, or the date alone when the page
 * gives no time or no zone (an offset the page states for another of its dates is borrowed). A value that
 * does not parse is passed over; a date before 1990 or in the future is dropped with a note.
 */
final class DateExtractor {
    record Dates(String published, String modified, List<String> notes) {
    }

    static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    private static final List<String> PUBLISHED_META = List.of("article:published_time", "og:published_time",
            "article:published", "published_time", "datePublished", "pubdate", "publishdate", "publish-date",
            "publish_date", "date", "dc.date", "dc.date.issued", "dc.date.created", "dcterms.created", "dcterms.date",
            "dcterms.issued", "parsely-pub-date", "sailthru.date", "article.published", "original-publish-date",
            "citation_publication_date", "citation_date", "dateCreated");
    private static final List<String> MODIFIED_META = List.of("article:modified_time", "og:updated_time",
            "article:modified", "modified_time", "dateModified", "last-modified", "dc.date.modified",
            "dcterms.modified", "article.updated");
    /** Class or id words of the element that shows when an article was published. */
    private static final Pattern DATELINE = Pattern.compile(
            "(?i)(^|[^a-z])(date|dateline|time|timestamp|published|publish|pubdate|posted|post-?meta|entry-?meta|"
                    + "article-?meta|byline|meta|datum|fecha|data)([^a-z]|$)");
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|$)");
    private static final int MAX_DATELINE = 160;

    private final Clock clock;

    DateExtractor(Clock clock) {
        this.clock = clock;
    }

    Dates extract(Document doc, StructuredData ld, String url) {
        String lang = language(doc);
        List<String> notes = new ArrayList<>();
        List<DateParser.Parsed> published = new ArrayList<>();
        published.add(DateParser.parseValue(ld.datePublished()));
        for (String key : PUBLISHED_META) {
            published.add(DateParser.parseValue(PageMetadata.meta(doc, key)));
        }
        for (Element e : doc.select("[itemprop=datePublished], time[pubdate], time[datetime]")) {
            published.add(DateParser.parseValue(first(e.attr("content"), e.attr("datetime"))));
        }
        for (Element e : doc.select("[itemprop=datePublished], time")) {
            published.add(DateParser.parseText(e.text(), lang));
        }
        published.addAll(datelines(doc, lang));
        published.add(shortLineDate(doc, lang));
        published.add(fromUrl(url));

        List<DateParser.Parsed> modified = new ArrayList<>();
        modified.add(DateParser.parseValue(ld.dateModified()));
        for (String key : MODIFIED_META) {
            modified.add(DateParser.parseValue(PageMetadata.meta(doc, key)));
        }
        for (Element e : doc.select("[itemprop=dateModified]")) {
            modified.add(DateParser.parseValue(first(e.attr("content"), e.attr("datetime"))));
        }
        ZoneOffset pageOffset = pageOffset(published, modified);
        String p = choose(published, pageOffset, "published", notes);
        String m = choose(modified, pageOffset, "modified", notes);
        return new Dates(p, m, notes);
    }

    /** The first candidate inside the plausible range; those outside it are noted and passed over. */
    private String choose(List<DateParser.Parsed> candidates, ZoneOffset pageOffset, String what, List<String> notes) {
        LocalDate latest = LocalDate.now(clock).plusDays(1);
        for (DateParser.Parsed d : candidates) {
            if (d == null) {
                continue;
            }
            if (d.date().isBefore(EARLIEST) || d.date().isAfter(latest)) {
                String note = what + " date " + d.iso() + " dropped: " + (d.date().isBefore(EARLIEST)
                        ? "before 1990" : "in the future");
                if (!notes.contains(note)) {
                    notes.add(note);
                }
                continue;
            }
            return (d.time() != null && d.offset() == null && pageOffset != null ? d.at(pageOffset) : d).iso();
        }
        return null;
    }

    /** The offset the page states with any of its dates, for a time it gives without one. */
    private static ZoneOffset pageOffset(List<DateParser.Parsed> a, List<DateParser.Parsed> b) {
        for (List<DateParser.Parsed> list : List.of(a, b)) {
            for (DateParser.Parsed d : list) {
                if (d != null && d.offset() != null && d.time() != null) {
                    return d.offset();
                }
            }
        }
        return null;
    }

    /** Dates written in the elements that show the dateline (class or id says date, time, meta, byline). */
    private static List<DateParser.Parsed> datelines(Document doc, String lang) {
        List<DateParser.Parsed> out = new ArrayList<>();
        Element body = doc.body();
        if (body == null) {
            return out;
        }
        int looked = 0;
        for (Element e : body.getAllElements()) {
            if (looked >= 40) {
                break;
            }
            String names = e.className() + " " + e.id();
            if (names.isBlank() || !DATELINE.matcher(names).find()) {
                continue;
            }
            String t = e.text();
            if (t.isBlank() || t.length() > MAX_DATELINE) {
                continue;
            }
            looked++;
            DateParser.Parsed d = DateParser.parseText(t, lang);
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }

    /** A dateline written as a short paragraph of its own ("Wiesbaden, 11. November 2021"), near the top. */
    private static DateParser.Parsed shortLineDate(Document doc, String lang) {
        int looked = 0;
        for (Element p : doc.select("p")) {
            if (looked++ >= 40) {
                break;
            }
            String t = p.text();
            if (!t.isBlank() && t.length() <= MAX_DATELINE) {
                DateParser.Parsed d = DateParser.parseText(t, lang);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private static DateParser.Parsed fromUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        return m.find() ? DateParser.parseValue(String.format(Locale.ROOT, "%s-%02d-%02d", m.group(1),
                Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))) : null;
    }

    /** The page's declared language (two letters), or null. */
    static String language(Document doc) {
        Element html = doc.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang");
        if (lang.isBlank()) {
            lang = PageMetadata.meta(doc, "og:locale") == null ? "" : PageMetadata.meta(doc, "og:locale");
        }
        lang = lang.strip().toLowerCase(Locale.ROOT);
        return lang.length() >= 2 ? lang.substring(0, 2) : null;
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}

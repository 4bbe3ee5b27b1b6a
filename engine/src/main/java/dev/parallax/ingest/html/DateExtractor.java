package dev.parallax.ingest.html;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
            "publish_date", "dc.date.issued", "dc.date.created", "dcterms.created", "dcterms.date",
            "dcterms.issued", "parsely-pub-date", "sailthru.date", "article.published", "original-publish-date",
            "citation_publication_date", "citation_date", "dateCreated");
    /** Meta names that say "a date" but not which: CMSs fill them with the last save as often as not. */
    private static final List<String> GENERIC_META = List.of("date", "dc.date");
    private static final List<String> MODIFIED_META = List.of("article:modified_time", "og:updated_time",
            "article:modified", "modified_time", "dateModified", "last-modified", "dc.date.modified",
            "dcterms.modified", "article.updated");
    /** Class or id words of the element that shows when an article was published. */
    private static final Pattern DATELINE = Pattern.compile(
            "(?i)(^|[^a-z])(date|dateline|time|timestamp|published|publish|pubdate|posted|post-?meta|entry-?meta|"
                    + "article-?meta|byline|meta|datum|fecha|data)([^a-z]|$)");
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|$)");
    private static final int MAX_DATELINE = 160;
    /** The label of a publication date in the languages of world news. */
    private static final Pattern PUBLISHED_LABEL = Pattern.compile("(?iu)(?<!\\p{L})(?:published(?: on)?|posted(?: on)?|"
            + "first published|veröffentlicht(?: am)?|erschienen(?: am)?|publié(?:e)?(?: le)?|publicado(?: el| en)?|"
            + "pubblicato(?: il)?|opublikowano|gepubliceerd(?: op)?|publicerad|julkaistu|notizia del)\\s*:?");
    private static final Pattern CLOCK_ALONE = Pattern.compile("(\\d{1,2})[:h](\\d{2})");
    private static final Pattern SCRIPT_DATE = Pattern.compile(
            "\"(?:datePublished|publishedDate|publishDate|published_at|publishedAt|publicationDate|firstPublished|"
                    + "firstPublishedDate|date_published|pubDate)\"\\s*:\\s*\"([^\"]{8,40})\"");

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
        published.add(labelledLine(doc, lang));
        for (Element e : doc.select("[itemprop=datePublished], time[pubdate], time[datetime]")) {
            published.add(DateParser.parseValue(first(e.attr("content"), e.attr("datetime"))));
        }
        for (Element e : doc.select("[itemprop=datePublished], time")) {
            published.add(DateParser.parseText(e.text(), lang));
        }
        for (String key : GENERIC_META) {
            published.add(DateParser.parseValue(PageMetadata.meta(doc, key)));
        }
        published.addAll(datelines(doc, lang));
        published.add(shortLineDate(doc, lang));
        published.add(scriptData(doc));
        published.add(titleOrDescription(doc, lang));
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
        DateParser.Parsed p = choose(published, pageOffset, "published", notes);
        DateParser.Parsed m = choose(modified, pageOffset, "modified", notes);
        List<DateParser.Parsed> shown = new ArrayList<>(published);
        shown.addAll(timesAlone(doc, p));
        ZoneOffset local = localOffset(p, shown);
        return new Dates(iso(inZone(p, local)), iso(inZone(m, local)), notes);
    }

    private static String iso(DateParser.Parsed d) {
        return d == null ? null : d.iso();
    }

    /**
     * The page's own offset for a date-time it stores in UTC: the offset of another of its dates that is the
     * same instant (a {@code <time datetime>} at -04:00), or the whole quarter-hour between the UTC time and
     * a local time the page shows with the same minutes ("11:30 p.m." for 05:30Z). Readers and the gold
     * date an article by the publisher's day, which UTC moves past midnight for half the world.
     */
    static ZoneOffset localOffset(DateParser.Parsed chosen, List<DateParser.Parsed> candidates) {
        if (chosen == null || chosen.time() == null || !ZoneOffset.UTC.equals(chosen.offset())) {
            return null;
        }
        LocalDateTime utc = LocalDateTime.of(chosen.date(), chosen.time()).truncatedTo(ChronoUnit.MINUTES);
        for (DateParser.Parsed d : candidates) {
            if (d == null || d.time() == null || ZoneOffset.UTC.equals(d.offset())) {
                continue;
            }
            LocalDateTime shown = LocalDateTime.of(d.date(), d.time()).truncatedTo(ChronoUnit.MINUTES);
            if (d.offset() != null) {
                if (shown.minusSeconds(d.offset().getTotalSeconds()).equals(utc)) {
                    return d.offset();
                }
                continue;
            }
            long minutes = Duration.between(utc, shown).toMinutes();
            if (minutes != 0 && minutes % 15 == 0 && minutes >= -12 * 60 && minutes <= 14 * 60) {
                return ZoneOffset.ofTotalSeconds((int) minutes * 60);
            }
        }
        return null;
    }

    /**
     * A {@code <time>} that shows only the clock ("21:25"), dated the UTC day or the day before or after,
     * whichever is within the world's offsets: a local time for {@link #localOffset} to match by its minutes.
     */
    private static List<DateParser.Parsed> timesAlone(Document doc, DateParser.Parsed chosen) {
        List<DateParser.Parsed> out = new ArrayList<>();
        if (chosen == null || chosen.time() == null) {
            return out;
        }
        LocalDateTime utc = LocalDateTime.of(chosen.date(), chosen.time());
        for (Element e : doc.select("time")) {
            Matcher m = CLOCK_ALONE.matcher(e.text().strip());
            if (!m.matches()) {
                continue;
            }
            LocalTime t = LocalTime.of(Integer.parseInt(m.group(1)) % 24, Integer.parseInt(m.group(2)));
            for (int day = -1; day <= 1; day++) {
                LocalDateTime local = LocalDateTime.of(chosen.date().plusDays(day), t);
                long minutes = Duration.between(utc.truncatedTo(ChronoUnit.MINUTES), local).toMinutes();
                if (minutes >= -12 * 60 && minutes <= 14 * 60) {
                    out.add(new DateParser.Parsed(local.toLocalDate(), t, null));
                    break;
                }
            }
        }
        return out;
    }

    private static DateParser.Parsed inZone(DateParser.Parsed d, ZoneOffset local) {
        if (d == null || local == null || d.time() == null || !ZoneOffset.UTC.equals(d.offset())) {
            return d;
        }
        OffsetDateTime t = OffsetDateTime.of(d.date(), d.time(), ZoneOffset.UTC).withOffsetSameInstant(local);
        return new DateParser.Parsed(t.toLocalDate(), t.toLocalTime(), local);
    }

    /** The first candidate inside the plausible range; those outside it are noted and passed over. */
    private DateParser.Parsed choose(List<DateParser.Parsed> candidates, ZoneOffset pageOffset, String what,
                                     List<String> notes) {
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
            return d.time() != null && d.offset() == null && pageOffset != null ? d.at(pageOffset) : d;
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

    /**
     * A date after a "published" label in the page's text ("Veröffentlicht am 16.08.2019", "Publié le 3 mai
     * 2021"): the page saying outright which of its dates is the publication's.
     */
    private static DateParser.Parsed labelledLine(Document doc, String lang) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        for (Element e : body.getAllElements()) {
            String own = e.ownText();
            Matcher label = PUBLISHED_LABEL.matcher(own);
            if (label.find()) {
                String t = e.text();
                int at = t.indexOf(label.group());
                String rest = t.substring(Math.max(0, at) + label.group().length());
                DateParser.Parsed d = DateParser.parseText(rest.substring(0, Math.min(rest.length(), 60)), lang);
                if (d != null && DateParser.dateStart(rest) <= 12) {
                    return d;
                }
            }
        }
        return null;
    }

    /** A publication date named as such in a JSON data script (hydration data, a widget's initial state). */
    private static DateParser.Parsed scriptData(Document doc) {
        for (Element script : doc.select("script")) {
            String data = script.data();
            if (data.length() > 2_000_000) {
                continue;
            }
            Matcher m = SCRIPT_DATE.matcher(data);
            if (m.find()) {
                DateParser.Parsed d = DateParser.parseValue(m.group(1));
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** A date the title or description states ("08.11.2021 | Fachtag …", "(Notizia del 14 Gennaio 2020)"). */
    private static DateParser.Parsed titleOrDescription(Document doc, String lang) {
        for (String t : new String[] {PageMetadata.meta(doc, "og:title"), doc.title(),
                PageMetadata.meta(doc, "description"), PageMetadata.meta(doc, "og:description")}) {
            DateParser.Parsed d = t == null ? null : DateParser.parseText(t, lang);
            if (d != null) {
                return d;
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

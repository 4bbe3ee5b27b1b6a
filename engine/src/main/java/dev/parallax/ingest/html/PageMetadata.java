package dev.parallax.ingest.html;

import dev.parallax.article.Metadata;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Title and metadata from the page's head and markup (OpenGraph and article meta tags, JSON-LD, microdata,
 * bylines, {@code <time>}), through {@link TitleChooser}, {@link AuthorExtractor} and {@link DateExtractor}.
 * Values are read as text only; URLs are never followed.
 */
final class PageMetadata {
    private static final Pattern HOST = Pattern.compile("(?i)^(?:https?:)?//(?:www\\d?\\.|m\\.|amp\\.)?([^/:?#]+)");

    private static final int MAX_SITE_NAME = 60;

    private PageMetadata() {
    }

    /** The headline, chosen by {@link TitleChooser} among the page's candidates. */
    static String title(Document doc, StructuredData ld) {
        return TitleChooser.choose(doc, ld, siteNames(doc, ld));
    }

    static String siteName(Document doc, StructuredData ld) {
        return first(shortName(meta(doc, "og:site_name")), shortName(meta(doc, "application-name")),
                shortName(ld.publisher()));
    }

    /** A name, unless it is too long to be one (some pages put their headline where the site's name goes). */
    private static String shortName(String s) {
        return s == null || s.length() > MAX_SITE_NAME || s.strip().split("\\s+").length > 6 ? null : s;
    }

    /** Every name the page gives itself: declared names, its Twitter account, and its domain's name. */
    static List<String> siteNames(Document doc, StructuredData ld) {
        List<String> out = new ArrayList<>();
        for (String s : new String[] {shortName(meta(doc, "og:site_name")), shortName(meta(doc, "application-name")),
                shortName(ld.publisher()),
                meta(doc, "twitter:site"), domainName(url(doc, ld)), domainName(doc.location())}) {
            if (s != null && !s.isBlank() && !out.contains(s.replace("@", "").strip())) {
                out.add(s.replace("@", "").strip());
            }
        }
        return out;
    }

    /** "nytimes" for https://www.nytimes.com/..., "bbc" for bbc.co.uk. */
    static String domainName(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = HOST.matcher(url);
        if (!m.find()) {
            return null;
        }
        String[] labels = m.group(1).toLowerCase(Locale.ROOT).split("\\.");
        int i = labels.length - 2;
        if (i > 0 && labels[i].length() <= 3 && labels[i + 1].length() == 2) {
            i--; // co.uk, com.au
        }
        return i >= 0 ? labels[i] : null;
    }

    static Metadata read(Document doc, StructuredData ld, Clock clock) {
        List<String> sites = siteNames(doc, ld);
        List<String> authors = AuthorExtractor.extract(doc, ld, sites);
        String url = url(doc, ld);
        DateExtractor.Dates dates = new DateExtractor(clock).extract(doc, ld, url != null ? url : doc.location());
        return new Metadata(null, dates.published(), siteName(doc, ld), url, authors, dates.modified(), dates.notes());
    }

    private static String url(Document doc, StructuredData ld) {
        return first(attr(doc, "link[rel=canonical]", "href"), meta(doc, "og:url"), ld.url());
    }

    /** A meta tag's content by property, name or itemprop (case-insensitive). */
    static String meta(Document doc, String key) {
        for (Element m : doc.select("meta[content]")) {
            if (key.equalsIgnoreCase(m.attr("property")) || key.equalsIgnoreCase(m.attr("name"))
                    || key.equalsIgnoreCase(m.attr("itemprop"))) {
                String v = blankToNull(m.attr("content"));
                if (v != null) {
                    return v.strip();
                }
            }
        }
        return null;
    }

    private static String attr(Document doc, String css, String attr) {
        Element e = doc.selectFirst(css);
        return e == null ? null : blankToNull(e.attr(attr));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}

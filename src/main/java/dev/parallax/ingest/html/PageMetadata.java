package dev.parallax.ingest.html;

import dev.parallax.ingest.Metadata;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Title and metadata from the page's head and markup: OpenGraph and article meta tags, JSON-LD, schema.org
 * microdata, rel=author, .byline and {@code <time>}. Values are read as text only; URLs are never followed.
 */
final class PageMetadata {
    private static final Pattern BY = Pattern.compile("(?iu)^(by|von|par|por|di|door|av|przez|de)\\s+");
    private static final Pattern URL_LIKE = Pattern.compile("(?i)^(https?:)?//.*");

    private PageMetadata() {
    }

    /**
     * The page title before site-name clean-up. The visible headline (the first h1 that is not the site's
     * name) is what readers see; og:title and JSON-LD headline are often rewritten for social media, so
     * they come second, and {@code <title>} last.
     */
    static String rawTitle(Document doc, StructuredData ld) {
        String site = siteName(doc, ld);
        String h = null;
        for (Element h1 : doc.select("h1")) {
            String text = blankToNull(h1.text());
            if (text != null && text.length() <= 300 && text.split("\\s+").length >= 2
                    && (site == null || !norm(text).equals(norm(site)))) {
                h = text;
                break;
            }
        }
        String t = first(h, meta(doc, "og:title"), meta(doc, "twitter:title"), ld.headline(), blankToNull(doc.title()));
        return t == null ? null : Parser.unescapeEntities(t, false).strip();
    }

    private static String norm(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    static String siteName(Document doc, StructuredData ld) {
        return first(meta(doc, "og:site_name"), meta(doc, "application-name"), ld.publisher());
    }

    static Metadata read(Document doc, StructuredData ld) {
        String byline = first(nonUrl(meta(doc, "author")), nonUrl(meta(doc, "article:author")),
                nonUrl(meta(doc, "dc.creator")), nonUrl(meta(doc, "parsely-author")), nonUrl(meta(doc, "sailthru.author")),
                ld.author(), text(doc, "[itemprop=author] [itemprop=name]"), text(doc, "[itemprop=author]"),
                text(doc, "a[rel=author]"), text(doc, ".byline, .author-name, .article-author"));
        if (byline != null) {
            byline = BY.matcher(byline).replaceFirst("").strip();
            if (byline.length() > 200) {
                byline = byline.substring(0, 200).strip();
            }
        }
        String date = first(meta(doc, "article:published_time"), ld.datePublished(), meta(doc, "datePublished"),
                meta(doc, "pubdate"), meta(doc, "publishdate"), meta(doc, "date"), meta(doc, "dc.date"),
                meta(doc, "dc.date.issued"), meta(doc, "parsely-pub-date"), meta(doc, "sailthru.date"),
                attr(doc, "[itemprop=datePublished]", "content"), attr(doc, "[itemprop=datePublished]", "datetime"),
                attr(doc, "time[datetime]", "datetime"));
        String publisher = siteName(doc, ld);
        String url = first(attr(doc, "link[rel=canonical]", "href"), meta(doc, "og:url"), ld.url());
        return new Metadata(byline, date, publisher, url);
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

    private static String text(Document doc, String css) {
        Element e = doc.selectFirst(css);
        if (e == null) {
            return null;
        }
        String t = blankToNull(e.text());
        return t != null && t.length() <= 200 ? t : null;
    }

    private static String attr(Document doc, String css, String attr) {
        Element e = doc.selectFirst(css);
        return e == null ? null : blankToNull(e.attr(attr));
    }

    private static String nonUrl(String s) {
        return s == null || URL_LIKE.matcher(s).matches() ? null : s;
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

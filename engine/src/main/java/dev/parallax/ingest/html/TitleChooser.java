package dev.parallax.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Chooses the headline among the page's candidates by agreement: {@code og:title}, JSON-LD
 * {@code headline}, {@code twitter:title} and {@code <title>} (each with its separated parts), and the
 * visible headings. A heading that one of them also states is the headline as readers see it; otherwise
 * two candidates that agree once the site's name is stripped; otherwise the best single candidate. The
 * site's name is learned from the page: its declared names and domain, and the part of {@code <title>}
 * the other candidates lack.
 */
final class TitleChooser {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—·•»/:~]\\s+|\\s*\\|\\s*|\\s+::\\s+|:\\s+");
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("(\\s[|\\-–—·•»/:~]|\\||:)\\s*$");
    private static final int MAX_PARTS = 8;
    private static final int MAX_TITLE = 400;

    private TitleChooser() {
    }

    /** A candidate's text cut at its separators: every run of consecutive parts. */
    private record Variant(String text, String norm, boolean whole) {
    }

    static String choose(Document doc, StructuredData ld, List<String> declaredSiteNames) {
        List<String> metas = new ArrayList<>();
        for (String m : new String[] {PageMetadata.meta(doc, "og:title"), ld.headline(),
                PageMetadata.meta(doc, "twitter:title"), doc.title()}) {
            String t = tidy(m);
            if (t != null) {
                metas.add(t);
            }
        }
        List<List<Variant>> variants = metas.stream().map(TitleChooser::variants).toList();
        List<String> siteNames = learnSiteNames(metas, declaredSiteNames);
        List<String> headings = headings(doc, siteNames);

        // 1. A visible heading that a meta candidate states (whole, or one of its runs of parts).
        String best = null;
        int bestSupport = 0;
        for (String h : headings) {
            String n = norm(h);
            int support = 0;
            boolean several = words(h) >= 2;
            for (List<Variant> vs : variants) {
                support += vs.stream().anyMatch(v -> v.norm().equals(n) && (v.whole() || several)) ? 1 : 0;
            }
            if (support > bestSupport || support == bestSupport && support > 0 && h.length() > best.length()) {
                best = h;
                bestSupport = support;
            }
        }
        if (best != null) {
            return best;
        }
        // 2. Two candidates that agree once the site's name is stripped, or one that is a run of another's
        // parts: the part the other lacks is the site's name.
        List<String> cleaned = metas.stream().map(m -> stripSite(m, siteNames)).toList();
        for (int i = 0; i < cleaned.size(); i++) {
            for (int j = 0; j < cleaned.size(); j++) {
                if (i == j) {
                    continue;
                }
                String a = cleaned.get(i);
                String na = norm(a);
                if (words(a) >= 2 && !isSite(a, siteNames)
                        && variants.get(j).stream().anyMatch(v -> v.norm().equals(na))) {
                    return a;
                }
            }
        }
        // 3. One source: the first real heading, else the first meta candidate without its site name.
        String h1 = firstH1(doc, siteNames);
        if (!h1.isEmpty()) {
            return h1;
        }
        for (String c : cleaned) {
            if (!isSite(c, siteNames)) {
                return TitleCleaner.clean(c, siteNames.isEmpty() ? null : siteNames.get(0));
            }
        }
        if (!cleaned.isEmpty()) {
            return cleaned.get(0); // every candidate reads as the site's name: it may be the page's own
        }
        return headings.isEmpty() ? null : headings.get(0);
    }

    /**
     * Where one candidate is the start or the end of another ("Headline" and "Headline | Site"), the rest
     * of the longer one names the site.
     */
    private static List<String> learnSiteNames(List<String> metas, List<String> siteNames) {
        List<String> out = new ArrayList<>(siteNames);
        for (String a : metas) {
            for (String b : metas) {
                String rest = null;
                if (b.length() > a.length() && b.startsWith(a) && SEPARATOR.matcher(b.substring(a.length())).lookingAt()) {
                    rest = b.substring(a.length());
                } else if (b.length() > a.length() && b.endsWith(a)
                        && TRAILING_SEPARATOR.matcher(b.substring(0, b.length() - a.length())).find()) {
                    rest = b.substring(0, b.length() - a.length());
                }
                if (rest != null) {
                    String name = SEPARATOR.matcher(rest).replaceAll(" ").strip();
                    if (!name.isEmpty() && words(name) <= 6 && !out.contains(name)) {
                        out.add(name);
                    }
                }
            }
        }
        return out;
    }

    /** h1 and h2 texts of the body, in order: the headline is among them on nearly every page. */
    private static List<String> headings(Document doc, List<String> siteNames) {
        List<String> out = new ArrayList<>();
        for (Element h : doc.select("h1, h2")) {
            String t = tidy(h.text());
            if (t != null && !isSite(t, siteNames) && !out.contains(t)) {
                out.add(t);
                if (out.size() >= 30) {
                    break;
                }
            }
        }
        return out;
    }

    private static String firstH1(Document doc, List<String> siteNames) {
        for (Element h : doc.select("h1")) {
            String t = tidy(h.text());
            if (t != null && words(t) >= 2 && !isSite(t, siteNames)) {
                return t;
            }
        }
        return "";
    }

    private static List<Variant> variants(String title) {
        List<int[]> parts = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(title);
        int start = 0;
        while (m.find() && parts.size() < MAX_PARTS) {
            parts.add(new int[] {start, m.start()});
            start = m.end();
        }
        parts.add(new int[] {start, title.length()});
        List<Variant> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            for (int j = i; j < parts.size(); j++) {
                String t = title.substring(parts.get(i)[0], parts.get(j)[1]).strip();
                if (!t.isEmpty()) {
                    out.add(new Variant(t, norm(t), i == 0 && j == parts.size() - 1));
                }
            }
        }
        return out;
    }

    /** The candidate without leading or trailing parts that name the site. */
    static String stripSite(String title, List<String> siteNames) {
        String t = title;
        for (int round = 0; round < 3; round++) {
            Matcher m = SEPARATOR.matcher(t);
            int firstStart = -1;
            int firstEnd = -1;
            int lastStart = -1;
            int lastEnd = -1;
            while (m.find()) {
                if (firstStart < 0) {
                    firstStart = m.start();
                    firstEnd = m.end();
                }
                lastStart = m.start();
                lastEnd = m.end();
            }
            if (firstStart < 0) {
                return t;
            }
            if (isSite(t.substring(lastEnd), siteNames)) {
                t = t.substring(0, lastStart).strip();
            } else if (isSite(t.substring(0, firstStart), siteNames)) {
                t = t.substring(firstEnd).strip();
            } else {
                return t;
            }
        }
        return t;
    }

    /** True when the text is one of the site's names (or its domain), give or take a word like "Online". */
    static boolean isSite(String text, List<String> siteNames) {
        String p = norm(text).replace(" ", "");
        if (p.isEmpty()) {
            return false;
        }
        for (String site : siteNames) {
            String s = norm(site).replace(" ", "");
            if (s.isEmpty()) {
                continue;
            }
            if (p.equals(s) || s.length() >= 4 && (s.contains(p) && p.length() >= 4
                    || p.contains(s) && p.length() < s.length() + 12)) {
                return true;
            }
        }
        return false;
    }

    private static String tidy(String s) {
        if (s == null) {
            return null;
        }
        String t = Parser.unescapeEntities(s, false).replaceAll("[\\s\\u00A0]+", " ").strip();
        return t.isEmpty() || t.length() > MAX_TITLE ? null : t;
    }

    static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }
}

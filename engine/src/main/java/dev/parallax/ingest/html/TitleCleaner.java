package dev.parallax.ingest.html;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Strips a site name from a title: "Headline | Site", "Headline - Site", "Site: Headline". A segment is
 * dropped when it matches the site's name, or when it is a short tail after a separator and what remains
 * is still a real headline.
 */
final class TitleCleaner {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—·•»:/]\\s+|\\s*\\|\\s*|\\s+::\\s+");

    private TitleCleaner() {
    }

    static String clean(String title, String siteName) {
        if (title == null) {
            return null;
        }
        String t = title.strip().replaceAll("\\s+", " ");
        String[] parts = SEPARATOR.split(t);
        if (parts.length < 2) {
            return t;
        }
        String site = siteName == null ? "" : norm(siteName);
        String last = parts[parts.length - 1];
        String firstPart = parts[0];
        if (!site.isEmpty() && matchesSite(last, site)) {
            return t.substring(0, t.lastIndexOf(last)).replaceAll("[\\s|\\-–—·•»:/]+$", "").strip();
        }
        if (!site.isEmpty() && matchesSite(firstPart, site)) {
            return t.substring(firstPart.length()).replaceAll("^[\\s|\\-–—·•»:/]+", "").strip();
        }
        // No site name known: drop a short last segment after a pipe or a dash when the rest is long enough.
        String head = t.substring(0, t.lastIndexOf(last)).replaceAll("[\\s|\\-–—·•»:/]+$", "").strip();
        if (words(last) <= 4 && words(head) >= 3 && !last.endsWith("?") && separatorBefore(t, last).matches(".*[|\\-–—·•»].*")) {
            return clean(head, siteName);
        }
        return t;
    }

    private static String separatorBefore(String t, String last) {
        int end = t.lastIndexOf(last);
        int start = end;
        while (start > 0 && !Character.isLetterOrDigit(t.charAt(start - 1))) {
            start--;
        }
        return t.substring(start, end);
    }

    private static boolean matchesSite(String part, String site) {
        String p = norm(part);
        return !p.isEmpty() && (p.equals(site) || site.contains(p) || p.contains(site) && p.length() < site.length() + 12);
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }
}

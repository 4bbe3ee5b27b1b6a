package dev.parallax.ingest.html;

import com.ibm.icu.text.DateFormatSymbols;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads one date as pages write it: ISO 8601 (loosely padded), RFC 1123, Java's {@code Date.toString()}
 * ("Fri Apr 28 19:20:36 CEST 2023"), epoch seconds or milliseconds, numeric dates, and written dates with
 * month names in the languages news is written in (month names come from ICU's locale data, not from a
 * table here). The result keeps whether a time and an offset were given; nothing is guessed.
 */
final class DateParser {
    /**
     * A parsed date: {@code date} always; {@code time} when the source gave one; {@code offset} when it gave
     * a zone or offset too.
     */
    record Parsed(LocalDate date, LocalTime time, ZoneOffset offset) {
        /** ISO 8601: date-time with offset when both are known, else the date alone. */
        String iso() {
            if (time != null && offset != null) {
                return OffsetDateTime.of(date, time.truncatedTo(ChronoUnit.SECONDS), offset)
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            }
            return date.toString();
        }

        /** The same local date and time at another offset (one the page uses elsewhere). */
        Parsed at(ZoneOffset o) {
            return new Parsed(date, time, o);
        }
    }

    /** Locales whose month names are recognised: the languages of the corpora and of world news. */
    private static final List<String> LOCALES = List.of("en", "fr", "de", "es", "pt", "it", "nl", "pl", "ar",
            "ar-SY", "ar-MA", "ar-DZ", "ar-TN", "tr", "id", "sv", "da", "nb", "fi", "hu", "cs", "ro", "ru", "uk");
    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH = MONTHS.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote).collect(Collectors.joining("|"));
    private static final Pattern WEEKDAY_BEFORE = Pattern.compile("(?iu)(?<!\\p{L})(" + weekdays() + ")\\.?[,\\s]*$");
    private static final String SEP = "[\\s,.]*(?:de\\s+|del\\s+|de\\s+l'|du\\s+)?";
    private static final String TIME = "(?:[^\\d]{0,12}?(\\d{1,2})[:h](\\d{2})(?::(\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?"
            + "\\s*(z|utc|gmt|[+-]\\d{2}:?\\d{2}|(?:gmt|utc)\\s*[+-]\\d{1,2}(?::?\\d{2})?|[a-z]{3,5}\\b)?)?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?iu)(?<!\\d)(\\d{1,2})(?:\\.|er|º|°|st|nd|rd|th)?" + SEP + "(" + MONTH + ")\\.?" + SEP + "(\\d{4})(?!\\d)" + TIME);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?iu)(?<![\\p{L}])(" + MONTH + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)" + TIME);
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile(
            "(?iu)(?<!\\d)(\\d{4})[-/.年]\\s?(\\d{1,2})[-/.月]\\s?(\\d{1,2})(?!\\d)(?:日)?" + TIME);
    private static final Pattern NUMERIC = Pattern.compile(
            "(?iu)(?<![\\d.])(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})(?![\\d.])" + TIME);
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final DateTimeFormatter JAVA_DATE = DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss zzz yyyy", Locale.ENGLISH);
    private static final Pattern DIGITS = Pattern.compile("\\d{9,13}");

    private DateParser() {
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> out = new HashMap<>();
        for (String tag : LOCALES) {
            DateFormatSymbols s = new DateFormatSymbols(Locale.forLanguageTag(tag));
            for (String[] names : List.of(s.getMonths(), s.getShortMonths(),
                    s.getMonths(DateFormatSymbols.STANDALONE, DateFormatSymbols.WIDE),
                    s.getMonths(DateFormatSymbols.STANDALONE, DateFormatSymbols.ABBREVIATED))) {
                for (int m = 0; m < Math.min(12, names.length); m++) {
                    String n = names[m].toLowerCase(Locale.ROOT).replace(".", "").strip();
                    if (n.length() >= 3 && !n.chars().allMatch(Character::isDigit)) {
                        out.putIfAbsent(n, m + 1);
                    }
                }
            }
        }
        out.putIfAbsent("sept", 9); // English "Sept." is common in news style
        return out;
    }

    private static String weekdays() {
        java.util.Set<String> names = new java.util.TreeSet<>(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (String tag : LOCALES) {
            DateFormatSymbols s = new DateFormatSymbols(Locale.forLanguageTag(tag));
            for (String[] list : List.of(s.getWeekdays(), s.getShortWeekdays())) {
                for (String n : list) {
                    String w = n.toLowerCase(Locale.ROOT).replace(".", "").strip();
                    if (w.length() >= 3) {
                        names.add(Pattern.quote(w));
                    }
                }
            }
        }
        return String.join("|", names);
    }

    /** A whole value from metadata (a meta tag, JSON-LD, a datetime attribute), or null when unreadable. */
    static Parsed parseValue(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = asciiDigits(raw.strip());
        if (DIGITS.matcher(s).matches()) {
            long n = Long.parseLong(s);
            Instant i = s.length() >= 12 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
            OffsetDateTime t = i.atOffset(ZoneOffset.UTC);
            return new Parsed(t.toLocalDate(), t.toLocalTime(), ZoneOffset.UTC);
        }
        if (s.matches("\\d{8}")) {
            return date(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                    Integer.parseInt(s.substring(6)));
        }
        Matcher iso = ISO.matcher(s);
        if (iso.lookingAt()) {
            Parsed p = fromIso(iso);
            if (p != null) {
                return p;
            }
        }
        for (DateTimeFormatter f : List.of(DateTimeFormatter.RFC_1123_DATE_TIME, JAVA_DATE)) {
            try {
                ZonedDateTime z = ZonedDateTime.parse(s, f);
                return new Parsed(z.toLocalDate(), z.toLocalTime(), z.getOffset());
            } catch (DateTimeParseException e) {
                // not this format
            }
        }
        return parseText(s, null);
    }

    /** The first date written in running text ("28 avril 2023 à 19h20", "April 28, 2023"), or null. */
    static Parsed parseText(String text, String language) {
        if (text == null) {
            return null;
        }
        String s = asciiDigits(text).toLowerCase(Locale.ROOT);
        Parsed best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Pattern p : List.of(DAY_MONTH_YEAR, MONTH_DAY_YEAR, YEAR_MONTH_DAY, NUMERIC)) {
            Matcher m = p.matcher(s);
            while (m.find() && m.start() < bestAt) {
                Parsed d = fromMatch(p, m, language);
                if (d != null) {
                    best = d;
                    bestAt = m.start();
                    break;
                }
            }
        }
        return best;
    }

    /** Where the first written date starts in the text (its length when there is none). */
    static int dateStart(String text) {
        String s = asciiDigits(text).toLowerCase(Locale.ROOT);
        int at = s.length();
        for (Pattern p : List.of(DAY_MONTH_YEAR, MONTH_DAY_YEAR, YEAR_MONTH_DAY, NUMERIC)) {
            Matcher m = p.matcher(s);
            if (m.find()) {
                at = Math.min(at, m.start());
            }
        }
        Matcher w = WEEKDAY_BEFORE.matcher(s.substring(0, at));
        return w.find() ? w.start() : at;
    }

    private static Parsed fromMatch(Pattern p, Matcher m, String language) {
        int y;
        int mo;
        int d;
        if (p == DAY_MONTH_YEAR) {
            d = Integer.parseInt(m.group(1));
            mo = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            y = Integer.parseInt(m.group(3));
        } else if (p == MONTH_DAY_YEAR) {
            mo = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
            d = Integer.parseInt(m.group(2));
            y = Integer.parseInt(m.group(3));
        } else if (p == YEAR_MONTH_DAY) {
            y = Integer.parseInt(m.group(1));
            mo = Integer.parseInt(m.group(2));
            d = Integer.parseInt(m.group(3));
        } else {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            y = Integer.parseInt(m.group(3));
            // Month first only in English (the US custom), or when the other reading is impossible.
            boolean monthFirst = b > 12 || "en".equals(language) && a <= 12;
            mo = monthFirst ? a : b;
            d = monthFirst ? b : a;
        }
        Parsed date = date(y, mo, d);
        if (date == null) {
            return null;
        }
        return withTime(date, m, 4);
    }

    private static Parsed withTime(Parsed date, Matcher m, int g) {
        if (m.group(g) == null) {
            return date;
        }
        int h = Integer.parseInt(m.group(g));
        int min = Integer.parseInt(m.group(g + 1));
        int sec = m.group(g + 2) == null ? 0 : Integer.parseInt(m.group(g + 2));
        String ampm = m.group(g + 3);
        if (ampm != null) {
            boolean pm = ampm.startsWith("p");
            if (h == 12) {
                h = pm ? 12 : 0;
            } else if (pm) {
                h += 12;
            }
        }
        if (h > 23 || min > 59 || sec > 59) {
            return date;
        }
        LocalTime t = LocalTime.of(h, min, sec);
        ZoneOffset o = offset(m.group(g + 4), LocalDateTime.of(date.date(), t));
        return new Parsed(date.date(), t, o);
    }

    /** "Z", "UTC", "+02:00", "GMT+2", or a zone abbreviation such as "CEST" or "EDT"; null when none is known. */
    static ZoneOffset offset(String zone, LocalDateTime at) {
        if (zone == null || zone.isBlank()) {
            return null;
        }
        String z = zone.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        if (z.equals("Z") || z.equals("UTC") || z.equals("GMT")) {
            return ZoneOffset.UTC;
        }
        z = z.replaceFirst("^(GMT|UTC)", "");
        try {
            if (z.matches("[+-]\\d{1,2}")) {
                return ZoneOffset.ofHours(Integer.parseInt(z));
            }
            if (z.matches("[+-]\\d{2}:?\\d{2}")) {
                return ZoneOffset.of(z.length() == 5 ? z.substring(0, 3) + ":" + z.substring(3) : z);
            }
            ZoneId id = ZoneId.from(DateTimeFormatter.ofPattern("z", Locale.ENGLISH).parse(z));
            return id.getRules().getOffset(at);
        } catch (DateTimeException | NumberFormatException e) {
            return null; // a word after the time that is not a zone
        }
    }

    private static Parsed fromIso(Matcher m) {
        Parsed date = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        if (date == null || m.group(4) == null) {
            return date;
        }
        int h = Integer.parseInt(m.group(4));
        int min = Integer.parseInt(m.group(5));
        int sec = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        if (h > 23 || min > 59 || sec > 59) {
            return date;
        }
        LocalTime t = LocalTime.of(h, min, sec);
        return new Parsed(date.date(), t, offset(m.group(7), LocalDateTime.of(date.date(), t)));
    }

    private static Parsed date(int y, int m, int d) {
        try {
            return new Parsed(LocalDate.of(y, m, d), null, null);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Arabic-Indic and Persian digits read as ASCII digits. */
    static String asciiDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int v = Character.isDigit(c) ? Character.digit(c, 10) : -1;
            out.append(v >= 0 && c > 127 ? (char) ('0' + v) : c);
        }
        return out.toString();
    }
}

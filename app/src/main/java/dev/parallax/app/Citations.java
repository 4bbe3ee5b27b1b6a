package dev.parallax.app;

import dev.parallax.article.Article;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Text the reader copies out, and dates as a reader reads them. */
final class Citations {
    private Citations() {
    }

    /**
     * A passage or quotation with its source, ready to paste into a note or a fact-check:
     * “quote”, then speaker, outlet, title, date and the URL (or the file when there is none).
     */
    static String cite(String quote, String speaker, Article a) {
        String q = quote.strip();
        boolean quoted = !q.isEmpty() && "\"“‘«„'".indexOf(q.charAt(0)) >= 0;
        List<String> parts = new ArrayList<>();
        if (speaker != null && !speaker.isBlank()) {
            parts.add(speaker);
        }
        if (a.metadata().publisher() != null) {
            parts.add(a.metadata().publisher());
        }
        if (a.title() != null) {
            parts.add("“" + a.title() + "”");
        }
        if (a.metadata().date() != null) {
            parts.add(readableDate(a.metadata().date(), ZoneId.systemDefault(), Locale.getDefault()));
        }
        parts.add(a.metadata().url() != null ? a.metadata().url() : Path.of(a.path()).toAbsolutePath().toString());
        return (quoted ? q : "“" + q + "”") + "\n— " + String.join(", ", parts);
    }

    /**
     * A date from the page (ISO 8601, as metadata carries it) in the reader's zone and language:
     * "2018-07-06T08:29:46+00:00" reads "Jul 6, 2018, 10:29 AM" in Berlin; anything else is shown as given.
     */
    static String readableDate(String iso, ZoneId zone, Locale locale) {
        try {
            ZonedDateTime at = OffsetDateTime.parse(iso).atZoneSameInstant(zone);
            return at.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale));
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(iso.length() > 10 && iso.charAt(10) == 'T' ? iso.substring(0, 10) : iso)
                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
            } catch (DateTimeParseException again) {
                return iso;
            }
        }
    }

    /** The first words of a text, for a search that finds it again ("Search for this"). */
    static String searchPhrase(String text) {
        String[] words = text.replaceAll("[\"“”«»„]", " ").strip().split("\\s+");
        String phrase = String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 8)));
        return "\"" + phrase + "\"";
    }
}

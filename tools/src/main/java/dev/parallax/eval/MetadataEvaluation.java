package dev.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.ingest.extract.Extraction;
import dev.parallax.ingest.html.ArticleFinder;
import dev.parallax.article.Metadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Scores titles, authors and publication dates against the gold metadata of trafilatura-eval (the Zyte
 * benchmark has none). A title is right when it equals the gold after {@link TitleMatch#normalise}; the
 * authors when the set of names equals the gold's (lists split on commas, semicolons, "and" in the
 * corpus' languages, "&" and "/"; case, accents and punctuation ignored); the date when the published
 * date's calendar day, as the page states it, equals the gold day (the gold is the publisher's local day;
 * the day in UTC is reported beside it). A date that is not ISO 8601 counts as unparsed. Each figure is
 * also given for the even and the odd half of the pages (id order).
 *
 * <p>Usage: {@code MetadataEvaluation [corpus] [--pages]}.
 */
public final class MetadataEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LIST = Pattern.compile("(?iu)\\s*(?:[,;/&]|\\s(?:and|und|et|y|e|i|og|ja|és)\\s)\\s*");
    static final Pattern ISO = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?");

    public record Page(String id, String goldTitle, String title, String goldAuthor, List<String> authors,
                       String goldDate, String date) {
        boolean titleRight() {
            return TitleMatch.exact(goldTitle, title);
        }

        boolean authorsRight() {
            return names(List.of(goldAuthor)).equals(names(authors));
        }

        boolean dateRight() {
            return date != null && date.startsWith(goldDate);
        }

        /** The same, with a date-time's day taken in UTC instead of the offset the page states. */
        boolean utcDateRight() {
            if (date == null || date.length() <= 10) {
                return dateRight();
            }
            try {
                return OffsetDateTime.parse(date).atZoneSameInstant(ZoneOffset.UTC).toLocalDate().toString().equals(goldDate);
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }

    /** Counts: pages with gold and pages right, per field; dates found that are not ISO 8601. */
    public record Report(int titled, int titles, int authored, int authors, int dated, int dates, int utcDates, int datesFound,
                         int unparsed, List<Page> pages) {
        public double titleRate() {
            return rate(titles, titled);
        }

        public double authorRate() {
            return rate(authors, authored);
        }

        public double dateRate() {
            return rate(dates, dated);
        }

        public double utcDateRate() {
            return rate(utcDates, dated);
        }

        private static double rate(int right, int all) {
            return all == 0 ? 0 : (double) right / all;
        }
    }

    private final ArticleFinder extractor = new ArticleFinder();

    public Report evaluate(Path trafilaturaDev) {
        JsonNode gold;
        try {
            gold = JSON.readTree(trafilaturaDev.resolve("gold.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> ids = new ArrayList<>();
        gold.fieldNames().forEachRemaining(ids::add);
        ids.sort(null);
        List<Page> pages = new ArrayList<>();
        for (String id : ids) {
            JsonNode g = gold.get(id);
            Metadata m = Metadata.NONE;
            String title = null;
            try {
                Extraction e = extractor.extract(CorpusFiles.readPage(trafilaturaDev.resolve("html/" + id + ".html.gz")), null);
                m = e.metadata();
                title = e.title();
            } catch (RuntimeException ex) {
                // a crash counts as finding nothing
            }
            pages.add(new Page(id, g.path("title").asText(""), title, g.path("author").asText(""), authorsOf(m),
                    g.path("date").asText(""), m.date()));
        }
        return score(pages);
    }

    /**
     * The half of the pages at even ({@code parity} 0) or odd (1) positions in id order: the even half was
     * read while developing, the odd half shows whether a change holds on pages not looked at.
     */
    public static Report half(Report all, int parity) {
        List<Page> pages = new ArrayList<>();
        for (int i = parity; i < all.pages().size(); i += 2) {
            pages.add(all.pages().get(i));
        }
        return score(pages);
    }

    static Report score(List<Page> pages) {
        int titled = 0, titles = 0, authored = 0, authors = 0, dated = 0, dates = 0, utc = 0, found = 0, unparsed = 0;
        for (Page p : pages) {
            if (!p.goldTitle().isBlank()) {
                titled++;
                titles += p.titleRight() ? 1 : 0;
            }
            if (!p.goldAuthor().isBlank()) {
                authored++;
                authors += p.authorsRight() ? 1 : 0;
            }
            if (!p.goldDate().isBlank()) {
                dated++;
                dates += p.dateRight() ? 1 : 0;
                utc += p.utcDateRight() ? 1 : 0;
            }
            if (p.date() != null) {
                found++;
                unparsed += ISO.matcher(p.date()).matches() ? 0 : 1;
            }
        }
        return new Report(titled, titles, authored, authors, dated, dates, utc, found, unparsed, pages);
    }

    private static List<String> authorsOf(Metadata m) {
        return m.authors();
    }

    /** Each name of a list, folded: case, accents and punctuation ignored. */
    static Set<String> names(List<String> lists) {
        Set<String> out = new LinkedHashSet<>();
        for (String list : lists) {
            for (String name : LIST.split(list == null ? "" : list)) {
                String n = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                        .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
                if (!n.isEmpty()) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    private static void print(String label, Report r) {
        System.out.printf(Locale.ROOT, "%s titles %.3f (%d/%d)  authors %.3f (%d/%d)  dates %.3f (%d/%d; UTC day %.3f)  found %d, %d not ISO 8601%n",
                label, r.titleRate(), r.titles(), r.titled(), r.authorRate(), r.authors(), r.authored(),
                r.dateRate(), r.dates(), r.dated(), r.utcDateRate(), r.datesFound(), r.unparsed());
    }

    public static void main(String[] args) {
        Path corpus = CorpusFiles.defaultCorpus();
        boolean details = false;
        for (String a : args) {
            if (a.equals("--pages")) {
                details = true;
            } else {
                corpus = Path.of(a);
            }
        }
        Report r = new MetadataEvaluation().evaluate(corpus.resolve("trafilatura-eval/dev"));
        System.out.println("== trafilatura-eval/dev (" + r.pages().size() + " pages; gold metadata)");
        print("all ", r);
        print("even", half(r, 0));
        print("odd ", half(r, 1));
        if (details) {
            for (Page p : r.pages()) {
                if (!p.goldTitle().isBlank() && !p.titleRight()) {
                    System.out.printf("%s title  gold=[%s] ours=[%s]%n", p.id(), p.goldTitle(), p.title());
                }
                if (!p.goldAuthor().isBlank() && !p.authorsRight()) {
                    System.out.printf("%s author gold=[%s] ours=%s%n", p.id(), p.goldAuthor(), p.authors());
                }
                if (!p.goldDate().isBlank() && !p.dateRight()) {
                    System.out.printf("%s date   gold=[%s] ours=[%s]%n", p.id(), p.goldDate(), p.date());
                }
            }
        }
    }
}

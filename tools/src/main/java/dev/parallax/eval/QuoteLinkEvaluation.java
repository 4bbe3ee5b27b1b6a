package dev.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.compare.event.Event;
import dev.parallax.compare.event.EventComparer;
import dev.parallax.compare.event.Member;
import dev.parallax.compare.event.QuoteGroup;
import dev.parallax.text.analysis.Analyzers;
import dev.parallax.article.AnalyzedArticle;
import dev.parallax.text.Span;
import dev.parallax.workspace.Meaning;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Quotations across outlets, against BASIL's quote annotations. BASIL marks phrases inside quotations
 * with their speaker. A <b>gold link</b> joins two such phrases of one event in two different outlets when
 * the speaker is the same named person or body (not {@code other_*}) and the two phrases share at least
 * half of the content words of the shorter one (stems, stop words dropped).
 * <ul>
 *   <li><b>recall</b>: share of gold links whose two phrases lie inside detected quotations that one quote
 *   group holds;</li>
 *   <li><b>precision</b>: of the quotation pairs the engine puts in one group (two outlets) where both
 *   quotations hold a named gold phrase, the share joined by a gold link ("strict"), or whose gold phrases
 *   name the same speaker ("same speaker": the same person, perhaps another of their quotations).</li>
 * </ul>
 * Each event is compared as the triplet it is (Fox, NYT, HuffPost), with the embedding model.
 */
public final class QuoteLinkEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A gold quote phrase: its article (0..2 in the triplet), its span in that article's text, its speaker. */
    record Gold(int article, Span span, String speaker, Set<String> stems) {
    }

    public record Report(int events, int goldPhrases, int unmapped, int goldLinks, int detectableLinks, int foundLinks,
                         int judgedPairs, int strictCorrect, int speakerCorrect, int unjudgedPairs,
                         List<String> readings) {
        public double recall() {
            return QuoteEvaluation.ratio(foundLinks, goldLinks);
        }

        public double strictPrecision() {
            return QuoteEvaluation.ratio(strictCorrect, judgedPairs);
        }

        public double speakerPrecision() {
            return QuoteEvaluation.ratio(speakerCorrect, judgedPairs);
        }

        public String table() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "BASIL quote links: %d events, %d named gold quote phrases"
                    + " (%d not found in the article text)%n", events, goldPhrases, unmapped));
            sb.append(String.format(Locale.ROOT, "  %-52s %6.1f%% %d/%d%n", "recall of gold links", 100 * recall(),
                    foundLinks, goldLinks));
            sb.append(String.format(Locale.ROOT, "  %-52s %6.1f%% %d/%d%n", "recall of gold links whose phrases lie in quotations",
                    100 * QuoteEvaluation.ratio(foundLinks, detectableLinks), foundLinks, detectableLinks));
            sb.append(String.format(Locale.ROOT, "  %-52s %6.1f%% %d/%d%n", "precision, strict (a gold link joins them)",
                    100 * strictPrecision(), strictCorrect, judgedPairs));
            sb.append(String.format(Locale.ROOT, "  %-52s %6.1f%% %d/%d%n", "precision, same gold speaker",
                    100 * speakerPrecision(), speakerCorrect, judgedPairs));
            sb.append(String.format(Locale.ROOT, "  %-52s %d%n", "grouped quotation pairs without gold on both sides",
                    unjudgedPairs));
            return sb.toString();
        }
    }

    private QuoteLinkEvaluation() {
    }

    /**
     * @param read   how many events' quote groups to keep for reading (with the gold speakers)
     * @param misses where to print each gold link the groups miss, or null
     */
    public static Report evaluate(Path corpus, EventComparer comparer, int read, java.io.PrintStream misses)
            throws IOException {
        Path basil = corpus.resolve("basil-news-triplets");
        JsonNode index = JSON.readTree(basil.resolve("index.json").toFile());
        int events = 0;
        int phrases = 0;
        int unmapped = 0;
        int goldLinks = 0;
        int detectable = 0;
        int found = 0;
        int judged = 0;
        int strict = 0;
        int sameSpeaker = 0;
        int unjudged = 0;
        List<String> readings = new ArrayList<>();
        for (JsonNode event : index.get("events")) {
            events++;
            List<Path> files = new ArrayList<>();
            List<JsonNode[]> sources = new ArrayList<>();
            for (JsonNode a : event.get("articles")) {
                files.add(basil.resolve(a.get("text_file").asText()));
                sources.add(new JsonNode[] {JSON.readTree(basil.resolve(a.get("original_json").asText()).toFile()),
                        JSON.readTree(basil.resolve(a.get("annotation_json").asText()).toFile())});
            }
            List<AnalyzedArticle> articles = CoverageEvaluation.load(files);
            List<Gold> gold = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                int before = gold.size();
                int[] total = new int[1];
                gold.addAll(gold(i, files.get(i), sources.get(i)[0], sources.get(i)[1], articles.get(i).text(), total));
                phrases += total[0];
                unmapped += total[0] - (gold.size() - before);
            }
            Event e = comparer.compare(articles);
            // gold links and whether the engine's groups join them
            for (int i = 0; i < gold.size(); i++) {
                for (int j = i + 1; j < gold.size(); j++) {
                    Gold x = gold.get(i);
                    Gold y = gold.get(j);
                    if (linked(x, y)) {
                        goldLinks++;
                        if (quoted(articles, x) && quoted(articles, y)) {
                            detectable++;
                        }
                        if (sameGroup(e, x, y)) {
                            found++;
                        } else if (misses != null) {
                            misses.println("MISSED " + x.speaker() + "\n   " + describe(articles, x) + "\n   "
                                    + describe(articles, y));
                        }
                    }
                }
            }
            // the engine's pairs, judged where both quotations hold gold
            StringBuilder reading = new StringBuilder();
            for (QuoteGroup q : e.quotes()) {
                for (int a = 0; a < q.members().size(); a++) {
                    for (int b = a + 1; b < q.members().size(); b++) {
                        Member ma = q.members().get(a);
                        Member mb = q.members().get(b);
                        List<Gold> ga = inside(gold, ma);
                        List<Gold> gb = inside(gold, mb);
                        if (ga.isEmpty() || gb.isEmpty()) {
                            unjudged++;
                            continue;
                        }
                        judged++;
                        boolean s = ga.stream().anyMatch(x -> gb.stream().anyMatch(y -> linked(x, y)));
                        boolean p = ga.stream().anyMatch(x -> gb.stream().anyMatch(y -> x.speaker().equals(y.speaker())));
                        strict += s ? 1 : 0;
                        sameSpeaker += p ? 1 : 0;
                    }
                }
                if (q.members().size() > 1 && readings.size() < read) {
                    reading.append("  [").append(q.speaker()).append(q.variant() ? ", variant" : "").append("]\n");
                    for (Member m : q.members()) {
                        List<String> speakers = inside(gold, m).stream().map(Gold::speaker).distinct().toList();
                        reading.append("    ").append(event.get("articles").get(m.article()).get("source").asText())
                                .append(": ").append(m.span().of(articles.get(m.article()).text()))
                                .append(speakers.isEmpty() ? "" : "   gold " + speakers).append('\n');
                    }
                }
            }
            if (readings.size() < read && !reading.isEmpty()) {
                readings.add(event.get("folder").asText() + "\n" + reading);
            }
        }
        return new Report(events, phrases, unmapped, goldLinks, detectable, found, judged, strict, sameSpeaker, unjudged, readings);
    }

    /** Named quote phrases of one article, placed in its text (BASIL offsets are per sentence). */
    private static List<Gold> gold(int article, Path file, JsonNode art, JsonNode ann, String text, int[] total)
            throws IOException {
        String txt = Files.readString(file, StandardCharsets.UTF_8);
        int bodyStart = art.get("title").asText().strip().length() + 2;
        int[] starts = QuoteEvaluation.sentenceStarts(art);
        List<Gold> out = new ArrayList<>();
        for (JsonNode x : ann.get("phrase-level-annotations")) {
            String id = x.get("id").asText();
            String speaker = x.path("speaker").asText("").strip();
            if (!id.startsWith("p") || !"yes".equals(x.path("quote").asText()) || speaker.isEmpty()
                    || speaker.startsWith("other_")) {
                continue;
            }
            total[0]++;
            String phrase = x.get("txt").asText();
            int s = starts[Integer.parseInt(id.substring(1))] + x.get("start").asInt();
            if (s < 0 || s + phrase.length() > txt.length() || !txt.startsWith(phrase, s)) {
                continue;
            }
            int at = nearest(text, phrase, s - bodyStart);
            if (at >= 0) {
                Set<String> stems = new HashSet<>(Analyzers.stems(phrase));
                out.add(new Gold(article, new Span(at, at + phrase.length()), speaker, stems));
            }
        }
        return out;
    }

    /** The occurrence of the phrase nearest to where it is expected (the article text may shift a little). */
    private static int nearest(String text, String phrase, int expected) {
        int best = -1;
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            if (best < 0 || Math.abs(at - expected) < Math.abs(best - expected)) {
                best = at;
            }
        }
        return best;
    }

    static boolean linked(Gold x, Gold y) {
        if (x.article() == y.article() || !x.speaker().equals(y.speaker())) {
            return false;
        }
        int shared = 0;
        for (String s : x.stems()) {
            if (y.stems().contains(s)) {
                shared++;
            }
        }
        int smaller = Math.min(x.stems().size(), y.stems().size());
        return shared > 0 && 2 * shared >= smaller;
    }

    /** True when the finder put the gold phrase inside one of its quotations. */
    private static boolean quoted(List<AnalyzedArticle> articles, Gold g) {
        return articles.get(g.article()).quotes().stream().anyMatch(q -> contains(new Span(q.start(), q.end()), g.span()));
    }

    /** A gold phrase and the detected quotation (with its speaker) that holds it, for reading misses. */
    private static String describe(List<AnalyzedArticle> articles, Gold g) {
        String text = articles.get(g.article()).text();
        for (var q : articles.get(g.article()).quotes()) {
            if (contains(new Span(q.start(), q.end()), g.span())) {
                return g.span().of(text) + "  IN [" + q.speaker() + "] " + q.quoted(text);
            }
        }
        return g.span().of(text) + "  NOT IN A QUOTATION";
    }

    private static boolean sameGroup(Event e, Gold x, Gold y) {
        for (QuoteGroup q : e.quotes()) {
            boolean hasX = false;
            boolean hasY = false;
            for (Member m : q.members()) {
                hasX |= m.article() == x.article() && contains(m.span(), x.span());
                hasY |= m.article() == y.article() && contains(m.span(), y.span());
            }
            if (hasX && hasY) {
                return true;
            }
        }
        return false;
    }

    private static List<Gold> inside(List<Gold> gold, Member m) {
        return gold.stream().filter(g -> g.article() == m.article() && contains(m.span(), g.span())).toList();
    }

    /** The gold phrase, trimmed of edge punctuation, lies within the quotation's span. */
    private static boolean contains(Span quotation, Span phrase) {
        return phrase.start() >= quotation.start() - 1 && phrase.end() <= quotation.end() + 1
                && phrase.start() < quotation.end() && phrase.end() > quotation.start();
    }

    public static void main(String[] args) throws Exception {
        dev.parallax.Main.quietLibraryLogs();
        Path corpus = CorpusFiles.defaultCorpus();
        Path indexDir = Path.of("target", "eval-index");
        boolean lexical = false;
        int read = 0;
        boolean misses = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--index" -> indexDir = Path.of(args[++i]);
                case "--lexical" -> lexical = true;
                case "--read" -> read = Integer.parseInt(args[++i]);
                case "--misses" -> misses = true;
                case "-h", "--help" -> {
                    System.out.println("usage: QuoteLinkEvaluation [corpus-folder] [--lexical] [--index DIR] [--read N] [--misses]");
                    System.out.println("  --misses   print every gold link the quote groups miss, with the quotations holding its phrases");
                    System.out.println("  --read N   print the quote groups of the first N events that have any, with gold speakers");
                    return;
                }
                default -> corpus = Path.of(args[i]);
            }
        }
        try (dev.parallax.index.ArticleIndex index = dev.parallax.index.ArticleIndex.open(indexDir).index()) {
            var embedder = lexical ? null : Meaning.embedder(index.vectorStore());
            Report r = evaluate(corpus, new EventComparer(embedder), read, misses ? System.out : null);
            index.commit();
            System.out.print(r.table());
            r.readings().forEach(s -> System.out.println("\n" + s));
        }
    }
}

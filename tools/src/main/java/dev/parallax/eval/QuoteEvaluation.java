package dev.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.text.quotes.QuoteFinder;
import dev.parallax.text.quotes.Quotation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Measures {@link QuoteFinder} against the BASIL quote annotations
 * ({@code basil-news-triplets/}: 300 articles, phrase annotations with {@code quote} and {@code speaker}).
 *
 * <p>Annotations are mapped onto the {@code .txt} texts: {@code id = p<N>} is the N-th sentence of the
 * flattened {@code body-paragraphs}; the .txt holds the title, a blank line, then each paragraph's sentences
 * stripped and joined by one space, paragraphs separated by a blank line. An annotation at [s,e) in sentence
 * N lies at {@code sentenceStart(N) - leadingWhitespace(N) + s} in the .txt; every mapping is checked
 * against the annotation's {@code txt}.
 *
 * <ul>
 *   <li><b>quote recall</b>: share of quote=yes annotations with a speaker whose span (trimmed of spaces,
 *       quote marks and punctuation) lies inside a detected quotation (marks included);</li>
 *   <li><b>speaker accuracy</b>: of covered annotations whose gold speaker is a name (not
 *       {@code other_anti/pro/neutral}), share whose detected speaker matches: some word of the gold speaker
 *       (split on '_') equals a word of the detected speaker, ignoring case, possessives and short function
 *       words, or the two share their first 6 letters ("Democratic" ~ "Democrats");</li>
 *   <li><b>speaker recall</b>: correct / all named gold annotations (missed quotes count as wrong);</li>
 *   <li><b>precision proxy</b>: of detected top-level quotations of at least 3 words that overlap some
 *       annotation, share that overlap no quote=no annotation.</li>
 * </ul>
 */
public final class QuoteEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> GROUP_WORDS = Set.of("Democratic", "Republican", "Democrats", "Republicans",
            "House", "Senate", "GOP", "NAACP", "BuzzFeed", "Catholics", "Tea", "Party", "Secure", "America", "Now",
            "State", "Department", "White");
    private static final Set<String> IGNORED_WORDS = Set.of("the", "of", "and", "a", "an", "for", "in", "mr", "mrs",
            "ms", "dr", "sen", "rep", "gov");

    /** One gold quote annotation and what the finder made of it. */
    public record Case(String file, String phrase, String goldSpeaker, boolean covered, String detectedSpeaker,
                       boolean speakerMatches, String context) {
        public boolean namedGold() {
            return !goldSpeaker.startsWith("other_");
        }

        /**
         * Gold speaker is one person ("Donald_Trump"), not a group ("Democratic_lawmakers", "Tea_Party",
         * "Obama_campaign"): every part capitalised and none a party, chamber or organisation word.
         */
        public boolean personGold() {
            if (!namedGold()) {
                return false;
            }
            for (String part : goldSpeaker.split("_")) {
                if (part.isEmpty() || !Character.isUpperCase(part.charAt(0)) || GROUP_WORDS.contains(part)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Aggregate figures; see the class comment for definitions. */
    public record Report(int articles, int mappingErrors, int goldQuotes, int covered, int namedGold,
                         int namedCovered, int namedCorrect, int personGold, int personCovered,
                         int personCorrect, int otherGold, int otherCoveredWithSpeaker,
                         int detected, int detectedAttributed, int longDetected, int longWithAnnotation,
                         int longClean, int[] perArticle, List<Case> cases, List<String> suspects) {
        public double quoteRecall() {
            return ratio(covered, goldQuotes);
        }

        public double speakerAccuracy() {
            return ratio(namedCorrect, namedCovered);
        }

        public double speakerRecall() {
            return ratio(namedCorrect, namedGold);
        }

        public double personSpeakerAccuracy() {
            return ratio(personCorrect, personCovered);
        }

        public double personSpeakerRecall() {
            return ratio(personCorrect, personGold);
        }

        public double precisionProxy() {
            return ratio(longClean, longWithAnnotation);
        }

        public double attributedShare() {
            return ratio(detectedAttributed, detected);
        }

        public double meanPerArticle() {
            return ratio(detected, articles);
        }

        public int medianPerArticle() {
            int[] s = perArticle.clone();
            Arrays.sort(s);
            return s.length == 0 ? 0 : s[s.length / 2];
        }

        public int maxPerArticle() {
            return Arrays.stream(perArticle).max().orElse(0);
        }

        public long articlesWithoutQuotes() {
            return Arrays.stream(perArticle).filter(x -> x == 0).count();
        }

        public String table() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "BASIL quotes: %d articles, %d gold quote annotations with speaker"
                    + " (%d named, %d other_*), %d mapping errors%n", articles, goldQuotes, namedGold, otherGold,
                    mappingErrors));
            sb.append(String.format(Locale.ROOT, "%-44s %7s %s%n", "metric", "value", "count"));
            row(sb, "quote recall (span inside a quotation)", quoteRecall(), covered + "/" + goldQuotes);
            row(sb, "speaker accuracy (named gold, covered)", speakerAccuracy(), namedCorrect + "/" + namedCovered);
            row(sb, "speaker recall (named gold, all)", speakerRecall(), namedCorrect + "/" + namedGold);
            row(sb, "speaker accuracy (one-person gold, covered)", personSpeakerAccuracy(),
                    personCorrect + "/" + personCovered);
            row(sb, "speaker recall (one-person gold, all)", personSpeakerRecall(), personCorrect + "/" + personGold);
            row(sb, "other_* gold covered and given a speaker", ratio(otherCoveredWithSpeaker, otherGold),
                    otherCoveredWithSpeaker + "/" + otherGold);
            row(sb, "precision proxy (>=3 words, no quote=no ann.)", precisionProxy(),
                    longClean + "/" + longWithAnnotation);
            row(sb, "detected quotations with a speaker", attributedShare(), detectedAttributed + "/" + detected);
            sb.append(String.format(Locale.ROOT, "quotations per article: mean %.2f, median %d, max %d, %d articles"
                    + " with none (%d detected, %d of >=3 words)%n", meanPerArticle(), medianPerArticle(),
                    maxPerArticle(), articlesWithoutQuotes(), detected, longDetected));
            return sb.toString();
        }

        private static void row(StringBuilder sb, String name, double v, String count) {
            sb.append(String.format(Locale.ROOT, "%-44s %6.1f%% %s%n", name, 100 * v, count));
        }
    }

    private QuoteEvaluation() {
    }

    static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    /** Evaluates on {@code corpus/basil-news-triplets}. */
    public static Report evaluate(Path corpus) throws IOException {
        return evaluate(corpus, new QuoteFinder());
    }

    public static Report evaluate(Path corpus, QuoteFinder finder) throws IOException {
        return evaluate(corpus, finder, Half.ALL);
    }

    /**
     * Which events to score: rules are developed on one half (even events, counted from 0 in
     * {@code index.json}) and checked on the other, so a rule fitted to the test data shows as a gap.
     */
    public enum Half {
        ALL, EVEN, ODD;

        boolean takes(int event) {
            return this == ALL || (event % 2 == 0) == (this == EVEN);
        }
    }

    public static Report evaluate(Path corpus, QuoteFinder finder, Half half) throws IOException {
        Path basil = corpus.resolve("basil-news-triplets");
        JsonNode index = JSON.readTree(basil.resolve("index.json").toFile());
        List<Case> cases = new ArrayList<>();
        List<String> suspects = new ArrayList<>();
        List<Integer> perArticle = new ArrayList<>();
        int articles = 0;
        int mappingErrors = 0;
        int detected = 0;
        int attributed = 0;
        int longDetected = 0;
        int longWithAnn = 0;
        int longClean = 0;
        int eventNo = -1;
        for (JsonNode event : index.get("events")) {
            if (!half.takes(++eventNo)) {
                continue;
            }
            for (JsonNode a : event.get("articles")) {
                articles++;
                JsonNode art = JSON.readTree(basil.resolve(a.get("original_json").asText()).toFile());
                JsonNode ann = JSON.readTree(basil.resolve(a.get("annotation_json").asText()).toFile());
                String file = a.get("text_file").asText();
                String txt = Files.readString(basil.resolve(file), StandardCharsets.UTF_8);
                int[] sentenceStarts = sentenceStarts(art);
                int bodyStart = art.get("title").asText().strip().length() + 2;
                String body = txt.substring(Math.min(bodyStart, txt.length()));
                List<Quotation> found = finder.find(body);
                int tops = 0;
                List<int[]> annSpans = new ArrayList<>(); // body offsets + quote flag
                List<Object[]> golds = new ArrayList<>();
                for (JsonNode x : ann.get("phrase-level-annotations")) {
                    String id = x.get("id").asText();
                    if (!id.startsWith("p")) {
                        continue;
                    }
                    int n = Integer.parseInt(id.substring(1));
                    String phrase = x.get("txt").asText();
                    int s = sentenceStarts[n] + x.get("start").asInt();
                    int e = s + phrase.length();
                    if (e > txt.length() || !txt.substring(s, e).equals(phrase)) {
                        mappingErrors++;
                        continue;
                    }
                    boolean quote = "yes".equals(x.path("quote").asText());
                    annSpans.add(new int[] {s - bodyStart, e - bodyStart, quote ? 1 : 0});
                    String speaker = x.path("speaker").asText("");
                    if (quote && !speaker.isBlank()) {
                        golds.add(new Object[] {s - bodyStart, e - bodyStart, speaker, phrase});
                    }
                }
                for (Object[] g : golds) {
                    int s = (int) g[0];
                    int e = (int) g[1];
                    int[] t = trim(body, s, e);
                    Quotation hit = null;
                    for (Quotation q : found) {
                        if (q.depth() == 0 && t[0] >= q.start() && t[1] <= q.end()) {
                            hit = q;
                            break;
                        }
                    }
                    String gold = (String) g[2];
                    String det = hit == null ? null : hit.speaker();
                    boolean match = det != null && speakerMatches(gold, det);
                    cases.add(new Case(file, (String) g[3], gold, hit != null, det, match, context(body, s, e)));
                }
                for (Quotation q : found) {
                    if (q.depth() != 0) {
                        continue;
                    }
                    tops++;
                    if (q.hasSpeaker()) {
                        attributed++;
                    }
                    if (words(q.content(body)) < 3) {
                        continue;
                    }
                    longDetected++;
                    boolean any = false;
                    boolean contradicted = false;
                    for (int[] sp : annSpans) {
                        if (sp[0] < q.contentEnd() && sp[1] > q.contentStart()) {
                            any = true;
                            if (sp[2] == 0) {
                                contradicted = true;
                            }
                        }
                    }
                    if (any) {
                        longWithAnn++;
                        if (!contradicted) {
                            longClean++;
                        } else {
                            suspects.add(file + ": " + q.quoted(body) + "  [speaker " + q.speaker() + "]");
                        }
                    }
                }
                detected += tops;
                perArticle.add(tops);
            }
        }
        int covered = 0;
        int namedGold = 0;
        int namedCovered = 0;
        int namedCorrect = 0;
        int otherGold = 0;
        int otherCovered = 0;
        int personGold = 0;
        int personCovered = 0;
        int personCorrect = 0;
        for (Case c : cases) {
            if (c.personGold()) {
                personGold++;
                if (c.covered()) {
                    personCovered++;
                    if (c.speakerMatches()) {
                        personCorrect++;
                    }
                }
            }
            if (c.covered()) {
                covered++;
            }
            if (c.namedGold()) {
                namedGold++;
                if (c.covered()) {
                    namedCovered++;
                    if (c.speakerMatches()) {
                        namedCorrect++;
                    }
                }
            } else {
                otherGold++;
                if (c.covered() && c.detectedSpeaker() != null) {
                    otherCovered++;
                }
            }
        }
        return new Report(articles, mappingErrors, cases.size(), covered, namedGold, namedCovered, namedCorrect,
                personGold, personCovered, personCorrect, otherGold, otherCovered, detected, attributed, longDetected, longWithAnn, longClean,
                perArticle.stream().mapToInt(Integer::intValue).toArray(), List.copyOf(cases),
                List.copyOf(suspects));
    }

    /** Start of each flattened sentence in the .txt, minus its stripped leading whitespace. */
    static int[] sentenceStarts(JsonNode art) {
        List<Integer> starts = new ArrayList<>();
        int pos = art.get("title").asText().strip().length() + 2;
        for (JsonNode p : art.get("body-paragraphs")) {
            int len = 0;
            for (JsonNode sn : p) {
                String s = sn.asText();
                String st = s.strip();
                if (st.isEmpty()) {
                    starts.add(Integer.MIN_VALUE / 2);
                    continue;
                }
                if (len > 0) {
                    len++;
                }
                int lead = s.length() - s.stripLeading().length();
                starts.add(pos + len - lead);
                len += st.length();
            }
            pos += len + 2;
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] trim(String s, int a, int b) {
        while (a < b && !Character.isLetterOrDigit(s.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(s.charAt(b - 1))) {
            b--;
        }
        return new int[] {a, b};
    }

    private static int words(String s) {
        int n = 0;
        for (String w : s.split("\\s+")) {
            if (!w.isBlank()) {
                n++;
            }
        }
        return n;
    }

    /** Word overlap between gold ("Donald_Trump") and detected ("Mr. Trump") speakers; see class comment. */
    public static boolean speakerMatches(String gold, String detected) {
        Set<String> g = speakerWords(gold.replace('_', ' '));
        Set<String> d = speakerWords(detected);
        for (String x : g) {
            for (String y : d) {
                if (x.equals(y) || (x.length() >= 6 && y.length() >= 6 && x.regionMatches(0, y, 0, 6))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> speakerWords(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'\u2019]+")) {
            w = w.replaceAll("['\u2019]s?$", "");
            if (w.length() >= 2 && !IGNORED_WORDS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static String context(String body, int s, int e) {
        int a = body.lastIndexOf("\n\n", s);
        a = a < 0 ? 0 : a + 2;
        int b = body.indexOf("\n\n", e);
        b = b < 0 ? body.length() : b;
        if (b - a > 700) {
            a = Math.max(a, s - 350);
            b = Math.min(b, e + 350);
        }
        return body.substring(a, s) + "[[" + body.substring(s, e) + "]]" + body.substring(e, b);
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of("../shared/corpus");
        int worst = 0;
        boolean speakers = false;
        boolean misses = false;
        boolean suspects = false;
        Half half = Half.ALL;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--worst" -> worst = Integer.parseInt(args[++i]);
                case "--misses" -> misses = true;
                case "--speakers" -> speakers = true;
                case "--suspects" -> suspects = true;
                case "--half" -> half = Half.valueOf(args[++i].toUpperCase(Locale.ROOT));
                case "-h", "--help" -> {
                    System.out.println("usage: QuoteEvaluation [corpus-folder] [--worst N] [--misses] [--speakers] [--half even|odd]");
                    System.out.println("  --worst N   print up to N failing cases (missed quotes and wrong speakers)");
                    System.out.println("  --misses    only missed quotes;  --speakers  only wrong named speakers");
                    System.out.println("  --suspects  print detected quotations that contain a quote=no annotation");
                    System.out.println("  --half even|odd  score only the even or odd events (the table ends with both halves)");
                    return;
                }
                default -> corpus = Path.of(args[i]);
            }
        }
        Report r;
        try {
            r = evaluate(corpus, new QuoteFinder(), half);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        System.out.print(r.table());
        for (Half h : List.of(Half.EVEN, Half.ODD)) {
            Report x = h == half ? r : evaluate(corpus, new QuoteFinder(), h);
            System.out.printf(Locale.ROOT, "%-4s events: speaker accuracy one-person %.1f%% (%d/%d), named %.1f%% (%d/%d),"
                    + " quote recall %.1f%%, precision proxy %.1f%%%n", h.name().toLowerCase(Locale.ROOT),
                    100 * x.personSpeakerAccuracy(), x.personCorrect(), x.personCovered(), 100 * x.speakerAccuracy(),
                    x.namedCorrect(), x.namedCovered(), 100 * x.quoteRecall(), 100 * x.precisionProxy());
        }
        if (suspects) {
            r.suspects().forEach(x -> System.out.println("SUSPECT " + x));
        }
        if (worst > 0) {
            if (!misses && !speakers) {
                misses = true;
                speakers = true;
            }
            int shown = 0;
            for (Case c : r.cases()) {
                if (shown >= worst) {
                    break;
                }
                boolean bad = (misses && !c.covered())
                        || (speakers && c.covered() && c.namedGold() && !c.speakerMatches());
                if (bad) {
                    shown++;
                    System.out.printf("%n--- %s  gold=%s  %s%n%s%n", c.file(), c.goldSpeaker(),
                            c.covered() ? "detected=" + c.detectedSpeaker() : "NOT COVERED", c.context());
                }
            }
        }
    }
}

package dev.parallax.export;

import dev.parallax.TestData;
import dev.parallax.compare.Comparison;
import dev.parallax.compare.DiffOp;
import dev.parallax.compare.Match;
import dev.parallax.compare.MatchKind;
import dev.parallax.compare.NumberMatch;
import dev.parallax.compare.QuoteMatch;
import dev.parallax.compare.Stats;
import dev.parallax.compare.UniquePassage;
import dev.parallax.article.Article;
import dev.parallax.ingest.ArticleLoader;
import dev.parallax.ingest.LoadResult;
import dev.parallax.article.AnalyzedArticle;
import dev.parallax.text.Span;
import dev.parallax.text.TextFolding;
import dev.parallax.text.numbers.NumberMention;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A realistic comparison of the two seed reports, built by hand (the engine is written elsewhere): spans
 * are found with indexOf, diffs with a small word LCS, shares from the matched spans.
 */
final class SeedComparison {
    private SeedComparison() {
    }

    static AnalyzedArticle load(Path file) {
        LoadResult r = new ArticleLoader().loadFile(file);
        if (!(r instanceof LoadResult.Loaded loaded)) {
            throw new IllegalStateException("seed did not load: " + r);
        }
        return AnalyzedArticle.of(loaded.article());
    }

    static Comparison build() {
        AnalyzedArticle a = load(TestData.seedA());
        AnalyzedArticle b = load(TestData.seedB());
        String ta = a.text();
        String tb = b.text();
        List<Match> matches = new ArrayList<>();
        matches.add(match(MatchKind.PARAPHRASE, 0.61, ta, tb,
                "US Secretary of State Antony Blinken on Friday questioned China’s sincerity in seeking peace in Ukraine as he directly pressed his counterpart over exports that boost Russia’s military.",
                "US Secretary of State Antony Blinken on Friday expressed strong concerns about China's support for Russia's defense industry and questioned Beijing's sincerity in seeking peace in Ukraine.",
                false));
        matches.add(match(MatchKind.NEAR, 0.74, ta, tb,
                "Blinken met Chinese Foreign Minister Wang Yi on the sidelines of the UN General Assembly",
                "He met Chinese Foreign Minister Wang Yi on the sidelines of the United Nations General Assembly (UNGA) in New York on Friday.",
                false));
        matches.add(match(MatchKind.IDENTICAL, 1.0, ta, tb,
                "China is fueling the “war machine” of Russian President Vladimir Putin.",
                "China is fueling the \"war machine\" of Russian President Vladimir Putin.",
                true));
        matches.add(match(MatchKind.NEAR, 0.88, ta, tb,
                "“When Beijing says that, on the one hand, that it wants peace, it wants to see an end to the conflict, but on the other hand is allowing its companies to take actions that are actually helping Putin continue the aggression, that doesn’t add up,” Blinken told a news conference.",
                "\"When Beijing says that, on the one hand, that it wants peace, it wants to see an end to the conflict, but on the other hand is allowing its companies to take actions that are helping Putin continue the aggression, that doesn't add up,\" Blinken said at a media briefing.",
                false));
        matches.add(match(MatchKind.PARAPHRASE, 0.57, ta, tb,
                "The top US diplomat said that China has provided 70 percent of machine tools and 90 percent of microelectronics needed by Russia for military production that includes rockets and armored vehicles.",
                "Blinken, however, said China has provided about 70% of machine tools and 90% of microelectronics that Moscow needs for military production, including rockets and armored vehicles.",
                true));
        matches.add(match(MatchKind.PARAPHRASE, 0.52, ta, tb,
                "Wang told Blinken during the meeting that China’s position on the Ukraine conflict was “open and aboveboard, always advocating for peace and dialogue, and working towards a political solution”, Beijing’s foreign ministry said in a statement on Saturday.",
                "Wang told Blinken that Beijing's position on the war in Ukraine had always stressed the need for peace through dialogue, according to a statement from China's foreign ministry.",
                false));
        matches.add(match(MatchKind.PARAPHRASE, 0.46, ta, tb,
                "China says it has not directly provided weapons to Russia",
                "Beijing said it has not supplied Russia with weapons for use in Ukraine.",
                true));
        matches.add(match(MatchKind.NEAR, 0.81, ta, tb,
                "Ukrainian President Volodymyr Zelensky in a UN address criticized China and Brazil for promoting negotiations to end the war, saying that forcing Ukraine to accept a peace deal was akin to colonialism.",
                "Earlier in a UN address, Ukrainian President Volodymyr Zelensky denounced China and Brazil for promoting the negotiations to end the war, saying that forcing Kyiv to accept a peace deal was akin to colonialism.",
                false));

        List<UniquePassage> unique = new ArrayList<>();
        for (String s : List.of(
                "While crediting the diplomacy with bringing progress, Blinken warned that the United States would not back down on concerns over China’s exports to Russia and made clear that Washington could impose more sanctions.",
                "South Africa and Turkey were among the powers that also signed the statement.",
                "Putin this week threatened to use nuclear weapons in the event of a major attack on Russian soil as Ukraine, looking to hit back against the invasion, seeks Western weapons to strike deeper across the border.",
                "He also agreed to take action against producers of ingredients in fentanyl, the painkiller behind an overdose epidemic in the United States.",
                "Blinken’s deputy, Kurt Campbell, recently told a congressional hearing that China posed a broader challenge to the United States than the Soviet Union did during the Cold War.")) {
            unique.add(new UniquePassage(0, find(ta, s)));
        }
        for (String s : List.of(
                "Wang and Brazilian foreign policy adviser Celso Amorim chaired a meeting of 17 countries.",
                "Proposing \"alternatives, half-hearted settlement plans, so-called sets of principles\" would only give Moscow the political space to continue the war, he said.")) {
            unique.add(new UniquePassage(1, find(tb, s)));
        }

        List<QuoteMatch> quotes = List.of(
                new QuoteMatch("Blinken", find(ta, "“When Beijing says that", "that doesn’t add up,”"),
                        find(tb, "\"When Beijing says that", "that doesn't add up,\""), true),
                new QuoteMatch("Blinken", find(ta, "“war machine”"), find(tb, "\"war machine\""), false),
                new QuoteMatch("Wang", find(ta, "“The US should stop smearing", "bloc confrontations,”"),
                        find(tb, "\"The United States should stop smearing", "different camps,\""), true),
                new QuoteMatch("Blinken", find(ta, "“Our intent is not to decouple", "their business,”"), null,
                        false),
                new QuoteMatch("Wang", null, find(tb, "\"Russia and Ukraine are neighbors", "realistic option,\""),
                        false));

        List<NumberMatch> numbers = List.of(
                new NumberMatch(new NumberMention(find(ta, "70 percent of machine tools"), 70, "percent",
                        "machine tools", false),
                        new NumberMention(find(tb, "about 70% of machine tools"), 70, "percent", "machine tools",
                                true), true),
                new NumberMatch(new NumberMention(find(ta, "90 percent of microelectronics"), 90, "percent",
                        "microelectronics", false),
                        new NumberMention(find(tb, "90% of microelectronics"), 90, "percent", "microelectronics",
                                false), true),
                new NumberMatch(new NumberMention(find(ta, "November 5"), 5, "date", null, false), null, null),
                new NumberMatch(null, new NumberMention(find(tb, "17 countries"), 17, null, "countries", false),
                        null));

        Stats stats = new Stats(shared(ta, matches, true), shared(tb, matches, false));
        return new Comparison(List.of(a, b), matches, unique, quotes, numbers, stats);
    }

    /**
     * Two small articles whose text, title, path, speaker and metadata carry markup, script and Markdown
     * syntax; with overlapping passages (a match and a unique passage share text) to exercise clipping.
     */
    static Comparison hostile() {
        AnalyzedArticle a = article("evil/<img src=x onerror=alert(1)>.txt",
                "<script>alert('title')</script> Breaking | News", "en",
                "Officials said <script>alert(1)</script> was found in the page & more.",
                "A reader wrote </textarea><script>alert('x')</script> in the form | with a pipe | and *stars*, _under_ and [a link](javascript:alert(1)).",
                "Image: <img src=x onerror=alert(1)> and a link javascript:alert(document.cookie) here.",
                "# Not a heading\n1. not a list\n> not a quote");
        AnalyzedArticle b = article("javascript:alert(1).html", "Other | <b onmouseover=alert(1)>side</b>", null,
                "Officials said <script>alert(1)</script> was found in the page and more.",
                "<a href=\"javascript:alert(1)\" onclick=\"alert(2)\">click</a> said \"the <b>bold</b> claim\", he said.",
                "<style>body{display:none}</style> `code` ~~strike~~ --- 100% of 3 | 4 <iframe src=\"https://example.com\"></iframe>");
        String ta = a.text();
        String tb = b.text();
        List<Match> matches = List.of(
                match(MatchKind.IDENTICAL, 1.0, ta, tb, "Officials said <script>alert(1)</script> was found",
                        "Officials said <script>alert(1)</script> was found", false),
                match(MatchKind.NEAR, 0.7, ta, tb, "in the page & more.", "in the page and more.", false),
                match(MatchKind.PARAPHRASE, 0.4, ta, tb,
                        "A reader wrote </textarea><script>alert('x')</script> in the form | with a pipe |",
                        "<a href=\"javascript:alert(1)\" onclick=\"alert(2)\">click</a> said", true));
        List<UniquePassage> unique = List.of(
                // overlaps the paraphrase above: the export must clip, not nest
                new UniquePassage(0, find(ta, "| with a pipe | and *stars*, _under_ and [a link](javascript:alert(1)).")),
                new UniquePassage(0, find(ta, "Image: <img src=x onerror=alert(1)> and a link")),
                new UniquePassage(0, find(ta, "# Not a heading\n1. not a list\n> not a quote")),
                new UniquePassage(1, find(tb, "<style>body{display:none}</style> `code` ~~strike~~ --- 100% of 3 | 4")));
        List<QuoteMatch> quotes = List.of(
                new QuoteMatch("<i onclick=alert(1)>Evil</i>", null, find(tb, "\"the <b>bold</b> claim\""), false),
                new QuoteMatch(null, find(ta, "<script>alert(1)</script>"), find(tb, "<script>alert(1)</script>"),
                        true));
        List<NumberMatch> numbers = List.of(
                new NumberMatch(null, new NumberMention(find(tb, "100%"), 100, "percent", "<b>x</b>", false), null),
                new NumberMatch(new NumberMention(find(ta, "alert(1)"), 1, null, null, false),
                        new NumberMention(find(tb, "3 | 4"), 3, null, null, true), false));
        Stats stats = new Stats(shared(ta, matches, true), shared(tb, matches, false));
        return new Comparison(List.of(a, b), matches, unique, quotes, numbers, stats);
    }

    static Match match(MatchKind kind, double score, String ta, String tb, String inA, String inB, boolean moved) {
        Span sa = find(ta, inA);
        Span sb = find(tb, inB);
        return new Match(kind, score, sa, sb, wordDiff(sa.of(ta), sb.of(tb)), moved);
    }

    static Span find(String text, String passage) {
        int at = text.indexOf(passage);
        if (at < 0) {
            throw new IllegalStateException("not in the seed: " + passage);
        }
        return new Span(at, at + passage.length());
    }

    /** From the start of {@code first} to the end of the next {@code last}. */
    static Span find(String text, String first, String last) {
        Span s = find(text, first);
        int end = text.indexOf(last, s.start());
        if (end < 0) {
            throw new IllegalStateException("not in the seed: " + last);
        }
        return new Span(s.start(), end + last.length());
    }

    /** Words with the white space before them, so an op added at the end keeps its separating space. */
    private static final Pattern WORD = Pattern.compile("\\s*\\S+");

    /** A word-level diff A to B by longest common subsequence on folded words; adjacent ops merged. */
    static List<DiffOp> wordDiff(String a, String b) {
        List<String> wa = words(a);
        List<String> wb = words(b);
        int[][] lcs = new int[wa.size() + 1][wb.size() + 1];
        for (int i = wa.size() - 1; i >= 0; i--) {
            for (int j = wb.size() - 1; j >= 0; j--) {
                lcs[i][j] = same(wa.get(i), wb.get(j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<DiffOp> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < wa.size() || j < wb.size()) {
            if (i < wa.size() && j < wb.size() && same(wa.get(i), wb.get(j))) {
                add(ops, DiffOp.Op.EQUAL, wa.get(i++));
                j++;
            } else if (i < wa.size() && (j == wb.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                add(ops, DiffOp.Op.DELETE, wa.get(i++));
            } else {
                add(ops, DiffOp.Op.INSERT, wb.get(j++));
            }
        }
        return ops;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static boolean same(String x, String y) {
        return TextFolding.fold(x.strip()).equals(TextFolding.fold(y.strip()));
    }

    private static void add(List<DiffOp> ops, DiffOp.Op op, String text) {
        if (!ops.isEmpty() && ops.getLast().op() == op) {
            ops.set(ops.size() - 1, new DiffOp(op, ops.getLast().text() + text));
        } else {
            ops.add(new DiffOp(op, text));
        }
    }

    private static double shared(String text, List<Match> matches, boolean sideA) {
        boolean[] covered = new boolean[text.length()];
        for (Match m : matches) {
            Span s = sideA ? m.a() : m.b();
            for (int k = s.start(); k < s.end(); k++) {
                covered[k] = true;
            }
        }
        int all = 0;
        int in = 0;
        for (int k = 0; k < text.length(); k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                all++;
                if (covered[k]) {
                    in++;
                }
            }
        }
        return all == 0 ? 0 : (double) in / all;
    }

    /** An article built in memory, one block per paragraph ("\n\n" between them). */
    static AnalyzedArticle article(String path, String title, String language, String... paragraphs) {
        StringBuilder text = new StringBuilder();
        List<dev.parallax.article.Block> blocks = new ArrayList<>();
        for (String p : paragraphs) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            blocks.add(new dev.parallax.article.Block(dev.parallax.article.BlockKind.PARAGRAPH, text.length(),
                    text.length() + p.length()));
            text.append(p);
        }
        return AnalyzedArticle.of(new Article(path, title, text.toString(), blocks, List.of(), language, null));
    }
}

package dev.parallax.export;

import dev.parallax.present.ArticleLabels;
import dev.parallax.present.KindLabels;
import dev.parallax.present.MatchFigures;
import dev.parallax.present.ComparisonFigures;
import dev.parallax.present.Paragraphs;
import dev.parallax.compare.Comparison;
import dev.parallax.compare.DiffOp;
import dev.parallax.compare.Match;
import dev.parallax.compare.MatchKind;
import dev.parallax.compare.NumberMatch;
import dev.parallax.compare.QuoteMatch;
import dev.parallax.compare.UniquePassage;
import dev.parallax.article.Article;
import dev.parallax.text.Printable;
import dev.parallax.text.Span;
import dev.parallax.text.numbers.NumberMention;
import java.util.List;
import java.util.regex.Pattern;
import dev.parallax.article.ArticleIds;

/**
 * A comparison as a GitHub-flavoured Markdown summary: the two reports, the overlap, the matched passages
 * by kind with their word differences (~~deleted~~ from A, **inserted** by B), the quotations, the
 * numbers and what only one report tells. Article text never reaches a line start and every character
 * Markdown or HTML would read as syntax is backslash-escaped, so the text shows as written.
 */
public final class ComparisonMarkdown {
    private static final Pattern SPACE = Pattern.compile("[\\s\\u0085\\u2028\\u2029]+");
    private static final String SYNTAX = "\\`*_[]<>|~&#";

    private ComparisonMarkdown() {
    }

    public static String render(Comparison c) {
        Article a = c.a().article();
        Article b = c.b().article();
        Paragraphs pa = Paragraphs.of(a);
        Paragraphs pb = Paragraphs.of(b);
        ComparisonFigures o = ComparisonFigures.of(c);
        StringBuilder md = new StringBuilder();

        md.append("# Parallax comparison\n\n");
        md.append("| | Report | Source | Language | Words | Shared |\n");
        md.append("|---|---|---|---|--:|--:|\n");
        articleRow(md, "A", a, o.sharedA());
        articleRow(md, "B", b, o.sharedB());
        webSources(md, List.of(a, b));
        notices(md, List.of(a, b));

        md.append("\n## Overlap\n\n");
        md.append("- **").append(Wording.percent(o.sharedA())).append("** of A is told by B too; **")
                .append(Wording.percent(o.sharedB())).append("** of B is told by A too.\n");
        md.append("- ").append(Wording.plural(o.matches(), "matched passage", "matched passages")).append(": ");
        md.append("identical ").append(o.count(MatchKind.IDENTICAL))
                .append(", near ").append(o.count(MatchKind.NEAR))
                .append(", paraphrase ").append(o.count(MatchKind.PARAPHRASE));
        if (o.moved() > 0) {
            md.append(" (").append(o.moved()).append(" moved)");
        }
        md.append(".\n");
        md.append("- Only in A: ").append(Wording.plural(o.uniqueA(), "passage", "passages"))
                .append("; only in B: ").append(Wording.plural(o.uniqueB(), "passage", "passages")).append(".\n");
        md.append("- ").append(Wording.plural(o.quotes(), "quotation", "quotations")).append(", ")
                .append(o.variantQuotes()).append(" worded differently; ")
                .append(Wording.plural(o.numbers(), "number", "numbers")).append(", ")
                .append(o.numberMismatches()).append(o.numberMismatches() == 1 ? " disagrees" : " disagree")
                .append(".\n");

        md.append("\n## Matched passages\n\n");
        md.append("Word differences read from A to B: ~~struck~~ words are only in A, **bold** words only in B. "
                + "¶ numbers count each report's paragraphs.\n");
        md.append(MatchFigures.WORDS_SHARED_MEANING).append(' ').append(MatchFigures.KINDS_MEANING).append(' ')
                .append(MatchFigures.MODEL_MEANING).append('\n');
        for (MatchKind kind : MatchKind.values()) {
            List<Integer> rows = new java.util.ArrayList<>();
            for (int i = 0; i < c.matches().size(); i++) {
                if (c.matches().get(i).kind() == kind) {
                    rows.add(i);
                }
            }
            md.append("\n### ").append(KindLabels.label(kind)).append(" (").append(rows.size()).append(")\n\n");
            if (rows.isEmpty()) {
                md.append("None.\n");
                continue;
            }
            md.append("| # | Words shared | Model | A | B | Wording, A → B |\n|--:|--:|--:|---|---|---|\n");
            for (int i : rows) {
                Match m = c.matches().get(i);
                md.append("| ").append(i + 1).append(" | ").append(MatchFigures.percent(m.wordsShared()))
                        .append(" | ").append(Double.isNaN(m.confidence()) ? "—" : MatchFigures.percent(m.confidence()))
                        .append(" | ").append(pa.label(m.a().start()))
                        .append(" | ").append(pb.label(m.b().start())).append(m.moved() ? " (moved)" : "")
                        .append(" | ").append(diff(m, a.text())).append(" |\n");
            }
        }

        md.append("\n## Quotations\n\n");
        if (c.quotes().isEmpty()) {
            md.append("None.\n");
        } else {
            md.append("| Speaker | A | B | Wording |\n|---|---|---|---|\n");
            for (QuoteMatch q : c.quotes()) {
                md.append("| ").append(q.speaker() == null ? "(unattributed)" : escape(q.speaker()))
                        .append(" | ").append(located(q.a(), a.text(), pa))
                        .append(" | ").append(located(q.b(), b.text(), pb))
                        .append(" | ").append(quoteStatus(q)).append(" |\n");
            }
        }

        md.append("\n## Numbers\n\n");
        if (c.numbers().isEmpty()) {
            md.append("None.\n");
        } else {
            md.append("| A | B | Agree |\n|---|---|---|\n");
            for (NumberMatch n : c.numbers()) {
                md.append("| ").append(number(n.a(), a.text(), pa)).append(" | ").append(number(n.b(), b.text(), pb))
                        .append(" | ").append(agreement(n)).append(" |\n");
            }
        }

        uniqueSection(md, c, 0, "A", pa);
        uniqueSection(md, c, 1, "B", pb);

        md.append("\n---\n\nWritten by ").append(Exports.TOOL).append(' ').append(Exports.VERSION)
                .append(" (comparison schema ").append(ComparisonJson.SCHEMA).append(").\n");
        return md.toString();
    }

    /** Cites the address, fetch time and snapshot of each article read from the web (none: nothing written). */
    static void webSources(StringBuilder md, List<Article> articles) {
        boolean any = false;
        for (int i = 0; i < articles.size(); i++) {
            Article x = articles.get(i);
            if (x.metadata().web() != null) {
                md.append(any ? "" : "\n").append("- **").append(ArticleIds.of(i)).append("**: ")
                        .append(escape(x.metadata().web().url())).append(", ").append(escape(ArticleLabels.snapshot(x)))
                        .append("\n");
                any = true;
            }
        }
    }

    /** What the reader should know about how a report's text was found, one line each under the table. */
    static void notices(StringBuilder md, List<Article> articles) {
        boolean first = true;
        for (int i = 0; i < articles.size(); i++) {
            for (String n : articles.get(i).notices()) {
                md.append(first ? "\n" : "").append("- \u26A0 **").append(ArticleIds.of(i)).append("**: ")
                        .append(escape(n)).append('\n');
                first = false;
            }
        }
    }

    private static void articleRow(StringBuilder md, String id, Article a, double shared) {
        String source = ArticleLabels.source(a);
        if (a.metadata().date() != null && !a.metadata().date().isBlank()) {
            source += ", " + a.metadata().date().strip();
        }
        md.append("| **").append(id).append("** | ").append(escape(ArticleLabels.title(a)))
                .append(" | ").append(escape(source))
                .append(" | ").append(a.language() == null ? "?" : escape(a.language()))
                .append(" | ").append(ArticleLabels.words(a))
                .append(" | ").append(Wording.percent(shared)).append(" |\n");
    }

    private static void uniqueSection(StringBuilder md, Comparison c, int article, String id, Paragraphs paras) {
        List<UniquePassage> list = c.unique().stream().filter(u -> u.article() == article).toList();
        md.append("\n## Only in ").append(id).append(" (").append(list.size()).append(")\n\n");
        if (list.isEmpty()) {
            md.append("Nothing: every passage of ").append(id).append(" has a counterpart.\n");
            return;
        }
        String text = c.articles().get(article).text();
        for (UniquePassage u : list) {
            md.append("- ").append(paras.label(u.span().start())).append(": ")
                    .append(escape(u.span().of(text))).append('\n');
        }
    }

    /** The passage A → B with changes marked, or A's text when the diff is empty. */
    private static String diff(Match m, String textA) {
        if (m.diff().isEmpty()) {
            return escape(m.a().of(textA));
        }
        StringBuilder out = new StringBuilder();
        String before = "";
        for (DiffOp op : m.diff()) {
            if (Wording.needsSpace(before, op.text())) {
                out.append(' '); // "~~old~~ **new**", not "~~old~~**new**"
            }
            before = op.text();
            switch (op.op()) {
                case EQUAL -> out.append(escape(op.text()));
                case DELETE -> marked(out, op.text(), "~~");
                case INSERT -> marked(out, op.text(), "**");
            }
        }
        return out.toString().strip();
    }

    /** Markers hug the words (GFM ignores "~~ x~~"); surrounding spaces stay outside. */
    private static void marked(StringBuilder out, String text, String marker) {
        String flat = SPACE.matcher(text).replaceAll(" ");
        String core = flat.strip();
        if (core.isEmpty()) {
            out.append(flat);
            return;
        }
        if (flat.startsWith(" ")) {
            out.append(' ');
        }
        out.append(marker).append(escape(core)).append(marker);
        if (flat.endsWith(" ")) {
            out.append(' ');
        }
    }

    private static String located(Span s, String text, Paragraphs paras) {
        if (s == null) {
            return "—";
        }
        return escape(s.of(text)) + " (" + paras.label(s.start()) + ")";
    }

    private static String quoteStatus(QuoteMatch q) {
        if (q.a() == null) {
            return "only in B";
        }
        if (q.b() == null) {
            return "only in A";
        }
        return q.variant() ? "**variant**" : "same";
    }

    private static String number(NumberMention n, String text, Paragraphs paras) {
        if (n == null) {
            return "—";
        }
        return escape(n.span().of(text)) + " (" + paras.label(n.span().start()) + ")";
    }

    private static String agreement(NumberMatch n) {
        if (n.agree() == null) {
            return n.a() == null ? "only in B" : n.b() == null ? "only in A" : "?";
        }
        return n.agree() ? "yes" : "**no**";
    }

    /**
     * Article text made inert for one Markdown line or table cell: line breaks folded to spaces, and every
     * character Markdown or inline HTML would read as syntax ({@code \ ` * _ [ ] < > | ~ & #}) escaped
     * with a backslash, which CommonMark and GFM accept before any ASCII punctuation; controls, bidirectional
     * overrides and hidden characters shown as escapes ({@link Printable#of}), as on the terminal.
     */
    static String escape(String s) {
        String flat = Printable.of(SPACE.matcher(s).replaceAll(" "));
        StringBuilder out = new StringBuilder(flat.length() + 16);
        for (int i = 0; i < flat.length(); i++) {
            char ch = flat.charAt(i);
            if (SYNTAX.indexOf(ch) >= 0) {
                out.append('\\');
            }
            out.append(ch);
        }
        return out.toString();
    }
}

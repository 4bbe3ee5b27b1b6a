package dev.parallax.export;

import dev.parallax.present.ArticleLabels;
import dev.parallax.present.KindLabels;
import dev.parallax.present.MatchFigures;
import dev.parallax.present.EventCells;
import dev.parallax.present.EventFigures;
import dev.parallax.present.Paragraphs;
import dev.parallax.compare.MatchKind;
import dev.parallax.compare.event.Event;
import dev.parallax.compare.event.Group;
import dev.parallax.compare.event.Member;
import dev.parallax.compare.event.NumberGroup;
import dev.parallax.compare.event.QuoteGroup;
import dev.parallax.article.Article;
import java.util.ArrayList;
import java.util.List;
import dev.parallax.article.ArticleIds;

/**
 * An event (three or more reports) as a GitHub-flavoured Markdown summary: the reports, the coverage
 * matrix, then tables with one row per shared passage, quotation and number and one column per report,
 * and what only one report tells. Article text is escaped as in {@link ComparisonMarkdown}.
 */
public final class EventMarkdown {
    private EventMarkdown() {
    }

    public static String render(Event e) {
        int n = e.articles().size();
        List<Paragraphs> paras = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            paras.add(Paragraphs.of(e.articles().get(i).article()));
        }
        EventFigures o = EventFigures.of(e);
        StringBuilder md = new StringBuilder();
        md.append("# Parallax event: ").append(n).append(" reports\n\n");
        md.append("| | Report | Source | Language | Words | Told by another |\n|---|---|---|---|--:|--:|\n");
        for (int i = 0; i < n; i++) {
            Article a = e.articles().get(i).article();
            md.append("| **").append(ArticleIds.of(i)).append("** | ").append(esc(ArticleLabels.title(a)))
                    .append(" | ").append(esc(ArticleLabels.source(a)))
                    .append(" | ").append(a.language() == null ? "?" : esc(a.language()))
                    .append(" | ").append(ArticleLabels.words(a))
                    .append(" | ").append(Wording.percent(e.coverage().byAny(i))).append(" |\n");
        }
        ComparisonMarkdown.webSources(md, e.articles().stream().map(x -> x.article()).toList());

        ComparisonMarkdown.notices(md, e.articles().stream().map(x -> x.article()).toList());
        md.append("\n## Coverage\n\nEach row's report: the share of its text that the column's report also tells.\n\n");
        md.append("| |");
        for (int y = 0; y < n; y++) {
            md.append(" ").append(ArticleIds.of(y)).append(" |");
        }
        md.append("\n|---|").append("--:|".repeat(n)).append('\n');
        for (int x = 0; x < n; x++) {
            md.append("| **").append(ArticleIds.of(x)).append("** |");
            for (int y = 0; y < n; y++) {
                md.append(' ').append(x == y ? "—" : Wording.percent(e.coverage().of(x, y))).append(" |");
            }
            md.append('\n');
        }
        md.append("\n- ").append(Wording.plural(o.groups(), "passage", "passages"))
                .append(" told by more than one report: ").append(o.toldByAll()).append(" by all ").append(n)
                .append(", ").append(o.toldBySome()).append(" by some; ").append(o.unique())
                .append(" passages told by one report only.\n");
        md.append("- Loosest wording within a passage: identical ").append(o.count(MatchKind.IDENTICAL))
                .append(", near ").append(o.count(MatchKind.NEAR)).append(", paraphrase ")
                .append(o.count(MatchKind.PARAPHRASE)).append(".\n");
        md.append("- ").append(Wording.plural((int) o.sharedQuotes(), "quotation", "quotations"))
                .append(" carried by more than one report, ").append(o.variantQuotes()).append(" worded differently; ")
                .append(Wording.plural((int) o.sharedNumbers(), "number", "numbers"))
                .append(" given by more than one, ").append(o.numberDisagreements())
                .append(o.numberDisagreements() == 1 ? " disagrees" : " disagree").append(".\n");

        md.append("\n## Passages told by more than one report\n\n");
        md.append("One row per passage, one column per report. In each cell: = the same words as the row's first "
                + "report, ~ a small wording change, ≈ other words; ¶ numbers count each report's paragraphs. "
                + "Told by: \"all\" only when every two reports' passages were aligned with each other; otherwise the "
                + "pairs that were (A–C, B–C: A and B are linked only through C). Kind and words shared are the "
                + "loosest among those pairs. " + MatchFigures.WORDS_SHARED_MEANING + "\n\n");
        if (e.groups().isEmpty()) {
            md.append("None.\n");
        } else {
            md.append("| # | Kind | Told by |");
            for (int a = 0; a < n; a++) {
                md.append(' ').append(ArticleIds.of(a)).append(" |");
            }
            md.append("\n|--:|---|---|").append("---|".repeat(n)).append('\n');
            for (int i = 0; i < e.groups().size(); i++) {
                Group g = e.groups().get(i);
                md.append("| ").append(i + 1).append(" | ").append(KindLabels.label(g.kind())).append(", ")
                        .append(MatchFigures.wordsShared(g.wordsShared())).append(" | ")
                        .append(EventCells.toldBy(e, g)).append(" |");
                for (int a = 0; a < n; a++) {
                    Member m = g.of(a);
                    md.append(' ');
                    if (m != null) {
                        MatchKind k = EventCells.kind(e, g, m);
                        if (k != null) {
                            md.append(KindLabels.cellMark(k)).append(' ');
                        }
                        md.append(located(e, m, paras));
                    }
                    md.append(" |");
                }
                md.append('\n');
            }
        }

        md.append("\n## Quotations\n\n");
        if (e.quotes().isEmpty()) {
            md.append("None.\n");
        } else {
            md.append("| Speaker |");
            for (int a = 0; a < n; a++) {
                md.append(' ').append(ArticleIds.of(a)).append(" |");
            }
            md.append(" Wording |\n|---|").append("---|".repeat(n)).append("---|\n");
            for (QuoteGroup q : sharedFirst(e.quotes(), x -> x.members().size())) {
                md.append("| ").append(q.speaker() == null ? "(unattributed)" : esc(q.speaker())).append(" |");
                for (int a = 0; a < n; a++) {
                    Member m = member(q.members(), a);
                    md.append(' ').append(m == null ? "" : located(e, m, paras)).append(" |");
                }
                md.append(' ').append(q.members().size() < 2 ? "only in " + ArticleIds.of(q.members().getFirst().article())
                        : q.variant() ? "**variant**" : "same").append(" |\n");
            }
        }

        md.append("\n## Numbers\n\n");
        if (e.numbers().isEmpty()) {
            md.append("None.\n");
        } else {
            md.append("|");
            for (int a = 0; a < n; a++) {
                md.append(' ').append(ArticleIds.of(a)).append(" |");
            }
            md.append(" Agree |\n|").append("---|".repeat(n)).append("---|\n");
            for (NumberGroup g : sharedFirst(e.numbers(), x -> x.members().size())) {
                md.append('|');
                for (int a = 0; a < n; a++) {
                    NumberGroup.Figure f = null;
                    for (NumberGroup.Figure x : g.members()) {
                        if (x.article() == a) {
                            f = x;
                        }
                    }
                    md.append(' ').append(f == null ? "" : located(e, new Member(a, f.mention().span()), paras))
                            .append(" |");
                }
                md.append(' ').append(g.agree() == null ? "only in " + ArticleIds.of(g.members().getFirst().article())
                        : g.agree() ? "yes" : "**no**").append(" |\n");
            }
        }

        for (int a = 0; a < n; a++) {
            int article = a;
            List<Member> only = e.unique().stream().filter(m -> m.article() == article).toList();
            md.append("\n## Only in ").append(ArticleIds.of(a)).append(" (").append(only.size()).append(")\n\n");
            if (only.isEmpty()) {
                md.append("Nothing: every passage of ").append(ArticleIds.of(a)).append(" is told by another report.\n");
            }
            for (Member m : only) {
                md.append("- ¶").append(paras.get(a).numberAt(m.span().start())).append(": ")
                        .append(esc(m.span().of(e.articles().get(a).text()))).append('\n');
            }
        }
        md.append("\n---\n\nWritten by ").append(Exports.TOOL).append(' ').append(Exports.VERSION)
                .append(" (event schema ").append(EventJson.SCHEMA).append(").\n");
        return md.toString();
    }

    /** Entries carried by several reports first (in their order), then the rest. */
    static <T> List<T> sharedFirst(List<T> all, java.util.function.ToIntFunction<T> size) {
        List<T> out = new ArrayList<>(all.stream().filter(x -> size.applyAsInt(x) > 1).toList());
        out.addAll(all.stream().filter(x -> size.applyAsInt(x) <= 1).toList());
        return out;
    }

    private static Member member(List<Member> members, int article) {
        for (Member m : members) {
            if (m.article() == article) {
                return m;
            }
        }
        return null;
    }

    private static String located(Event e, Member m, List<Paragraphs> paras) {
        return esc(m.span().of(e.articles().get(m.article()).text())) + " (¶"
                + paras.get(m.article()).numberAt(m.span().start()) + ")";
    }

    private static String esc(String s) {
        return ComparisonMarkdown.escape(s);
    }
}

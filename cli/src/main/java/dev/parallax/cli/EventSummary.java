package dev.parallax.cli;

import dev.parallax.compare.MatchKind;
import dev.parallax.compare.event.Event;
import dev.parallax.compare.event.NumberGroup;
import dev.parallax.compare.event.QuoteGroup;
import dev.parallax.article.ArticleIds;
import dev.parallax.present.EventFigures;
import dev.parallax.article.Article;
import dev.parallax.text.Printable;
import java.io.PrintWriter;
import java.util.Locale;

/** The summary {@code compare} prints for three or more articles: the coverage matrix and group counts. */
final class EventSummary {
    private final PrintWriter out;

    EventSummary(PrintWriter out) {
        this.out = out;
    }

    void print(Event e) {
        int n = e.articles().size();
        for (int i = 0; i < n; i++) {
            Article a = e.articles().get(i).article();
            out.printf("%s  %s%n   %s%s%n", ArticleIds.of(i), a.title() == null ? "(no title)" : Printable.of(a.title()), Printable.of(a.path()),
                    a.language() == null ? "" : " (" + Printable.of(a.language()) + ")");
        }
        out.println();
        out.println("Coverage: share of each row's text that the column's article also tells");
        int width = Math.max(5, ArticleIds.of(n - 1).length() + 3);
        StringBuilder head = new StringBuilder(" ".repeat(width));
        for (int y = 0; y < n; y++) {
            head.append(String.format("%" + width + "s", ArticleIds.of(y)));
        }
        out.println(head);
        for (int x = 0; x < n; x++) {
            StringBuilder row = new StringBuilder(String.format("%" + width + "s", ArticleIds.of(x)));
            for (int y = 0; y < n; y++) {
                row.append(String.format(Locale.ROOT, "%" + width + "s",
                        x == y ? "-" : Math.round(100 * e.coverage().of(x, y)) + "%"));
            }
            out.println(row);
        }
        out.println();
        EventFigures o = EventFigures.of(e);
        out.printf("Passages told by more than one article: %d (by all %d: %d, by some: %d)%n", o.groups(), n,
                o.toldByAll(), o.toldBySome());
        out.printf("  loosest wording: identical %d, near %d, paraphrase %d%n", o.count(MatchKind.IDENTICAL),
                o.count(MatchKind.NEAR), o.count(MatchKind.PARAPHRASE));
        StringBuilder only = new StringBuilder();
        for (int i = 0; i < n; i++) {
            only.append(i == 0 ? "" : ", ").append(ArticleIds.of(i)).append(' ').append(o.uniqueOf(i));
        }
        out.printf("Told by one only: %d passages (%s)%n", o.unique(), only);
        out.printf("Quotations: %d, %d carried by more than one article, %d worded differently%n", e.quotes().size(),
                o.sharedQuotes(), o.variantQuotes());
        for (QuoteGroup q : e.quotes()) {
            if (q.variant()) {
                out.printf("  %s%n", q.speaker() == null ? "(unattributed)" : Printable.of(q.speaker()));
                q.members().forEach(m -> out.printf("    %s: %s%n", ArticleIds.of(m.article()),
                        Printable.of(m.span().of(e.articles().get(m.article()).text()))));
            }
        }
        out.printf("Numbers: %d given by more than one article, %d of them disagree%n", o.sharedNumbers(),
                o.numberDisagreements());
        for (NumberGroup g : e.numbers()) {
            if (g.members().size() > 1) {
                StringBuilder line = new StringBuilder("  ");
                for (NumberGroup.Figure f : g.members()) {
                    line.append(ArticleIds.of(f.article())).append(": ")
                            .append(Printable.of(f.mention().span().of(e.articles().get(f.article()).text()))).append("  ");
                }
                out.println(line.append(Boolean.TRUE.equals(g.agree()) ? "(agree)" : "(DIFFER)"));
            }
        }
    }
}

package dev.parallax.cli;

import dev.parallax.compare.Comparison;
import dev.parallax.compare.MatchKind;
import dev.parallax.compare.NumberMatch;
import dev.parallax.compare.QuoteMatch;
import dev.parallax.article.ArticleIds;
import dev.parallax.article.Article;
import dev.parallax.present.ComparisonFigures;
import dev.parallax.text.Printable;
import java.io.PrintWriter;
import java.util.Locale;

/** The short human summary {@code compare} prints when no export is asked for. */
final class ComparisonSummary {
    private final PrintWriter out;

    ComparisonSummary(PrintWriter out) {
        this.out = out;
    }

    void print(Comparison c) {
        for (int i = 0; i < c.articles().size(); i++) {
            Article a = c.articles().get(i).article();
            out.printf("%s  %s%n   %s%s%n", ArticleIds.of(i), a.title() == null ? "(no title)" : Printable.of(a.title()), Printable.of(a.path()),
                    a.language() == null ? "" : " (" + Printable.of(a.language()) + ")");
        }
        out.println();
        ComparisonFigures f = ComparisonFigures.of(c);
        out.printf(Locale.ROOT, "Shared: %.0f%% of A, %.0f%% of B%n", 100 * f.sharedA(), 100 * f.sharedB());
        out.printf("Matched passages: %d (identical %d, near %d, paraphrase %d), %d moved%n", f.matches(),
                f.count(MatchKind.IDENTICAL), f.count(MatchKind.NEAR), f.count(MatchKind.PARAPHRASE), f.moved());
        out.printf("Told by one only: %d passages in A, %d in B%n", f.uniqueA(), f.uniqueB());
        out.printf("Quotations: %d in A, %d in B, %d in both, %d worded differently%n", f.quotesA(), f.quotesB(),
                f.quotesBoth(), f.variantQuotes());
        for (QuoteMatch q : c.quotes()) {
            if (q.variant()) {
                out.printf("  %s%n    A: %s%n    B: %s%n", q.speaker() == null ? "(unattributed)" : Printable.of(q.speaker()),
                        Printable.of(q.a().of(c.a().text())), Printable.of(q.b().of(c.b().text())));
            }
        }
        out.printf("Numbers: %d given by both, %d of them disagree%n", f.numbersPaired(), f.numberMismatches());
        for (NumberMatch n : c.numbers()) {
            if (n.a() != null && n.b() != null) {
                out.printf("  %s  |  %s  %s%n", Printable.of(n.a().span().of(c.a().text())), Printable.of(n.b().span().of(c.b().text())),
                        Boolean.TRUE.equals(n.agree()) ? "(agree)" : "(DIFFER)");
            }
        }
    }
}

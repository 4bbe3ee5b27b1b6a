package dev.parallax.cli;

import dev.parallax.compare.Comparison;
import dev.parallax.compare.Match;
import dev.parallax.compare.MatchKind;
import dev.parallax.compare.NumberMatch;
import dev.parallax.compare.QuoteMatch;
import dev.parallax.article.ArticleIds;
import dev.parallax.article.Article;
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
        out.printf(Locale.ROOT, "Shared: %.0f%% of A, %.0f%% of B%n", 100 * c.stats().sharedA(), 100 * c.stats().sharedB());
        long moved = c.matches().stream().filter(Match::moved).count();
        out.printf("Matched passages: %d (identical %d, near %d, paraphrase %d), %d moved%n", c.matches().size(),
                count(c, MatchKind.IDENTICAL), count(c, MatchKind.NEAR), count(c, MatchKind.PARAPHRASE), moved);
        out.printf("Told by one only: %d passages in A, %d in B%n",
                c.unique().stream().filter(u -> u.article() == 0).count(),
                c.unique().stream().filter(u -> u.article() == 1).count());
        long both = c.quotes().stream().filter(q -> q.a() != null && q.b() != null).count();
        long variants = c.quotes().stream().filter(QuoteMatch::variant).count();
        out.printf("Quotations: %d in A, %d in B, %d in both, %d worded differently%n",
                c.quotes().stream().filter(q -> q.a() != null).count(),
                c.quotes().stream().filter(q -> q.b() != null).count(), both, variants);
        for (QuoteMatch q : c.quotes()) {
            if (q.variant()) {
                out.printf("  %s%n    A: %s%n    B: %s%n", q.speaker() == null ? "(unattributed)" : Printable.of(q.speaker()),
                        Printable.of(q.a().of(c.a().text())), Printable.of(q.b().of(c.b().text())));
            }
        }
        long paired = c.numbers().stream().filter(n -> n.a() != null && n.b() != null).count();
        long disagree = c.numbers().stream().filter(n -> Boolean.FALSE.equals(n.agree())).count();
        out.printf("Numbers: %d given by both, %d of them disagree%n", paired, disagree);
        for (NumberMatch n : c.numbers()) {
            if (n.a() != null && n.b() != null) {
                out.printf("  %s  |  %s  %s%n", Printable.of(n.a().span().of(c.a().text())), Printable.of(n.b().span().of(c.b().text())),
                        Boolean.TRUE.equals(n.agree()) ? "(agree)" : "(DIFFER)");
            }
        }
    }

    private static long count(Comparison c, MatchKind kind) {
        return c.matches().stream().filter(m -> m.kind() == kind).count();
    }
}

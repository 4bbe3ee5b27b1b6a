package dev.parallax.present;

import dev.parallax.compare.Comparison;
import dev.parallax.compare.Match;
import dev.parallax.compare.MatchKind;
import dev.parallax.compare.QuoteMatch;
import dev.parallax.compare.UniquePassage;
import java.util.EnumMap;
import java.util.Map;

/**
 * The summary figures of a comparison, counted once: the window's side panel, the command line's summary
 * and the Markdown and HTML exports all print these.
 *
 * @param quotesBoth quotations both articles carry; {@code quotes} counts every quotation row
 * @param numbersPaired numbers both articles give; {@code numbers} counts every number row
 */
public record ComparisonFigures(Map<MatchKind, Integer> byKind, int matches, int moved, int uniqueA, int uniqueB,
                                int quotes, int quotesA, int quotesB, int quotesBoth, int variantQuotes,
                                int numbers, int numbersPaired, int numberMismatches, double sharedA,
                                double sharedB) {

    public ComparisonFigures {
        byKind = Map.copyOf(byKind);
    }

    public static ComparisonFigures of(Comparison c) {
        Map<MatchKind, Integer> byKind = new EnumMap<>(MatchKind.class);
        for (MatchKind k : MatchKind.values()) {
            byKind.put(k, 0);
        }
        int moved = 0;
        for (Match m : c.matches()) {
            byKind.merge(m.kind(), 1, Integer::sum);
            if (m.moved()) {
                moved++;
            }
        }
        int uniqueA = 0;
        int uniqueB = 0;
        for (UniquePassage u : c.unique()) {
            if (u.article() == 0) {
                uniqueA++;
            } else if (u.article() == 1) {
                uniqueB++;
            }
        }
        int quotesA = (int) c.quotes().stream().filter(q -> q.a() != null).count();
        int quotesB = (int) c.quotes().stream().filter(q -> q.b() != null).count();
        int quotesBoth = (int) c.quotes().stream().filter(q -> q.a() != null && q.b() != null).count();
        int variants = (int) c.quotes().stream().filter(QuoteMatch::variant).count();
        int paired = (int) c.numbers().stream().filter(n -> n.a() != null && n.b() != null).count();
        int mismatches = (int) c.numbers().stream().filter(n -> Boolean.FALSE.equals(n.agree())).count();
        return new ComparisonFigures(byKind, c.matches().size(), moved, uniqueA, uniqueB, c.quotes().size(),
                quotesA, quotesB, quotesBoth, variants, c.numbers().size(), paired, mismatches,
                c.stats().sharedA(), c.stats().sharedB());
    }

    /** Matched passages of one kind. */
    public int count(MatchKind kind) {
        return byKind.get(kind);
    }
}

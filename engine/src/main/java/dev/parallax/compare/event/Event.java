package dev.parallax.compare.event;

import dev.parallax.article.AnalyzedArticle;
import dev.parallax.compare.Comparison;
import java.util.List;

/**
 * Everything Parallax found across the reports of one event: the passages two or more of them tell
 * ({@link Group}s), what only one tells, every quotation and quantity with the articles that carry it,
 * and how much of each article every other tells. Immutable; the exports and the command line read it.
 * It keeps the comparison of every pair the event was made from ({@link #pair}), so a reader who opens two
 * of its reports side by side sees them without comparing again.
 *
 * @param pairs the comparison of every pair x &lt; y, in the order (0,1), (0,2) … (1,2) …
 */
public record Event(List<AnalyzedArticle> articles, List<Group> groups, List<Member> unique,
                    List<QuoteGroup> quotes, List<NumberGroup> numbers, Coverage coverage,
                    List<Comparison> pairs) {
    public Event {
        pairs = List.copyOf(pairs);
        articles = List.copyOf(articles);
        groups = List.copyOf(groups);
        unique = List.copyOf(unique);
        quotes = List.copyOf(quotes);
        numbers = List.copyOf(numbers);
    }

    /**
     * Groups every article tells alike: a member in each, and each two members aligned directly. A group
     * whose members are linked only through a third report (A with C, B with C) is not counted here.
     */
    public long toldByAll() {
        return groups.stream().filter(this::toldByAll).count();
    }

    /** True when every article tells the group and every two of its members were aligned directly. */
    public boolean toldByAll(Group g) {
        return g.members().size() == articles.size() && g.allLinked();
    }

    /** Groups told by more than one article but not by all alike (see {@link #toldByAll()}). */
    public long toldBySome() {
        return groups.size() - toldByAll();
    }

    /**
     * The comparison of articles {@code x} and {@code y} made for this event. Its article A is the one of
     * the two that comes first in the event ({@code min(x, y)}), whichever order they are asked in.
     */
    public Comparison pair(int x, int y) {
        int n = articles.size();
        if (x == y || x < 0 || y < 0 || x >= n || y >= n) {
            throw new IndexOutOfBoundsException("no pair (" + x + ", " + y + ") among " + n + " articles");
        }
        int lo = Math.min(x, y);
        int hi = Math.max(x, y);
        // pairs before row lo: (n-1) + (n-2) + … + (n-lo); then hi's place in row lo
        return pairs.get(lo * n - lo * (lo + 1) / 2 + (hi - lo - 1));
    }
}

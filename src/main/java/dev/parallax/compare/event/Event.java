package dev.parallax.compare.event;

import dev.parallax.article.AnalyzedArticle;
import java.util.List;

/**
 * Everything Parallax found across the reports of one event: the passages two or more of them tell
 * ({@link Group}s), what only one tells, every quotation and quantity with the articles that carry it,
 * and how much of each article every other tells. Immutable; the exports and the command line read it.
 */
public record Event(List<AnalyzedArticle> articles, List<Group> groups, List<Member> unique,
                    List<QuoteGroup> quotes, List<NumberGroup> numbers, Coverage coverage) {
    public Event {
        articles = List.copyOf(articles);
        groups = List.copyOf(groups);
        unique = List.copyOf(unique);
        quotes = List.copyOf(quotes);
        numbers = List.copyOf(numbers);
    }

    /** Groups told by every article. */
    public long toldByAll() {
        return groups.stream().filter(g -> g.members().size() == articles.size()).count();
    }

    /** Groups told by more than one article but not all. */
    public long toldBySome() {
        return groups.stream().filter(g -> g.members().size() < articles.size()).count();
    }
}

package dev.parallax.present;

import dev.parallax.compare.MatchKind;
import dev.parallax.compare.event.Event;
import dev.parallax.compare.event.Group;
import dev.parallax.compare.event.Member;
import dev.parallax.compare.event.NumberGroup;
import dev.parallax.compare.event.QuoteGroup;
import java.util.EnumMap;
import java.util.Map;

/**
 * The summary figures of an event (three or more articles), counted once for the command line's summary
 * and the Markdown and HTML exports.
 *
 * @param byKind passages told by more than one article, by their loosest wording
 * @param uniqueByArticle passages told by one article only, per article
 */
public record EventFigures(int articles, int groups, long toldByAll, long toldBySome, Map<MatchKind, Integer> byKind,
                           int[] uniqueByArticle, long sharedQuotes, long variantQuotes, long sharedNumbers,
                           long numberDisagreements) {

    public EventFigures {
        byKind = Map.copyOf(byKind);
        uniqueByArticle = uniqueByArticle.clone();
    }

    public static EventFigures of(Event e) {
        Map<MatchKind, Integer> byKind = new EnumMap<>(MatchKind.class);
        for (MatchKind k : MatchKind.values()) {
            byKind.put(k, 0);
        }
        for (Group g : e.groups()) {
            byKind.merge(g.kind(), 1, Integer::sum);
        }
        int[] unique = new int[e.articles().size()];
        for (Member m : e.unique()) {
            unique[m.article()]++;
        }
        long sharedQuotes = e.quotes().stream().filter(q -> q.members().size() > 1).count();
        long variants = e.quotes().stream().filter(QuoteGroup::variant).count();
        long sharedNumbers = e.numbers().stream().filter(n -> n.members().size() > 1).count();
        long disagree = e.numbers().stream().map(NumberGroup::agree).filter(Boolean.FALSE::equals).count();
        return new EventFigures(e.articles().size(), e.groups().size(), e.toldByAll(), e.toldBySome(), byKind,
                unique, sharedQuotes, variants, sharedNumbers, disagree);
    }

    public int count(MatchKind kind) {
        return byKind.get(kind);
    }

    /** The passages told by one article only, all articles together. */
    public int unique() {
        int n = 0;
        for (int u : uniqueByArticle) {
            n += u;
        }
        return n;
    }

    /** Passages told by article {@code i} only (a copy of the array is never handed out). */
    public int uniqueOf(int i) {
        return uniqueByArticle[i];
    }
}

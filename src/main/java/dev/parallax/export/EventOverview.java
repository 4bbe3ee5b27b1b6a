package dev.parallax.export;

import dev.parallax.compare.Closeness;
import dev.parallax.compare.MatchKind;
import dev.parallax.compare.event.Event;
import dev.parallax.compare.event.Group;
import dev.parallax.compare.event.Member;
import dev.parallax.compare.event.NumberGroup;
import dev.parallax.compare.event.QuoteGroup;
import java.util.EnumMap;
import java.util.Map;

/** The figures the event summaries (Markdown, HTML, command line) open with, counted once. */
public record EventOverview(int articles, int groups, long toldByAll, long toldBySome, Map<MatchKind, Integer> byKind,
                            int[] uniqueByArticle, long sharedQuotes, long variantQuotes, long sharedNumbers,
                            long numberDisagreements) {

    public static EventOverview of(Event e) {
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
        return new EventOverview(e.articles().size(), e.groups().size(), e.toldByAll(), e.toldBySome(), byKind,
                unique, sharedQuotes, variants, sharedNumbers, disagree);
    }

    public int count(MatchKind kind) {
        return byKind.get(kind);
    }

    public int unique() {
        int n = 0;
        for (int u : uniqueByArticle) {
            n += u;
        }
        return n;
    }

    /**
     * How a member words the group's passage against the group's first member: same words, a small change,
     * or other words. The first member itself is the reference (null).
     */
    static MatchKind cellKind(Event e, Group g, Member m) {
        Member first = g.members().getFirst();
        if (m == first) {
            return null;
        }
        String a = first.span().of(e.articles().get(first.article()).text());
        String b = m.span().of(e.articles().get(m.article()).text());
        return Closeness.of(a, b, 0).kind();
    }

    /** A short mark for a cell's kind: "=" same words, "~" small change, "≈" other words. */
    static String mark(MatchKind kind) {
        return switch (kind) {
            case IDENTICAL -> "=";
            case NEAR -> "~";
            case PARAPHRASE -> "≈";
        };
    }
}

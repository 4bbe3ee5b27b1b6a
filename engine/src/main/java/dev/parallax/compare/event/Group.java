package dev.parallax.compare.event;

import dev.parallax.compare.MatchKind;
import java.util.List;

/**
 * One passage told by two or more articles: at most one member per article, in article order. {@code kind}
 * is the loosest kind between two members the engine aligned directly; {@code score} the lowest similarity
 * among those aligned member pairs (1 for identical wording, the words-shared share for near, the paraphrase
 * probability otherwise). Members can be in one group without being aligned to each other directly (A with
 * C and B with C, but not A with B): {@code links} says which pairs of members were.
 *
 * @param links the directly aligned pairs of members, each once (x &lt; y), in article order
 */
public record Group(List<Member> members, MatchKind kind, double score, List<Link> links) {
    public Group {
        members = List.copyOf(members);
        links = List.copyOf(links);
    }

    /**
     * Two members aligned directly, with how close their wording is.
     *
     * @param wordsShared the share of both members' words a minimal word diff keeps
     * @param confidence  the paraphrase model's probability for the pair (NaN when none judged it)
     */
    public record Link(int x, int y, MatchKind kind, double wordsShared, double confidence) {
    }

    /** The member of an article, or null when the article does not tell this passage. */
    public Member of(int article) {
        for (Member m : members) {
            if (m.article() == article) {
                return m;
            }
        }
        return null;
    }

    /** The link between two articles' members, or null when they were not aligned directly. */
    public Link link(int x, int y) {
        int lo = Math.min(x, y);
        int hi = Math.max(x, y);
        for (Link l : links) {
            if (l.x() == lo && l.y() == hi) {
                return l;
            }
        }
        return null;
    }

    /** True when every two members were aligned directly: the group is told alike by all its members. */
    public boolean allLinked() {
        int n = members.size();
        return links.size() == n * (n - 1) / 2;
    }

    /** The lowest words-shared share among the directly aligned pairs. */
    public double wordsShared() {
        return links.stream().mapToDouble(Link::wordsShared).min().orElse(1);
    }
}

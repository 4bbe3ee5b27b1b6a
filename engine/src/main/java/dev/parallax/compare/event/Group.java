package dev.parallax.compare.event;

import dev.parallax.compare.MatchKind;
import java.util.List;

/**
 * One passage told by two or more articles: at most one member per article, in article order. {@code kind}
 * is the loosest kind between two members the engine aligned directly; {@code score} the lowest similarity
 * among those aligned member pairs (1 for identical wording, the kept-word share for near, the paraphrase
 * probability otherwise).
 */
public record Group(List<Member> members, MatchKind kind, double score) {
    public Group {
        members = List.copyOf(members);
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
}

package dev.parallax.compare.event;

import java.util.List;

/**
 * One direct quotation as each article that carries it has it (quote marks included), at most one per
 * article; a single member when only one article carries it. {@code variant} is true when two members
 * word it differently.
 */
public record QuoteGroup(String speaker, List<Member> members, boolean variant) {
    public QuoteGroup {
        members = List.copyOf(members);
    }
}

package dev.parallax.compare;

import dev.parallax.text.Span;
import java.util.List;

/**
 * A passage told by both articles: its span in A and in B, how close the wording is, the similarity the
 * decision rests on (0..1), and the word-level diff from A to B.
 *
 * @param moved true when the passage sits elsewhere in B's order than its neighbours suggest
 */
public record Match(MatchKind kind, double score, Span a, Span b, List<DiffOp> diff, boolean moved) {
    public Match {
        diff = List.copyOf(diff);
    }
}

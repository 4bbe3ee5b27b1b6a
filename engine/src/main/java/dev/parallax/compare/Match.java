package dev.parallax.compare;

import dev.parallax.text.Span;
import java.util.List;

/**
 * A passage told by both articles: its span in A and in B, how close the wording is, the similarity the
 * kind rests on (0..1), and the word-level diff from A to B.
 *
 * @param score       what the kind rests on: 1 for identical, the words-shared share for near, the model's
 *                    probability for a paraphrase (the export contract's {@code score})
 * @param moved       true when the passage sits elsewhere in B's order than its neighbours suggest
 * @param wordsShared the share of both passages' words a minimal word diff keeps (see {@link SharedWords})
 * @param confidence  how sure the paraphrase model is that both say the same thing (0..1); NaN when no model
 *                    judged the pair
 */
public record Match(MatchKind kind, double score, Span a, Span b, List<DiffOp> diff, boolean moved,
                    double wordsShared, double confidence) {
    public Match {
        diff = List.copyOf(diff);
    }

    /** A match whose figures are its score alone (the words shared read off the diff, no model's confidence). */
    public Match(MatchKind kind, double score, Span a, Span b, List<DiffOp> diff, boolean moved) {
        this(kind, score, a, b, diff, moved, wordsKept(diff), Double.NaN);
    }

    /** The same match, marked moved or not. */
    public Match withMoved(boolean moved) {
        return new Match(kind, score, a, b, diff, moved, wordsShared, confidence);
    }

    /** Share of the words on both sides that the diff keeps (words counted by spaces, each side once). */
    static double wordsKept(List<DiffOp> diff) {
        int kept = 0;
        int all = 0;
        for (DiffOp op : diff) {
            int words = op.text().isBlank() ? 0 : op.text().strip().split("\\s+").length;
            kept += op.op() == DiffOp.Op.EQUAL ? 2 * words : 0;
            all += op.op() == DiffOp.Op.EQUAL ? 2 * words : words;
        }
        return all == 0 ? 1 : (double) kept / all;
    }
}

package dev.parallax.app;

import dev.parallax.text.Span;

/**
 * Where the reader is pointed in the pair view, held by the model rather than by the panes: the passage
 * chosen (an index into the comparison's matches, or -1), and the stretches of A and B to bring into view
 * and outline (a search hit, a cell of the coverage grid; null leaves that side as it is).
 */
record Selection(int match, Span inA, Span inB) {
    static final Selection NONE = new Selection(-1, null, null);

    /** Only stretches to show, no passage chosen. */
    static Selection at(Span inA, Span inB) {
        return new Selection(-1, inA, inB);
    }

    /** A passage of the comparison chosen (its own spans are drawn by the panes). */
    static Selection match(int match) {
        return new Selection(match, null, null);
    }

    boolean focuses() {
        return inA != null || inB != null;
    }
}

package dev.parallax.app;

import dev.parallax.compare.MatchKind;
import dev.parallax.text.Span;

/**
 * A marked passage in one reading pane: a matched passage (with the index of its match, the same in both
 * panes) or a passage only this article tells.
 */
record Highlight(int match, MatchKind kind, Span span, boolean moved) {
    static Highlight unique(Span span) {
        return new Highlight(-1, null, span, false);
    }

    boolean isUnique() {
        return kind == null;
    }

    /** The CSS style class of the kind: identical, near, paraphrase or unique. */
    String styleClass() {
        return isUnique() ? "unique" : kind.label();
    }
}

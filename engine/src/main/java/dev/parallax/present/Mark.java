package dev.parallax.present;

import dev.parallax.compare.MatchKind;
import dev.parallax.text.Span;

/**
 * One marked passage in one article of a comparison: a matched passage ({@code match} is its index in
 * {@code Comparison.matches()}, the same on both sides) or a passage only this article tells ({@code unique}
 * is its index in {@code Comparison.unique()}). The span is cut to the text. Which characters of the span
 * the passage actually owns is decided by {@link Marks}, not here.
 */
public record Mark(int match, int unique, MatchKind kind, Span span, boolean moved) {
    /** True for a passage only this article tells (no kind, no counterpart). */
    public boolean isUnique() {
        return kind == null;
    }

    /** The style class both front ends draw it with: identical, near, paraphrase or unique. */
    public String styleClass() {
        return KindLabels.styleClass(kind);
    }
}

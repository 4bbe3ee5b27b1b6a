package dev.parallax.compare;

import dev.parallax.text.Span;

/**
 * A direct quotation as the two articles carry it: its span (quote marks included) in A and in B, either
 * null when only one article has it, and whether the wording differs.
 */
public record QuoteMatch(String speaker, Span a, Span b, boolean variant) {
}

package dev.parallax.compare;

import dev.parallax.text.Span;

/** A passage only one article tells; {@code article} is its index in the comparison (0 = A). */
public record UniquePassage(int article, Span span) {
}

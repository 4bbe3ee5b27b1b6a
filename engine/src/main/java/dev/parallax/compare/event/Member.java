package dev.parallax.compare.event;

import dev.parallax.text.Span;

/** A stretch of one article's text: {@code article} indexes the event's articles. */
public record Member(int article, Span span) {
}

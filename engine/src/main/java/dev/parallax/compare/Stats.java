package dev.parallax.compare;

/** Fraction of each article's text (non-space characters) covered by matched passages. */
public record Stats(double sharedA, double sharedB) {
}

package dev.parallax.text;

/** A word or number in a text: its span and its folded form (see {@link TextFolding#fold}). */
public record Token(int start, int end, String folded) {
}

package dev.parallax.article;

/** A paragraph or heading of an article, as a span of the article's text (end exclusive). */
public record Block(BlockKind kind, int start, int end) {
    public Block {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}

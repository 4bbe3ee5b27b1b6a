package dev.parallax.article;

/** What a block of an article body is: running prose or a subheading inside the body. */
public enum BlockKind {
    PARAGRAPH,
    HEADING
}

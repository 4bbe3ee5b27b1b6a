package dev.parallax.ingest.extract;

import dev.parallax.article.BlockKind;

/** One block of an extracted body before it is joined into the article text. */
public record BodyBlock(BlockKind kind, String text) {
    public BodyBlock {
        if (kind == null || text == null) {
            throw new IllegalArgumentException("kind and text are required");
        }
    }

    public static BodyBlock paragraph(String text) {
        return new BodyBlock(BlockKind.PARAGRAPH, text);
    }

    public static BodyBlock heading(String text) {
        return new BodyBlock(BlockKind.HEADING, text);
    }
}

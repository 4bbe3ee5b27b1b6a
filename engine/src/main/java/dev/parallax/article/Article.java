package dev.parallax.article;

import java.util.List;

/**
 * A cleaned article: the body text (without the title) that every offset in Parallax indexes, its
 * paragraphs and headings as spans of that text, and what was removed around it.
 *
 * @param path     where it was read from, as given by the user
 * @param title    the headline, or null when none was found
 * @param text     the body: blocks joined by a blank line
 * @param blocks   paragraphs and subheadings, in order, as spans of {@code text}
 * @param removed  every block taken out as site chrome, verbatim
 * @param language ISO 639-1 code of the body's language, or null when unknown
 * @param notices  what the reader should know about how the text was found (shown beside it, exported)
 */
public record Article(String path, String title, String text, List<Block> blocks, List<String> removed,
                      String language, Metadata metadata, List<String> notices) {
    public Article {
        blocks = List.copyOf(blocks);
        removed = List.copyOf(removed);
        metadata = metadata == null ? Metadata.NONE : metadata;
        notices = notices == null ? List.of() : List.copyOf(notices);
    }

    public Article(String path, String title, String text, List<Block> blocks, List<String> removed,
                   String language, Metadata metadata) {
        this(path, title, text, blocks, removed, language, metadata, List.of());
    }

    public String blockText(Block block) {
        return text.substring(block.start(), block.end());
    }
}

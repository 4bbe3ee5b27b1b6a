package dev.parallax.ingest.extract;

import java.util.List;
import dev.parallax.article.Metadata;

/**
 * What an extractor found in one document: the title, the body blocks in reading order, every block it
 * removed as site chrome (verbatim, in document order), metadata, and notices for the reader about how
 * the text was found (e.g. taken from data hidden in the page).
 */
public record Extraction(String title, List<BodyBlock> body, List<String> removed, Metadata metadata,
                         List<String> notices) {
    public Extraction {
        body = List.copyOf(body);
        removed = List.copyOf(removed);
        metadata = metadata == null ? Metadata.NONE : metadata;
        notices = notices == null ? List.of() : List.copyOf(notices);
    }

    public Extraction(String title, List<BodyBlock> body, List<String> removed, Metadata metadata) {
        this(title, body, removed, metadata, List.of());
    }
}

package dev.parallax.ingest;

import java.util.List;

/**
 * What an extractor found in one document: the title, the body blocks in reading order, every block it
 * removed as site chrome (verbatim, in document order), and metadata.
 */
public record Extraction(String title, List<BodyBlock> body, List<String> removed, Metadata metadata) {
    public Extraction {
        body = List.copyOf(body);
        removed = List.copyOf(removed);
        metadata = metadata == null ? Metadata.NONE : metadata;
    }
}

package dev.parallax.index;

import java.util.List;

/**
 * One place where a query matched: a sentence, quotation or title of an article.
 *
 * @param key        the article's index key (absolute path)
 * @param kind       "sentence", "quote" or "title"
 * @param ordinal    the sentence or quotation number within the article
 * @param start      offset of the unit in the article text (in the title for kind "title")
 * @param highlights the matched words, as offsets into the same text as start/end
 */
public record SearchHit(String key, String kind, int ordinal, int start, int end, String text,
                        List<Span> highlights, String speaker, float score) {

    /** A [start, end) span. */
    public record Span(int start, int end) {
    }

    boolean overlaps(SearchHit other) {
        return key.equals(other.key) && kind.equals("title") == other.kind.equals("title")
                && start < other.end && other.start < end;
    }
}

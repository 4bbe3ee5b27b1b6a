package dev.parallax.index;

import dev.parallax.text.analysis.Analyzers;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * Field names and types of the index. It holds an article document (its extraction stored whole, so
 * unchanged files are never read again), its sentences, quotations and title as searchable units with
 * offsets into the article text, and passage vectors keyed by a hash of the folded passage.
 */
final class Schema {
    /** Bump when extraction or analysis changes: every article indexed under another version is re-read. */
    static final int FORMAT = 4; // 4: metadata with authors, modified date and notes

    static final String TYPE = "type";
    static final String ARTICLE = "article";
    static final String SENTENCE = "sentence";
    static final String QUOTE = "quote";
    static final String TITLE = "title";
    static final String VECTOR = "vector";
    static final String VECTOR_KEY = "vectorKey";
    static final String VECTOR_DATA = "vectorData";

    static final String PATH = "path";
    static final String SIZE = "size";
    static final String MODIFIED = "modified";
    static final String FORMAT_FIELD = "format";
    static final String JSON = "json";

    static final String TEXT = "text";
    static final String STEM = "stem";
    static final String SPEAKER = "speaker";
    static final String START = "start";
    static final String END = "end";
    static final String ORDINAL = "ordinal";

    /** Searchable, stored, with offsets in the postings so the highlighter need not re-analyze. */
    static final FieldType HIGHLIGHTABLE = highlightable();

    private Schema() {
    }

    private static FieldType highlightable() {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setStored(true);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    /** The analyzer for documents and queries: stemmed for the stem field, exact for everything else. */
    static Analyzer perField() {
        return new PerFieldAnalyzerWrapper(Analyzers.exact(), Map.of(STEM, Analyzers.stemmed()));
    }
}

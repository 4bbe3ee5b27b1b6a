package dev.parallax.index;

import dev.parallax.article.AnalyzedArticle;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * An article as the index knows it: its key, and its analysis. An article reused from the index is
 * decoded from its stored form only when its analysis is first asked for, so a search over hundreds of
 * unchanged articles decodes just the few its hits show. Equal as the record it was: key, analysis, reuse.
 */
public final class IndexedArticle {
    private final String key;
    private final boolean reused;
    private Supplier<AnalyzedArticle> decode; // null once decoded
    private AnalyzedArticle analyzed;

    /**
     * @param key    the file's absolute path: the article's identity in the index
     * @param reused true when it came from the index without reading the file again
     */
    public IndexedArticle(String key, AnalyzedArticle analyzed, boolean reused) {
        this.key = Objects.requireNonNull(key);
        this.analyzed = Objects.requireNonNull(analyzed);
        this.reused = reused;
    }

    /** An article reused from the index, decoded on first use. */
    static IndexedArticle stored(String key, Supplier<AnalyzedArticle> decode) {
        return new IndexedArticle(key, decode);
    }

    private IndexedArticle(String key, Supplier<AnalyzedArticle> decode) {
        this.key = key;
        this.decode = decode;
        this.reused = true;
    }

    public String key() {
        return key;
    }

    /** The article with its sentences and quotations. */
    public synchronized AnalyzedArticle analyzed() {
        if (analyzed == null) {
            analyzed = decode.get();
            decode = null;
        }
        return analyzed;
    }

    /** True when it came from the index without reading the file again. */
    public boolean reused() {
        return reused;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof IndexedArticle other && key.equals(other.key) && reused == other.reused
                && analyzed().equals(other.analyzed());
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, analyzed(), reused);
    }

    @Override
    public String toString() {
        return "IndexedArticle[key=" + key + ", reused=" + reused + "]";
    }
}

package dev.parallax.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.parallax.article.AnalyzedArticle;
import dev.parallax.article.Article;
import dev.parallax.text.Sentence;
import dev.parallax.text.quotes.Quotation;
import java.io.IOException;
import java.util.List;

/**
 * What an article document stores: enough to rebuild the analysis without reading the file, as JSON.
 * The JSON mapper is made on the first article written or decoded, not when the index opens: a search
 * or a comparison of files already in the index may decode few articles or none (about 0.2 s of class
 * loading saved at start-up).
 */
record StoredArticle(Article article, List<Sentence> sentences, List<Quotation> quotes) {

    static StoredArticle of(AnalyzedArticle a) {
        return new StoredArticle(a.article(), a.sentences(), a.quotes());
    }

    /** UTF-8 bytes, not a String: for a long article that halves the copies held while it is stored. */
    byte[] json() {
        try {
            return Mapper.STORE.writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store article", e);
        }
    }

    static StoredArticle decode(byte[] bytes, int offset, int length) throws IOException {
        return Mapper.STORE.readValue(bytes, offset, length, StoredArticle.class);
    }

    /** The analysis, its article renamed to the path it was read under this time. */
    AnalyzedArticle analyzed(String path) {
        Article renamed = new Article(path, article.title(), article.text(), article.blocks(),
                article.removed(), article.language(), article.metadata(), article.notices());
        return new AnalyzedArticle(renamed, sentences, quotes);
    }

    /** Loaded on first use only (the holder idiom). */
    private static final class Mapper {
        static final ObjectMapper STORE = JsonMapper.builder().build();
    }
}

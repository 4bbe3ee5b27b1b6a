package dev.parallax.text;

import dev.parallax.ingest.Article;
import dev.parallax.text.quotes.QuoteFinder;
import dev.parallax.text.quotes.Quotation;
import java.util.List;

/** An article with what the text layer finds in it: sentences and direct quotations. */
public record AnalyzedArticle(Article article, List<Sentence> sentences, List<Quotation> quotes) {
    public AnalyzedArticle {
        sentences = List.copyOf(sentences);
        quotes = List.copyOf(quotes);
    }

    public static AnalyzedArticle of(Article article) {
        return new AnalyzedArticle(article, SentenceSplitter.split(article), new QuoteFinder().find(article.text()));
    }

    public String text() {
        return article.text();
    }
}

package dev.parallax.article;

import dev.parallax.text.Sentence;
import dev.parallax.text.SentenceSplitter;
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
        return new AnalyzedArticle(article, sentences(article), new QuoteFinder().find(article.text()));
    }

    /** The sentences of every paragraph, numbered in reading order; headings are not sentences. */
    public static List<Sentence> sentences(Article article) {
        List<Sentence> out = new java.util.ArrayList<>();
        List<Block> blocks = article.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (block.kind() == BlockKind.HEADING) {
                continue;
            }
            for (int[] span : SentenceSplitter.split(article.text(), block.start(), block.end(), article.language())) {
                out.add(new Sentence(out.size(), span[0], span[1], b));
            }
        }
        return out;
    }

    public String text() {
        return article.text();
    }
}

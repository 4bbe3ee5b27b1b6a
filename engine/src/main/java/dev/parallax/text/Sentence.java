package dev.parallax.text;

/** A sentence of an article body: a span of the article text (end exclusive) and the block it belongs to. */
public record Sentence(int index, int start, int end, int block) {
    public String text(String articleText) {
        return articleText.substring(start, end);
    }
}

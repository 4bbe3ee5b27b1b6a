package dev.parallax.compare;

/**
 * The smallest piece the aligner matches: a sentence, or a heading, of one article.
 *
 * @param article index of the article in the comparison
 * @param ordinal position among that article's units, in reading order
 * @param block   the block (paragraph or heading) it belongs to
 */
public record Unit(int article, int ordinal, int block, boolean heading, SentenceProfile profile) {
}

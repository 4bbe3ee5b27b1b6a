package dev.parallax.story;

import java.util.List;

/**
 * The signals of "same story" for two articles, each in 0..1 or a small count, in the order of
 * {@link #NAMES}; the model weighs them.
 *
 * @param tfidf    cosine of the two documents' TF-IDF vectors over stems
 * @param title    cosine of the two titles' TF-IDF vectors (the library's idf): a headline names the event
 * @param rank     how near each stands in the other's list of likely companions: the mean of 1 / (1 + rank)
 *                 over both directions (0 for one that is not in the list), so a pair that are each other's
 *                 nearest count more than two articles on a topic many others share
 * @param nearTfidf {@code tfidf × rank}: nearness counts for much when the words agree, for little when a
 *                 page with no companion merely finds its least unlike neighbour
 * @param passages the larger share of either article's five-word runs that the other holds verbatim
 * @param names    idf-weighted share of the names the less named article mentions that the other names too
 * @param quotes   share of the quotations of the article with fewer that the other quotes too (four words in a row)
 * @param figures  figures both give, over the fewer figures either gives plus two
 * @param dated    1 when both articles carry a publication date
 * @param days     ln(1 + days between the two dates), 0 when either has none
 */
public record PairFeatures(double tfidf, double title, double rank, double nearTfidf, double passages, double names, double quotes, double figures, double dated,
                           double days) {
    public static final List<String> NAMES = List.of("tfidf", "title", "rank", "nearTfidf", "passages", "names", "quotes", "figures", "dated", "days");

    public double[] vector() {
        return new double[] {tfidf, title, rank, nearTfidf, passages, names, quotes, figures, dated, days};
    }

    /** The same pair as if neither article had a date (the model learns to decide without them too). */
    public PairFeatures undated() {
        return new PairFeatures(tfidf, title, rank, nearTfidf, passages, names, quotes, figures, 0, 0);
    }
}

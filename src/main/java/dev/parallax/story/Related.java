package dev.parallax.story;

import dev.parallax.ingest.AnalyzedArticle;
import java.util.List;

/**
 * Another article of the library ranked against one article: the probability that both report the same
 * story (same story from {@code cut} on), the signals behind it, and the names and figures both give.
 */
public record Related(AnalyzedArticle article, double probability, double cut, PairFeatures features, List<String> names,
                      List<String> figures) {
    public Related {
        names = List.copyOf(names);
        figures = List.copyOf(figures);
    }

    public boolean sameStory() {
        return probability >= cut;
    }
}

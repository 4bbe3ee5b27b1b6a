package dev.parallax.story;

import dev.parallax.article.AnalyzedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

    /** The signals behind the score in words, what a reader can check in the two texts. */
    public String reasons() {
        List<String> parts = new ArrayList<>();
        parts.add(String.format(Locale.ROOT, "wording %.0f%% alike", 100 * features.tfidf()));
        if (features.passages() > 0) {
            parts.add(String.format(Locale.ROOT, "%.0f%% of passages word for word", 100 * features.passages()));
        }
        if (features.quotes() > 0) {
            parts.add(String.format(Locale.ROOT, "%.0f%% of quotations shared", 100 * features.quotes()));
        }
        if (!names.isEmpty()) {
            parts.add("names: " + String.join(", ", names.stream().map(Related::capitalised).toList()));
        }
        if (!figures.isEmpty()) {
            parts.add("figures: " + String.join(", ", figures.subList(0, Math.min(5, figures.size()))));
        }
        if (features.dated() > 0) {
            long days = Math.round(Math.expm1(features.days()));
            parts.add(days == 0 ? "same day" : days + " day" + (days == 1 ? "" : "s") + " apart");
        }
        return String.join("; ", parts);
    }

    private static String capitalised(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }
}

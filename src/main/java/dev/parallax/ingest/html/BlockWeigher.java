package dev.parallax.ingest.html;

import dev.parallax.ingest.ChromeLexicon;
import dev.parallax.text.Languages;
import java.util.List;

/**
 * How much a block looks like article prose, as a signed weight in characters: positive for prose
 * (long, few links, many stop words of the page's language), negative for chrome (link lists, labels,
 * notices). Summed over an element's blocks it says how much of the element is article.
 */
final class BlockWeigher {
    private final String language;
    private final boolean hasStopWords;

    BlockWeigher(String language) {
        this.language = language;
        this.hasStopWords = !Languages.stopWords(language).isEmpty();
    }

    /** The page's language, from its longer link-poor blocks (navigation is often in another language). */
    static String pageLanguage(List<TextBlock> blocks) {
        StringBuilder sample = new StringBuilder();
        for (TextBlock b : blocks) {
            if (!b.hidden() && b.text().length() >= 60 && b.linkDensity() < 0.3) {
                sample.append(b.text()).append('\n');
                if (sample.length() > 20_000) {
                    break;
                }
            }
        }
        if (sample.isEmpty()) {
            blocks.stream().filter(b -> !b.hidden()).limit(200).forEach(b -> sample.append(b.text()).append('\n'));
        }
        return Languages.detect(sample.toString());
    }

    String language() {
        return language;
    }

    double weight(TextBlock b) {
        int len = b.text().length();
        if (b.hidden()) {
            return -len;
        }
        if (b.heading() > 0) {
            return 0; // headings neither make nor break a container
        }
        double ld = b.linkDensity();
        if (ld > 0.5 || ChromeLexicon.isChrome(b.text())) {
            return -len;
        }
        if (len < 25) {
            return -0.5 * len; // labels, dates, buttons
        }
        double w = len * (1 - ld);
        if (hasStopWords) {
            double sw = stopWordDensity(b);
            // Prose has a third of its words as stop words; lists of names and teasers have few.
            w *= Math.max(0.2, Math.min(1.5, sw / 0.25));
        }
        return w;
    }

    double stopWordDensity(TextBlock b) {
        return hasStopWords ? Languages.stopWordDensity(b.text(), language) : 0.3;
    }

    boolean hasStopWords() {
        return hasStopWords;
    }
}

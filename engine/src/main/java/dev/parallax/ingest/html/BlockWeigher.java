package dev.parallax.ingest.html;

import dev.parallax.ingest.extract.ChromeLexicon;
import dev.parallax.text.Languages;
import java.util.List;

/**
 * How much a block looks like article prose, as a signed weight in characters: positive for prose
 * (long, few links, many stop words of the page's language), negative for chrome (link lists, labels,
 * notices). Summed over an element's blocks it says how much of the element is article.
 */
final class BlockWeigher {
    /** A teaser's linked title costs more than its length: the snippet under it reads like prose. */
    private static final double LINKED_HEADING_PENALTY = 150;
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
        double ld = b.linkDensity();
        if (b.heading() > 0) {
            // A linked heading titles a teaser for another page; a plain one neither makes nor breaks a container.
            return ld > 0.5 ? -(len + LINKED_HEADING_PENALTY) : 0;
        }
        if (ld > 0.5 || ChromeLexicon.isChrome(b.text()) || isTeaser(b)) {
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

    /** A linked headline with a snippet cut off by an ellipsis: a teaser for another article. */
    static boolean isTeaser(TextBlock b) {
        String t = b.text();
        return b.linkChars() > 0 && (t.endsWith("...") || t.endsWith("…") || t.endsWith("[…]") || t.endsWith("[...]"));
    }

    double stopWordDensity(TextBlock b) {
        return hasStopWords ? Languages.stopWordDensity(b.text(), language) : 0.3;
    }

    boolean hasStopWords() {
        return hasStopWords;
    }
}

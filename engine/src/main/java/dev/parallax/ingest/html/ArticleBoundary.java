package dev.parallax.ingest.html;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Where an article ends inside its container. Endless-scroll pages append the next article to the same
 * stream: a second {@code <article>} with its own headline and prose, or a marker element between the two
 * ("next-article", "article-separator"). The body stops there.
 */
final class ArticleBoundary {
    private static final Pattern MARKER = Pattern.compile("(?i)(?<![a-z])((next|infinite)[-_]?(article|story|post)s?|"
            + "article[-_]?(separator|divider|boundary|break)|infinite[-_]?scroll[-_]?(marker|separator|divider)|"
            + "scroll[-_]?(separator|divider))(?![a-z])");
    /** A heading this close to an article's start is its headline. */
    private static final int HEADLINE_WINDOW = 3;

    private ArticleBoundary() {
    }

    /** The block index where the container's article ends (exclusive). */
    static int end(PageLayout layout, int container, BlockWeigher weigher) {
        List<PageLayout.Node> nodes = layout.elements();
        List<TextBlock> blocks = layout.blocks();
        PageLayout.Node c = nodes.get(container);
        int firstProse = -1;
        for (int i = c.firstBlock(); i < c.endBlock(); i++) {
            if (!blocks.get(i).hidden() && BodySelector.isProse(blocks.get(i), weigher)) {
                firstProse = i;
                break;
            }
        }
        if (firstProse < 0) {
            return c.endBlock();
        }
        // The article the reader starts in: the innermost <article> around the first prose.
        boolean inArticle = false;
        for (int k = blocks.get(firstProse).owner(); k >= 0; k = nodes.get(k).parent()) {
            inArticle |= nodes.get(k).element().normalName().equals("article");
        }
        // Elements are in document order, so the container's descendants follow it, deeper than it.
        for (int k = container + 1; k < nodes.size() && nodes.get(k).depth() > c.depth(); k++) {
            PageLayout.Node n = nodes.get(k);
            if (n.firstBlock() <= firstProse || n.firstBlock() >= c.endBlock()) {
                continue;
            }
            Element e = n.element();
            if (MARKER.matcher(e.className() + " " + e.id()).find()
                    || inArticle && e.normalName().equals("article") && isWholeArticle(blocks, n, weigher)) {
                return n.firstBlock();
            }
        }
        return c.endBlock();
    }

    /** An article of its own: a headline near its start and at least two paragraphs of prose. */
    private static boolean isWholeArticle(List<TextBlock> blocks, PageLayout.Node n, BlockWeigher weigher) {
        boolean headline = false;
        int prose = 0;
        for (int i = n.firstBlock(); i < n.endBlock(); i++) {
            TextBlock b = blocks.get(i);
            if (i < n.firstBlock() + HEADLINE_WINDOW && (b.heading() == 1 || b.heading() == 2)) {
                headline = true;
            }
            if (!b.hidden() && BodySelector.isProse(b, weigher)) {
                prose++;
            }
        }
        return headline && prose >= 2;
    }
}

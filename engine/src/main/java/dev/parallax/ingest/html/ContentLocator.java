package dev.parallax.ingest.html;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the element that holds the article: the one whose blocks sum to the largest prose weight, where
 * a chrome-marked descendant (comments, sidebar, related links) counts against its ancestors by its whole
 * length. One backward pass over the element list (children before parents) computes every sum.
 * When JSON-LD carries the article body, blocks found in it weigh double, which steers the choice
 * towards the element the publisher itself calls the article.
 */
final class ContentLocator {
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final double CONTENT_BONUS = 1.25;
    private static final double CHROME_OVERRIDE = 4.0;
    /** A chrome region counts against its ancestors by half its length (the selector drops it anyway). */
    private static final double CHROME_PENALTY = 0.5;
    /** Chrome blocks weigh less than prose of the same length: a few menus must not cost a whole article. */
    private static final double NEGATIVE_SHARE = 0.6;
    private static final boolean DEBUG = Boolean.getBoolean("parallax.html.debug");

    private ContentLocator() {
    }

    /** Index of the chosen element in {@code layout.elements()}, or -1 for a page without elements. */
    static int locate(PageLayout layout, double[] weights, String jsonLdBody) {
        List<PageLayout.Node> nodes = layout.elements();
        if (nodes.isEmpty()) {
            return -1;
        }
        double[] w = weights.clone();
        for (int i = 0; i < w.length; i++) {
            if (w[i] < 0) {
                w[i] *= NEGATIVE_SHARE;
            }
        }
        Set<String> guide = trigrams(jsonLdBody);
        if (guide.size() >= 20) {
            for (TextBlock b : layout.blocks()) {
                if (!b.hidden() && b.heading() == 0 && matches(b.text(), guide)) {
                    w[b.index()] = Math.max(w[b.index()], 0) + 2.0 * b.text().length();
                }
            }
        }
        int n = nodes.size();
        double[] score = new double[n];
        double[] length = new double[n];
        // The same sum with nested chrome counting zero: what the selector would actually keep there.
        double[] clean = new double[n];
        for (TextBlock b : layout.blocks()) {
            if (b.owner() >= 0) {
                score[b.owner()] += w[b.index()];
                clean[b.owner()] += w[b.index()];
                length[b.owner()] += b.text().length();
            }
        }
        // Anything inside a chrome region (a comment inside the comment section) is a poor candidate too.
        boolean[] inChrome = new boolean[n];
        for (int i = 0; i < n; i++) {
            PageLayout.Node node = nodes.get(i);
            inChrome[i] = node.hint() == ElementHints.Hint.CHROME
                    || node.parent() >= 0 && inChrome[node.parent()] && node.hint() != ElementHints.Hint.CONTENT;
        }
        int best = 0;
        double bestValue = Double.NEGATIVE_INFINITY;
        int bestChrome = 0;
        double bestChromeValue = Double.NEGATIVE_INFINITY;
        double[] values = DEBUG ? new double[n] : null;
        for (int i = n - 1; i >= 0; i--) {
            PageLayout.Node node = nodes.get(i);
            double value = score[i];
            if (node.hint() == ElementHints.Hint.HIDDEN) {
                value = Double.NEGATIVE_INFINITY;
            } else if (inChrome[i]) {
                if (value > bestChromeValue) {
                    bestChrome = i;
                    bestChromeValue = value;
                }
                value = Double.NEGATIVE_INFINITY;
            } else if (node.hint() == ElementHints.Hint.CONTENT && value > 0) {
                value *= ElementHints.isStrongContent(node.element()) ? CONTENT_BONUS * 1.1 : CONTENT_BONUS;
            }
            if (values != null) {
                values[i] = value;
            }
            // Ties go to the outer element (visited later), which keeps a lead paragraph next to the body.
            if (value >= bestValue) {
                best = i;
                bestValue = value;
            }
            if (node.parent() >= 0) {
                boolean chrome = node.hint() == ElementHints.Hint.CHROME || node.hint() == ElementHints.Hint.HIDDEN;
                score[node.parent()] += chrome ? -CHROME_PENALTY * length[i] : score[i];
                clean[node.parent()] += chrome ? 0 : clean[i];
                length[node.parent()] += length[i];
            }
        }
        best = widen(nodes, inChrome, clean, best);
        // Inside chrome (comments, cookie dialogs) only when everything else is far poorer: a misleading
        // class name around the real article must not lose it.
        if (bestChromeValue > 0 && (bestValue <= 0 || bestChromeValue > CHROME_OVERRIDE * bestValue)) {
            best = bestChrome;
        }
        if (values != null) {
            debug(nodes, values, best);
            layout.blocks().stream().max(java.util.Comparator.comparingInt(b -> b.text().length()))
                    .ifPresent(b -> System.err.println("longest block in: " + path(nodes, b.owner())));
            String probe = System.getProperty("parallax.html.probe");
            layout.blocks().stream().filter(b -> probe != null && b.text().contains(probe)).limit(3)
                    .forEach(b -> {
                        System.err.println("probe " + b + " in: " + path(nodes, b.owner()));
                        for (int k = b.owner(); k >= 0; k = nodes.get(k).parent()) {
                            System.err.printf(Locale.ROOT, "   %-30.30s value %8.0f raw %8.0f len %8.0f%n",
                                    nodes.get(k).element().normalName() + "." + nodes.get(k).element().className(),
                                    values[k], score[k], length[k]);
                        }
                    });
        }
        return best;
    }

    /** An ancestor with this many times the chosen element's prose holds the rest of the article. */
    private static final double WIDEN_FACTOR = 2.0;

    /**
     * The chrome penalty prefers an element that leaves chrome out, but when the article's paragraphs
     * are siblings of a chrome block (a gallery or a related box between them) no such element holds more
     * than a paragraph or two. The selector drops nested chrome anyway, so an ancestor whose prose,
     * chrome aside, is several times the choice's is the article.
     */
    private static int widen(List<PageLayout.Node> nodes, boolean[] inChrome, double[] clean, int best) {
        if (inChrome[best] || clean[best] <= 0) {
            return best;
        }
        int wider = best;
        for (int k = nodes.get(best).parent(); k >= 0; k = nodes.get(k).parent()) {
            if (!inChrome[k] && nodes.get(k).hint() != ElementHints.Hint.HIDDEN && clean[k] > clean[wider]) {
                wider = k;
            }
        }
        return clean[wider] >= WIDEN_FACTOR * clean[best] ? wider : best;
    }

    /** Prints the best candidates with their paths (system property parallax.html.debug=true). */
    private static void debug(List<PageLayout.Node> nodes, double[] values, int best) {
        java.util.stream.IntStream.range(0, nodes.size()).boxed()
                .sorted((a, b) -> Double.compare(values[b], values[a])).limit(8)
                .forEach(i -> System.err.printf(Locale.ROOT, "%s %8.0f %s%n", i == best ? "*" : " ", values[i],
                        path(nodes, i)));
    }

    static String path(List<PageLayout.Node> nodes, int i) {
        StringBuilder sb = new StringBuilder();
        for (int k = i; k >= 0; k = nodes.get(k).parent()) {
            org.jsoup.nodes.Element e = nodes.get(k).element();
            String name = e.normalName() + (e.id().isEmpty() ? "" : "#" + e.id())
                    + (e.className().isEmpty() ? "" : "." + e.className().replace(' ', '.'));
            sb.insert(0, " > " + name + "[" + nodes.get(k).hint().name().substring(0, 2) + "]");
        }
        return sb.toString();
    }

    static Set<String> trigrams(String text) {
        Set<String> out = new HashSet<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        List<String> t = tokens(text);
        for (int i = 0; i + 3 <= t.size(); i++) {
            out.add(t.get(i) + ' ' + t.get(i + 1) + ' ' + t.get(i + 2));
        }
        return out;
    }

    /** True when most of the block's word trigrams occur in the guide text. */
    static boolean matches(String block, Set<String> guide) {
        List<String> t = tokens(block);
        if (t.size() < 5) {
            return false;
        }
        int hit = 0;
        int all = 0;
        for (int i = 0; i + 3 <= t.size(); i++) {
            all++;
            if (guide.contains(t.get(i) + ' ' + t.get(i + 1) + ' ' + t.get(i + 2))) {
                hit++;
            }
        }
        return hit * 2 >= all;
    }

    private static List<String> tokens(String text) {
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}

package dev.parallax.ingest.html;

import dev.parallax.ingest.extract.ChromeLexicon;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides, block by block inside the chosen container, what is article: drops blocks under a chrome
 * element nested in the container, the headline, link lists, labels and notices, bylines and date lines,
 * then trims short scraps after the last prose block and headings left with nothing under them.
 */
final class BodySelector {
    private static final Pattern BYLINE = Pattern.compile(
            "(?iu)^(by|von|par|por|di|door|av|przez|de|por|escrito por|written by|posted by|reporting by)\\s+\\p{Lu}.*");
    private static final Pattern DATE = Pattern.compile(
            "(?iu)\\b(1[89]|20)\\d{2}\\b|\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}\\b|\\b\\d{1,2}:\\d{2}\\b|"
                    + "\\b(updated|published|aktualisiert|veröffentlicht|publié|mis à jour|actualizado|publicado)\\b");
    private static final Pattern TERMINAL = Pattern.compile("[.!?…。؟:;\"”»)]\\s*$");
    /** A sentence's end: a line ending so is said, not a label (a date line never ends so). */
    private static final Pattern SENTENCE = Pattern.compile("[.!?…。؟][\"”»’)]?\\s*$");

    private BodySelector() {
    }

    /** Marks chosen blocks in {@code keep}; blocks outside {@code container} are never chosen here. */
    static boolean[] select(PageLayout layout, int container, BlockWeigher weigher, String title) {
        List<TextBlock> blocks = layout.blocks();
        boolean[] keep = new boolean[blocks.size()];
        if (container < 0) {
            return keep;
        }
        PageLayout.Node c = layout.elements().get(container);
        String normTitle = norm(title);
        int end = ArticleBoundary.end(layout, container, weigher);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = c.firstBlock(); i < end; i++) {
            TextBlock b = blocks.get(i);
            keep[i] = candidate(b, c.depth(), normTitle, weigher)
                    || signsEmbeddedPost(layout, b) && !b.hidden() && b.chromeDepth() <= c.depth();
            // A collapsed copy of text already shown (a mobile duplicate) is not more article.
            if (keep[i] && !seen.add(norm(b.text())) && b.collapsed()) {
                keep[i] = false;
            }
        }
        trimEdges(blocks, keep, c.firstBlock(), end, weigher);
        keepLead(layout, keep, c.firstBlock(), weigher);
        return keep;
    }

    private static boolean candidate(TextBlock b, int containerDepth, String normTitle, BlockWeigher weigher) {
        if (b.hidden() || b.chromeDepth() > containerDepth || b.heading() == 1) {
            return false;
        }
        String t = b.text();
        if (b.collapsed() && !isProse(b, weigher)) {
            return false; // hidden until a script runs: the article's continuation only when it is prose
        }
        if (!normTitle.isEmpty() && norm(t).equals(normTitle)) {
            return false; // the headline repeated in the body
        }
        if (b.linkDensity() > 0.5 && !linkedSentence(b, weigher) || ChromeLexicon.isChrome(t) || BlockWeigher.isTeaser(b)
                || CallsToAction.isCallToAction(t) || CallsToAction.isCaption(t)) {
            return false;
        }
        if (b.heading() > 0) {
            return t.length() <= 200;
        }
        return !isMetaLine(t);
    }

    /** The "— Name (@handle) date" line that signs an embedded post: who said it, not a date line. */
    private static boolean signsEmbeddedPost(PageLayout layout, TextBlock b) {
        return b.owner() >= 0 && ElementHints.isEmbeddedPost(layout.elements().get(b.owner()).element())
                && isMetaLine(b.text()) && b.linkDensity() <= 0.5;
    }

    /** A real sentence whose words happen to be mostly a link ("Webb was convicted last week."). */
    private static boolean linkedSentence(TextBlock b, BlockWeigher weigher) {
        String t = b.text();
        return b.heading() == 0 && b.linkDensity() < 0.8 && t.length() >= 80 && TERMINAL.matcher(t).find()
                && t.split("\\s+").length >= 12 && (!weigher.hasStopWords() || weigher.stopWordDensity(b) >= 0.2);
    }

    /** Bylines ("By Jane Doe") and date lines ("Updated 12:04, 3 May 2020"). */
    static boolean isMetaLine(String t) {
        if (t.length() <= 100 && BYLINE.matcher(t).matches() && !TERMINAL.matcher(t).find()) {
            return true;
        }
        return t.length() <= 70 && DATE.matcher(t).find() && t.split("\\s+").length <= 10 && !SENTENCE.matcher(t).find();
    }

    /** Prose: a sentence-like block, long enough, with few links and the stop words of running text. */
    static boolean isProse(TextBlock b, BlockWeigher weigher) {
        String t = b.text();
        if (b.heading() > 0 || b.linkDensity() > 0.3) {
            return false;
        }
        boolean sentence = TERMINAL.matcher(t).find();
        if (t.length() < (sentence ? 40 : 120)) {
            return false;
        }
        return !weigher.hasStopWords() || weigher.stopWordDensity(b) >= 0.12 || t.length() >= 250;
    }

    private static final int LEAD_WINDOW = 12;
    /** Shorter lines under a headline are kickers, datelines and teasers more often than standfirsts. */
    private static final int LEAD_MIN = 150;
    private static final Pattern CAPTION = Pattern.compile("(?i)caption|credit|figure|photo|image|media");

    /**
     * The standfirst: prose between the headline and the container (often in the article's header, a
     * chrome region for everything else). Kept when it reads as a sentence and is not a caption.
     */
    private static void keepLead(PageLayout layout, boolean[] keep, int containerStart, BlockWeigher weigher) {
        List<TextBlock> blocks = layout.blocks();
        int headline = -1;
        for (int i = containerStart - 1; i >= Math.max(0, containerStart - LEAD_WINDOW); i--) {
            if (blocks.get(i).heading() == 1) {
                headline = i;
                break;
            }
        }
        if (headline < 0) {
            return;
        }
        for (int i = headline + 1; i < containerStart; i++) {
            TextBlock b = blocks.get(i);
            String t = b.text();
            if (b.hidden() || b.heading() > 0 || b.linkDensity() > 0.2 || !isProse(b, weigher) || t.length() < LEAD_MIN
                    || !TERMINAL.matcher(t).find() || isMetaLine(t) || ChromeLexicon.isChrome(t)
                    || CallsToAction.isCallToAction(t) || inCaption(layout, b)) {
                continue;
            }
            keep[i] = true;
        }
    }

    private static boolean inCaption(PageLayout layout, TextBlock b) {
        for (int k = b.owner(), n = 0; k >= 0 && n < 6; k = layout.elements().get(k).parent(), n++) {
            org.jsoup.nodes.Element e = layout.elements().get(k).element();
            if (e.normalName().startsWith("fig") || CAPTION.matcher(e.className()).find()) {
                return true;
            }
        }
        return false;
    }

    /** After the last prose block only scraps shorter than this go (list items and short lines stay). */
    private static final int TAIL_MIN = 40;

    private static void trimEdges(List<TextBlock> blocks, boolean[] keep, int from, int to, BlockWeigher weigher) {
        int last = -1;
        for (int i = from; i < to; i++) {
            if (keep[i] && isProse(blocks.get(i), weigher)) {
                last = i;
            }
        }
        if (last < 0) {
            return; // no prose at all: leave the short blocks, they may be all there is
        }
        for (int i = last + 1; i < to; i++) {
            TextBlock b = blocks.get(i);
            if (keep[i] && (b.heading() > 0 || b.text().length() < TAIL_MIN && !isShortSentence(b))) {
                keep[i] = false;
            }
        }
        // A heading with nothing kept after it before the next heading heads something that was removed.
        for (int i = to - 1, next = -1; i >= from; i--) {
            if (!keep[i]) {
                continue;
            }
            if (blocks.get(i).heading() > 0 && (next < 0 || blocks.get(next).heading() > 0)) {
                keep[i] = false;
                continue;
            }
            next = i;
        }
    }

    /** A one-sentence paragraph ("Nobody was hurt."): said in the article, however short. */
    private static boolean isShortSentence(TextBlock b) {
        String t = b.text();
        return b.tag().equals("p") && b.linkChars() == 0 && SENTENCE.matcher(t).find() && t.split("\\s+").length >= 3;
    }

    private static String norm(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}

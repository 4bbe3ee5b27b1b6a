package dev.parallax.app;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Line breaking done here instead of by JavaFX, for paragraphs with right-to-left text. JavaFX 25.0.4
 * and 26.0.1 throw {@code ArrayIndexOutOfBoundsException} in
 * {@code PrismTextLayout.computeTrailingSpaceWidth} when they wrap a right-to-left run, for any font.
 * Here the paragraph's runs are measured word by word and the space at each line end becomes a line
 * break: one character for one, so every offset into the text survives, and JavaFX, with every line
 * already narrower than the flow, never wraps.
 */
final class LineBreaks {
    /** A margin, so a line is never wider than what JavaFX lays it out in. */
    private static final double SLACK = 0.99;
    private static final double SLACK_PX = 2;
    /** From this share of the line on, a line's estimate is checked by measuring it whole. */
    private static final double NEAR_EDGE = 0.93;
    private static final int CACHE_LIMIT = 50_000;

    private final Text probe = new Text();
    private final Map<Font, Map<String, Double>> widths = new HashMap<>();

    /** True when JavaFX would wrap the text through its failing path: it holds a right-to-left letter. */
    static boolean needed(String text) {
        for (int i = 0; i < text.length(); i++) {
            byte d = Character.getDirectionality(text.charAt(i));
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
        }
        return false;
    }

    /**
     * Breaks the runs (the children of one flow, in order, whose texts were made from {@code originals})
     * into lines no wider than {@code width}, by replacing spaces with line breaks in the runs' texts.
     * A word wider than the whole line stays on a line of its own.
     */
    void apply(List<Text> runs, List<String> originals, double width) {
        double limit = Math.max(1, width * SLACK - SLACK_PX);
        StringBuilder all = new StringBuilder();
        int[] owner = new int[originals.stream().mapToInt(String::length).sum()];
        for (int r = 0; r < originals.size(); r++) {
            java.util.Arrays.fill(owner, all.length(), all.length() + originals.get(r).length(), r);
            all.append(originals.get(r));
        }
        char[] shown = all.toString().toCharArray();
        double line = 0; // estimated: the sum of its words' widths
        int lineStart = 0;
        int lastSpace = -1; // the space a break would go at
        double atLastSpace = 0; // the line's estimated width up to and including that space
        int i = 0;
        while (i < shown.length) {
            if (shown[i] == '\n') {
                line = 0;
                lineStart = i + 1;
                lastSpace = -1;
                i++;
                continue;
            }
            int end = i;
            boolean space = shown[i] == ' ';
            while (end < shown.length && shown[end] != '\n' && (shown[end] == ' ') == space) {
                end++;
            }
            double w = width(runs, owner, all, i, end, true);
            // Words shaped together come out a little wider than the sum of their widths (about 2% in
            // Arabic): near the edge, the line is measured whole.
            if (!space && lastSpace >= 0 && (line + w > limit
                    || line + w > NEAR_EDGE * limit && width(runs, owner, all, lineStart, end, false) > limit)) {
                shown[lastSpace] = '\n';
                lineStart = lastSpace + 1;
                line -= atLastSpace;
                lastSpace = -1;
            }
            line += w;
            if (space) {
                lastSpace = end - 1;
                atLastSpace = line;
            }
            i = end;
        }
        int at = 0;
        for (int r = 0; r < runs.size(); r++) {
            int len = originals.get(r).length();
            String text = new String(shown, at, len);
            if (!text.equals(runs.get(r).getText())) {
                runs.get(r).setText(text);
            }
            at += len;
        }
    }

    /** The width of all[from, to), measured piece by piece in the font of the run each piece is in. */
    private double width(List<Text> runs, int[] owner, CharSequence all, int from, int to, boolean cached) {
        double sum = 0;
        int start = from;
        while (start < to) {
            int end = start;
            while (end < to && owner[end] == owner[start]) {
                end++;
            }
            Font font = runs.get(owner[start]).getFont();
            String piece = all.subSequence(start, end).toString();
            sum += cached ? width(font, piece) : measure(font, piece);
            start = end;
        }
        return sum;
    }

    private double width(Font font, String piece) {
        Map<String, Double> cache = widths.computeIfAbsent(font, f -> new HashMap<>());
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        return cache.computeIfAbsent(piece, p -> measure(font, p));
    }

    private double measure(Font font, String piece) {
        probe.setFont(font);
        probe.setText(piece);
        return probe.getLayoutBounds().getWidth();
    }
}

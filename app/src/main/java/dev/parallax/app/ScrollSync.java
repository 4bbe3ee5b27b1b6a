package dev.parallax.app;

import dev.parallax.present.Mark;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;

/**
 * Keeps the two panes in step by their alignment, as diff tools do: when one pane scrolls, the other
 * follows so that the place a third of the way down the leader sits level with what matches it. Between
 * matched passages the position is interpolated; moved passages (out of order) are left out of the
 * mapping, so it only ever runs forwards.
 */
final class ScrollSync {
    private final ArticleView left;
    private final ArticleView right;
    private boolean on = true;
    private boolean busy;
    /** Pairs {y in A, y in B} in content coordinates, both ascending; null when the layout changed. */
    private List<double[]> anchors;

    ScrollSync(ArticleView left, ArticleView right) {
        this.left = left;
        this.right = right;
        left.scroll().vvalueProperty().addListener(o -> follow(left));
        right.scroll().vvalueProperty().addListener(o -> follow(right));
    }

    void setOn(boolean on) {
        this.on = on;
        if (on) {
            follow(left);
        }
    }

    boolean isOn() {
        return on;
    }

    /** The text was laid out anew: anchors are measured again on the next scroll. */
    void invalidate() {
        anchors = null;
    }

    /** Runs a scroll of both panes placed by the caller, without either following the other. */
    void quietly(Runnable scrolls) {
        boolean was = busy;
        busy = true;
        try {
            scrolls.run();
        } finally {
            busy = was;
        }
    }

    /** Scrolls the other pane level with the leader (when the lock is on). */
    void follow(ArticleView leader) {
        ArticleView other = leader == left ? right : left;
        if (!on || busy || leader.article() == null || other.article() == null) {
            return;
        }
        double y = leader.viewTop() + leader.viewHeight() / 3;
        double mapped = map(y, leader == left);
        quietly(() -> other.scrollToTop(mapped - other.viewHeight() / 3));
    }

    /** Where a content y of A lies in B ({@code fromA}), or of B in A. */
    double map(double y, boolean fromA) {
        List<double[]> points = anchors();
        int from = fromA ? 0 : 1;
        int to = 1 - from;
        for (int i = 1; i < points.size(); i++) {
            double[] p = points.get(i - 1);
            double[] q = points.get(i);
            if (y <= q[from]) {
                double span = q[from] - p[from];
                double t = span <= 0 ? 0 : (y - p[from]) / span;
                return p[to] + Math.max(0, Math.min(1, t)) * (q[to] - p[to]);
            }
        }
        double[] last = points.getLast();
        return last[to] + (y - last[from]);
    }

    private List<double[]> anchors() {
        if (anchors != null) {
            return anchors;
        }
        List<double[]> out = new ArrayList<>();
        out.add(new double[] {0, 0});
        for (int i = 0; i < left.highlights().size(); i++) {
            Mark h = left.highlights().get(i);
            if (h.isUnique() || h.moved()) {
                continue;
            }
            Bounds a = left.boundsOf(i, left.content());
            Bounds b = right.boundsOf(Gutter.indexOfMatch(right, h.match()), right.content());
            double[] last = out.getLast();
            if (a == null || b == null || a.getMinY() < last[0] || b.getMinY() < last[1]) {
                continue; // keeps both columns ascending
            }
            out.add(new double[] {a.getMinY(), b.getMinY()});
            out.add(new double[] {Math.max(a.getMinY(), a.getMaxY()), Math.max(b.getMinY(), b.getMaxY())});
        }
        double[] last = out.getLast();
        out.add(new double[] {Math.max(last[0], left.content().getLayoutBounds().getHeight()),
                Math.max(last[1], right.content().getLayoutBounds().getHeight())});
        anchors = out;
        return out;
    }
}

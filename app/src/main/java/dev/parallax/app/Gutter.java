package dev.parallax.app;

import dev.parallax.present.Mark;
import dev.parallax.compare.MatchKind;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.layout.Pane;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;

/**
 * The band between the panes: one curved connector per matched passage from where it sits in A to where
 * it sits in B, so crossing bands show moved passages at a glance (as Meld draws them). Bands are
 * {@link Path} nodes styled by kind in CSS; they are redrawn when either pane scrolls or resizes.
 */
final class Gutter extends Pane {
    private final ArticleView left;
    private final ArticleView right;
    private int selectedMatch = -1;

    Gutter(ArticleView left, ArticleView right) {
        this.left = left;
        this.right = right;
        getStyleClass().add("gutter");
        setMinWidth(56);
        setPrefWidth(72);
        setMaxWidth(96);
        left.scroll().vvalueProperty().addListener(o -> redraw());
        right.scroll().vvalueProperty().addListener(o -> redraw());
        heightProperty().addListener(o -> redraw());
        widthProperty().addListener(o -> redraw());
        for (ArticleView v : List.of(left, right)) {
            v.scroll().viewportBoundsProperty().addListener(o -> redraw());
            v.scroll().contentProperty().get().layoutBoundsProperty().addListener(o -> redraw());
        }
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
    }

    void setSelectedMatch(int match) {
        selectedMatch = match;
        redraw();
    }

    void redraw() {
        getChildren().clear();
        if (left.article() == null || right.article() == null) {
            return;
        }
        double w = getWidth();
        double h = getHeight();
        java.util.Map<Integer, Integer> inRight = new java.util.HashMap<>();
        for (int j = 0; j < right.highlights().size(); j++) {
            inRight.put(right.highlights().get(j).match(), j);
        }
        for (int i = 0; i < left.highlights().size(); i++) {
            Mark a = left.highlights().get(i);
            Integer j = a.isUnique() ? null : inRight.get(a.match());
            if (j == null) {
                continue;
            }
            Bounds ba = left.boundsOf(i, this);
            Bounds bb = right.boundsOf(j, this);
            if (ba == null || bb == null || ba.getMaxY() < 0 && bb.getMaxY() < 0 || ba.getMinY() > h && bb.getMinY() > h) {
                continue; // neither end on screen
            }
            Path band = new Path(
                    new MoveTo(0, ba.getMinY()),
                    new CubicCurveTo(w / 2, ba.getMinY(), w / 2, bb.getMinY(), w, bb.getMinY()),
                    new LineTo(w, bb.getMaxY()),
                    new CubicCurveTo(w / 2, bb.getMaxY(), w / 2, ba.getMaxY(), 0, ba.getMaxY()),
                    new javafx.scene.shape.ClosePath());
            band.getStyleClass().addAll("band", a.kind() == MatchKind.IDENTICAL ? "identical" : a.styleClass());
            if (a.match() == selectedMatch) {
                band.getStyleClass().add("selected");
            }
            band.setMouseTransparent(true);
            getChildren().add(band);
        }
    }

    static int indexOfMatch(ArticleView view, int match) {
        for (int j = 0; j < view.highlights().size(); j++) {
            if (view.highlights().get(j).match() == match) {
                return j;
            }
        }
        return -1;
    }
}

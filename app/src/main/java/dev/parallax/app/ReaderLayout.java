package dev.parallax.app;

import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;

/**
 * Where the pair view's parts sit: the two panes with their strips and the gutter, centred at a readable
 * measure, and the side panel as one side of a split that the reader drags wider (remembered), hides with
 * F9, and that keeps its share as the window grows.
 */
final class ReaderLayout {
    private static final double[] FONT_SIZES = {12, 13.5, 15, 17, 19, 21.5, 24};

    private final Settings settings;
    private final SidePanel side;
    private final ArticleView left;
    private final ArticleView right;
    private final HBox panes;
    private final SplitPane split = new SplitPane();
    /** The View menu's check item: the reader's wish, which the grid and stories tabs override while shown. */
    private final BooleanProperty sidePanelWanted = new SimpleBooleanProperty(true);
    private final PauseTransition splitSave = new PauseTransition(Duration.millis(600));
    private Runnable onChange = () -> { };

    ReaderLayout(Settings settings, SidePanel side, ArticleView left, ArticleView right, Node... between) {
        this.settings = settings;
        this.side = side;
        this.left = left;
        this.right = right;
        panes = new HBox(between);
        panes.getStyleClass().add("panes");
        panes.setAlignment(Pos.TOP_CENTER); // on a wide screen the pair stays together, centred
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setMinWidth(200);
        right.setMinWidth(200);
        left.prefWidthProperty().bind(panes.widthProperty());
        right.prefWidthProperty().bind(panes.widthProperty());
    }

    /** Called after the side panel came or went (the marks that depend on where the text lies follow). */
    void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    HBox panes() {
        return panes;
    }

    /** The split of {@code views} and the side panel, its divider where the reader left it. */
    SplitPane split(Node views, double width) {
        side.setMinWidth(240);
        split.getItems().setAll(views, side);
        split.setDividerPositions(settings.getDouble("split", splitFor(width)));
        split.getDividers().getFirst().positionProperty().addListener((o, was, now) -> rememberSplitSoon());
        split.setId("split");
        SplitPane.setResizableWithParent(side, true);
        return split;
    }

    /** The divider for a scene of this width: where the reader left it, else {@link #splitFor}. */
    void placeDivider(double width) {
        split.setDividerPositions(settings.getDouble("split", splitFor(width)));
    }

    BooleanProperty sidePanelWanted() {
        return sidePanelWanted;
    }

    /** The divider's place is kept once the drag settles, not on every pixel. */
    private void rememberSplitSoon() {
        splitSave.setOnFinished(e -> {
            if (split.getItems().contains(side)) {
                settings.put("split", split.getDividerPositions()[0]);
            }
        });
        splitSave.playFromStart();
    }

    /** The side panel's first share: a quarter of the window, at least 250 and at most 480 pixels wide. */
    static double splitFor(double width) {
        return width <= 0 ? 0.74 : 1 - Math.max(250, Math.min(480, width * 0.25)) / width;
    }

    private double sceneWidth() {
        return split.getScene() != null ? split.getScene().getWidth() : 0;
    }

    /** F9: the side panel shown or hidden, as the reader wants it. */
    void showSidePanel(boolean show) {
        if (show && !split.getItems().contains(side)) {
            split.getItems().add(side);
            split.setDividerPositions(settings.getDouble("split", splitFor(sceneWidth())));
            split.getDividers().getFirst().positionProperty().addListener((o, was, now) -> rememberSplitSoon());
        } else if (!show) {
            split.getItems().remove(side);
        }
        sidePanelWanted.set(show);
        onChange.run();
    }

    /** The side panel tells about the pair: the grid and the stories have their own tables, so it steps aside there. */
    void sidePanelFor(boolean pairShown) {
        if (!pairShown) {
            split.getItems().remove(side);
        } else if (sidePanelWanted.get()) {
            showSidePanel(true);
        }
    }

    /** The text column keeps a readable measure (about 70 characters) however wide the window is. */
    void applyMeasure(int zoom) {
        double fontSize = FONT_SIZES[zoom];
        double max = fontSize * 34 + 72 + 16; // ~34 em of text, the pane's insets, the scroll bar
        left.setMaxWidth(max);
        right.setMaxWidth(max);
    }
}

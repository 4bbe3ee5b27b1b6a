package dev.parallax.app;

import dev.parallax.text.Languages;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Wrapped text that is safe whatever its script. JavaFX 25.0.4 and 26.0.1 throw
 * {@code ArrayIndexOutOfBoundsException} in {@code PrismTextLayout.computeTrailingSpaceWidth} whenever a
 * {@link TextFlow} wraps a right-to-left run, for any font. So text holding right-to-left letters is
 * broken into lines here ({@link LineBreaks}), and its flow is given a width far beyond the longest
 * line: JavaFX then never wraps it (a flow resets its wrapping width to its own width after every size
 * query, so a flow as wide as the pane would still wrap now and then). The flow is placed so its lines
 * start at the pane's edge, the right one for right-to-left text. Other text wraps the usual way.
 * <p>
 * A layer behind the text ({@link #behind()}) gets the flow's exact box, so shapes from
 * {@link TextFlow#rangeShape} land under their words.
 */
class SafeWrapFlow extends Region {
    /** Shared by every flow: all of them live on the FX thread, and word widths repeat across panes. */
    private static final LineBreaks BREAKS = new LineBreaks();
    /** Wider than any line: the flow never wraps what was broken here. */
    private static final double UNWRAPPED = 100_000;

    private static final java.util.regex.Pattern ARABIC = java.util.regex.Pattern.compile("\\p{IsArabic}");
    private final TextFlow flow = new TextFlow();
    private final Pane behind = new Pane();
    private final List<Text> runs = new ArrayList<>();
    private final List<String> originals = new ArrayList<>();
    private boolean breaksHere;
    private double brokenFor = -1;
    private List<Font> fontsFor = List.of();

    SafeWrapFlow(Node... texts) {
        behind.setMouseTransparent(true);
        behind.setManaged(false);
        flow.setManaged(false);
        getChildren().addAll(behind, flow);
        flow.getChildren().addListener((ListChangeListener<Node>) change -> collectRuns());
        flow.getChildren().addAll(texts);
    }

    /** The text runs, in reading order. */
    ObservableList<Node> texts() {
        return flow.getChildren();
    }

    TextFlow flow() {
        return flow;
    }

    /** A layer drawn behind the text, in the flow's coordinates. */
    Pane behind() {
        return behind;
    }

    /** The text shown, as given: without the line breaks put in for wrapping. */
    String plainText() {
        return String.join("", originals);
    }

    private void collectRuns() {
        runs.clear();
        originals.clear();
        for (Node n : flow.getChildren()) {
            if (n instanceof Text t) {
                runs.add(t);
                originals.add(t.getText());
            }
        }
        String all = plainText();
        breaksHere = LineBreaks.needed(all);
        for (Text t : runs) { // Arabic letters in the shipped Naskh face (the Latin faces have none)
            if (ARABIC.matcher(t.getText()).find()) {
                if (!t.getStyleClass().contains("arabic-script")) {
                    t.getStyleClass().add("arabic-script");
                }
            } else {
                t.getStyleClass().remove("arabic-script");
            }
        }
        NodeOrientation direction = Languages.isRightToLeft(all) ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT;
        flow.setNodeOrientation(direction);
        behind.setNodeOrientation(direction);
        brokenFor = -1;
        if (breaksHere) {
            // At once, not at the next layout: every size query resets the flow's wrapping width to
            // its current width, and a query may come before the next layout.
            flow.resize(UNWRAPPED, flow.getHeight());
        }
        requestLayout();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + flow.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + textHeight(width < 0 ? -1 : width - snappedLeftInset() - snappedRightInset())
                + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    /** The height of the text at this width (or unwrapped, for -1). */
    private double textHeight(double width) {
        if (!breaksHere) {
            return flow.prefHeight(width);
        }
        breakLines(width);
        return flow.prefHeight(-1); // the lines are explicit now
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double width = Math.max(0, getWidth() - left - snappedRightInset());
        double height = textHeight(width);
        if (breaksHere) {
            boolean fromRight = flow.getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT;
            double x = fromRight ? left + width - UNWRAPPED : left;
            flow.resizeRelocate(x, top, UNWRAPPED, height);
            behind.resizeRelocate(x, top, UNWRAPPED, height);
        } else {
            flow.resizeRelocate(left, top, width, height);
            behind.resizeRelocate(left, top, width, height);
        }
        afterLayout();
    }

    /** Called once the text has its place; a subclass draws its layer here. */
    protected void afterLayout() {
    }

    /** Breaks the lines for this width, unless they already are for this width and these fonts. */
    private void breakLines(double width) {
        List<Font> fonts = runs.stream().map(Text::getFont).toList();
        if (width == brokenFor && fonts.equals(fontsFor)) {
            return;
        }
        brokenFor = width;
        fontsFor = fonts;
        BREAKS.apply(runs, originals, width <= 0 ? UNWRAPPED : width);
    }
}

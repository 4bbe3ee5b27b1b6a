package dev.parallax.app;

import dev.parallax.compare.DiffOp;
import dev.parallax.compare.Match;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/** The detail bar under the panes: the selected pair's kind and its word-level diff from A to B. */
final class DiffBar extends VBox {
    private final Label heading = new Label("Select a passage to see its word differences");
    private final SafeWrapFlow diff = new SafeWrapFlow();

    DiffBar() {
        getStyleClass().add("diff-bar");
        setId("diff-bar");
        heading.getStyleClass().add("caps-label");
        ScrollPane scroll = new ScrollPane(diff);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("diff-scroll");
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(heading, scroll);
        diff.setAccessibleText("Word differences of the selected pair");
    }

    void show(Match m) {
        if (m == null) {
            heading.setText("Select a passage to see its word differences");
            diff.texts().clear();
            return;
        }
        heading.setText(String.format("%s · similarity %.0f%%%s", m.kind().label().toUpperCase(java.util.Locale.ROOT),
                100 * m.score(), m.moved() ? " · moved" : ""));
        showOps(m.diff());
    }

    /** The word diff of two texts that are not a passage pair (a quotation, a number, as A and B give it). */
    void showWording(String a, String b) {
        heading.setText(a.equals(b) ? "SAME WORDING IN A AND B" : "WORDING IN A → B");
        showOps(dev.parallax.compare.WordDiff.of(a, b));
    }

    private void showOps(java.util.List<DiffOp> ops) {
        diff.texts().clear();
        for (DiffOp op : ops) {
            Text t = new Text(op.text());
            t.getStyleClass().addAll("diff-text", "diff-" + op.op().label());
            diff.texts().add(t);
        }
    }

    void showUnique(String side, String text) {
        heading.setText("ONLY IN " + side + " · no counterpart in the other report");
        Text t = new Text(text);
        t.getStyleClass().add("diff-text");
        diff.texts().setAll(t);
    }

    String diffText() {
        return diff.plainText();
    }
}

package dev.parallax.app;

import dev.parallax.compare.DiffOp;
import dev.parallax.compare.Match;
import dev.parallax.compare.MatchKind;
import dev.parallax.present.MatchFigures;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/** The detail bar under the panes: the selected pair's kind and its word-level diff from A to B. */
final class DiffBar extends VBox {
    private static final String HINT = "Select a passage to see its word differences";
    private final Label heading = new Label(HINT);
    private final SafeWrapFlow diff = new SafeWrapFlow();
    private final ScrollPane scroll = new ScrollPane(diff);
    private final Tooltip explain = new Tooltip();
    private List<DiffOp> ops = List.of();
    private Consumer<String> onCopy = s -> { };

    DiffBar() {
        getStyleClass().add("diff-bar");
        setId("diff-bar");
        heading.getStyleClass().add("caps-label");
        heading.setId("diff-heading");
        explain.setWrapText(true);
        explain.setMaxWidth(420);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("diff-scroll");
        scroll.setFocusTraversable(true); // Ctrl+C copies the pair from here
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(heading, scroll);
        diff.setAccessibleText("Word differences of the selected pair");
        MenuItem copy = new MenuItem("Copy Both Wordings");
        copy.setOnAction(e -> onCopy.accept(copyText()));
        scroll.setContextMenu(new ContextMenu(copy));
    }

    void setOnCopy(Consumer<String> onCopy) {
        this.onCopy = onCopy;
    }

    void show(Match m) {
        show(m, "");
    }

    /** @param place where the pair is among the differences ("difference 5 of 37"), or "" */
    void show(Match m, String place) {
        if (m == null) {
            heading.setText(HINT);
            heading.setTooltip(null);
            ops = List.of();
            diff.texts().clear();
            return;
        }
        String figure = MatchFigures.both(m.wordsShared(), m.kind() == MatchKind.IDENTICAL ? Double.NaN : m.confidence());
        heading.setText(String.join(" · ", nonEmpty(m.kind().label().toUpperCase(Locale.ROOT), figure,
                m.moved() ? "⇅ moved" : "", place)));
        explain.setText(MatchFigures.WORDS_SHARED_MEANING + " The diff below: struck out only in A, underlined only in B. "
                + MatchFigures.KINDS_MEANING
                + (Double.isNaN(m.confidence()) || m.kind() == MatchKind.IDENTICAL ? "" : " " + MatchFigures.MODEL_MEANING));
        heading.setTooltip(explain);
        if (m.kind() == MatchKind.PARAPHRASE) {
            showStacked(m.diff()); // few words in common: interleaved, the line reads as neither sentence
        } else {
            showOps(m.diff());
        }
    }

    /** A's sentence above B's, each with its own words marked (struck out in A, underlined in B). */
    private void showStacked(List<DiffOp> ops) {
        this.ops = ops;
        diff.texts().clear();
        for (DiffOp.Op own : List.of(DiffOp.Op.DELETE, DiffOp.Op.INSERT)) {
            diff.texts().add(diffText(own == DiffOp.Op.DELETE ? "A  " : "\nB  ", "diff-side"));
            DiffOp before = null;
            for (DiffOp op : ops) {
                if (op.op() == DiffOp.Op.EQUAL || op.op() == own) {
                    if (before != null && !before.text().endsWith(" ") && !op.text().startsWith(" ") && before.op() != op.op()
                            && !op.text().isEmpty() && Character.isLetterOrDigit(op.text().codePointAt(0))) { // "military." stays glued
                        diff.texts().add(diffText(" ", "diff-gap"));
                    }
                    diff.texts().add(diffText(op.text(), "diff-" + op.op().label()));
                    before = op;
                }
            }
        }
    }

    private static String[] nonEmpty(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> !p.isEmpty()).toArray(String[]::new);
    }

    /** The word diff of two texts that are not a passage pair (a quotation, a number, as A and B give it). */
    void showWording(String a, String b) {
        heading.setText(a.equals(b) ? "SAME WORDING IN A AND B" : "WORDING IN A → B");
        heading.setTooltip(null);
        showOps(dev.parallax.compare.WordDiff.of(a, b));
    }

    private void showOps(List<DiffOp> ops) {
        this.ops = ops;
        diff.texts().clear();
        DiffOp before = null;
        for (DiffOp op : ops) {
            // A deletion next to an insertion gets a space between them, or they read as one word.
            if (before != null && before.op() != DiffOp.Op.EQUAL && op.op() != DiffOp.Op.EQUAL && before.op() != op.op()
                    && !before.text().endsWith(" ") && !op.text().startsWith(" ")) {
                diff.texts().add(diffText(" ", "diff-gap"));
            }
            diff.texts().add(diffText(op.text(), "diff-" + op.op().label()));
            before = op;
        }
    }

    private static Text diffText(String text, String styleClass) {
        Text t = new Text(text);
        t.getStyleClass().addAll("diff-text", styleClass);
        return t;
    }

    /** @param place where the passage is among the differences, or "" */
    void showUnique(String side, String text, String place) {
        heading.setText(String.join(" · ", nonEmpty("ONLY IN " + side, "no counterpart in the other report", place)));
        heading.setTooltip(null);
        ops = List.of(new DiffOp(side.equals("A") ? DiffOp.Op.DELETE : DiffOp.Op.INSERT, text));
        diff.texts().setAll(diffText(text, "diff-only"));
    }

    /** F7 went past the end and started again: the heading says so. */
    void markWrapped() {
        heading.setText("↻ " + heading.getText() + " (wrapped)");
    }

    String heading() {
        return heading.getText();
    }

    String diffText() {
        return diff.plainText();
    }

    /** Both wordings, A's and B's, one per line (the diff's two sides). */
    String copyText() {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (DiffOp op : ops) {
            if (op.op() != DiffOp.Op.INSERT) {
                a.append(op.text());
            }
            if (op.op() != DiffOp.Op.DELETE) {
                b.append(op.text());
            }
        }
        String ta = a.toString().strip();
        String tb = b.toString().strip();
        if (ta.isEmpty() || tb.isEmpty() || ta.equals(tb)) {
            return ta.isEmpty() ? tb : ta;
        }
        return "A: " + ta + "\nB: " + tb;
    }
}

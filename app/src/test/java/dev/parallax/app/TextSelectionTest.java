package dev.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.TestData;
import dev.parallax.article.Block;
import dev.parallax.text.Span;
import dev.parallax.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Free text selection in the panes, with the real mouse on a real stage: a drag across runs and
 * paragraphs copies exactly the text between the two points, a double-click takes a word, Shift+click
 * extends, Esc lets go; and in Arabic, laid out right to left, the same gestures take the words under the mouse.
 */
@ExtendWith(ApplicationExtension.class)
class TextSelectionTest {
    private ReaderModel model;
    private ReaderWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new ReaderModel(Workspace::inMemory);
        window = new ReaderWindow(stage, model, Settings.inMemory());
        stage.setScene(window.scene(1260, 780));
        stage.show();
    }

    private void open(Path a, Path b) throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> window.open(List.of(a, b)));
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS,
                () -> model.comparisonProperty().get() != null && model.semanticProperty().get());
        model.awaitIdle();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> window.setScrollLock(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aDragAcrossRunsAndParagraphsCopiesExactlyTheTextBetween(FxRobot robot) throws Exception {
        open(TestData.seedA(), TestData.seedB());
        ArticleView pane = window.left();
        String text = pane.article().text();
        List<Block> blocks = pane.article().blocks();
        Block first = blocks.get(0);
        Block second = blocks.get(1);
        int from = wordStartAfter(text, first.start() + (first.end() - first.start()) / 3);
        int to = wordStartAfter(text, second.start() + 20);
        assertTrue(runsBetween(pane, from, to) > 1, "the stretch crosses text runs");

        robot.moveTo(caret(pane, from, 1)).press(MouseButton.PRIMARY).moveTo(caret(pane, to, -1)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new Span(from, to), pane.selectedText());
        assertTrue(robot.lookup("#pane-a .text-selection").queryAll().size() >= 2, "drawn in both paragraphs");
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(text.substring(from, to), clipboard(robot), "Ctrl+C copies the selected text, tags left out");

        // Shift+click extends from the same anchor; a double-click takes a word; Esc lets go.
        int further = wordStartAfter(text, to + 12);
        robot.press(KeyCode.SHIFT).moveTo(caret(pane, further, -1)).clickOn(MouseButton.PRIMARY).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new Span(from, further), pane.selectedText());
        int middle = wordStartAfter(text, first.start() + 5) + 1;
        doubleClick(pane, caret(pane, middle, 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(TextSelection.wordAt(text, middle), pane.selectedText());
        assertTrue(Character.isLetterOrDigit(pane.selectedText().of(text).charAt(0)), "a word: " + pane.selectedText().of(text));
        // The context menu acts on the selection: Copy, Copy with Citation, Search for This.
        Span word = pane.selectedText();
        javafx.scene.control.ContextMenu[] menu = new javafx.scene.control.ContextMenu[1];
        robot.interact(() -> menu[0] = window.copying().passageMenu(pane, 0, () -> {
            throw new AssertionError("with text selected, the menu does not choose the passage");
        }));
        assertEquals(List.of("Copy", "Copy with Citation", "Search for This"),
                menu[0].getItems().stream().map(javafx.scene.control.MenuItem::getText).toList());
        robot.interact(() -> menu[0].getItems().get(1).fire());
        assertTrue(clipboard(robot).startsWith("“" + word.of(text)), clipboard(robot));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(pane.selectedText());
        assertTrue(robot.lookup("#pane-a .text-selection").queryAll().isEmpty());
    }

    @Test
    void arabicTextIsSelectedRightToLeftUnderTheMouse(FxRobot robot) throws Exception {
        Path pair = TestData.reports("arabic-pair");
        open(pair.resolve("1.txt"), pair.resolve("2.txt"));
        ArticleView pane = window.left();
        String text = pane.article().text();
        Block block = pane.article().blocks().get(1);
        Span w1 = TextSelection.wordAt(text, wordStartAfter(text, block.start() + 10) + 1);
        Span w2 = TextSelection.wordAt(text, wordStartAfter(text, w1.end() + 40) + 1);
        // A double-click in the middle of a word takes that word.
        int mid1 = (w1.start() + w1.end()) / 2;
        doubleClick(pane, caret(pane, mid1, 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(w1, pane.selectedText(), "the word " + w1.of(text));
        // A drag from inside one word to inside another, read right to left, takes what lies between.
        int mid2 = (w2.start() + w2.end()) / 2;
        robot.sleep(1500); // past the multi-click interval: a press at the same place would be a third click
        robot.moveTo(caret(pane, mid1, 0)).press(MouseButton.PRIMARY).moveTo(caret(pane, mid2, 0)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Span got = pane.selectedText();
        assertTrue(got != null && got.start() > w1.start() && got.start() < w1.end()
                && got.end() > w2.start() && got.end() < w2.end(), () -> "from inside " + w1.of(text) + " to inside "
                + w2.of(text) + ", got " + (got == null ? null : got.of(text)));
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(got.of(text), clipboard(robot));
    }

    /**
     * A double-click's second press at a screen point, as JavaFX delivers it (click count 2). Sent directly:
     * whether two robot clicks count as one double-click depends on how fast a loaded machine delivers them.
     */
    private static void doubleClick(ArticleView pane, Point2D screen) {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            Point2D scene = pane.getScene().getRoot().screenToLocal(screen);
            javafx.event.Event.fireEvent(pane.content(), new javafx.scene.input.MouseEvent(
                    javafx.scene.input.MouseEvent.MOUSE_PRESSED, scene.getX(), scene.getY(), screen.getX(), screen.getY(),
                    MouseButton.PRIMARY, 2, false, false, false, false, true, false, false, false, false, true, null));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The first offset at or after {@code at} that starts a word. */
    private static int wordStartAfter(String text, int at) {
        int i = at;
        while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** How many article runs (text nodes) the stretch touches. */
    private static int runsBetween(ArticleView pane, int from, int to) {
        int n = 0;
        String text = pane.article().text();
        List<Block> blocks = pane.article().blocks();
        List<Node> flows = pane.content().getChildren();
        for (int b = 0; b < blocks.size(); b++) {
            int at = blocks.get(b).start();
            for (Node node : ((SafeWrapFlow) flows.get(b)).texts()) {
                Text t = (Text) node;
                if (t.getStyleClass().contains(ArticleView.TAG_TEXT)) {
                    continue;
                }
                int end = at + t.getText().length();
                if (at < to && from < end) {
                    n++;
                }
                at = end;
            }
        }
        assertTrue(text.length() > 0);
        return n;
    }

    /**
     * The screen point of the caret before {@code offset} (mid-line), nudged {@code nudge} pixels along the
     * flow's x axis: into the character after it (1) or the one before it (-1) for left-to-right text;
     * with 0, the middle of the character at {@code offset} as drawn (the marks' layer shares its geometry).
     */
    private static Point2D caret(ArticleView pane, int offset, double nudge) {
        Point2D[] out = new Point2D[1];
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            List<Block> blocks = pane.article().blocks();
            List<Node> flows = pane.content().getChildren();
            for (int b = 0; b < blocks.size(); b++) {
                if (offset < blocks.get(b).start() || offset > blocks.get(b).end()) {
                    continue;
                }
                SafeWrapFlow flow = (SafeWrapFlow) flows.get(b);
                int at = blocks.get(b).start();
                int inFlow = 0;
                for (Node node : flow.texts()) {
                    Text t = (Text) node;
                    int len = t.getText().length();
                    if (!t.getStyleClass().contains(ArticleView.TAG_TEXT)) {
                        if (offset < at + len) {
                            inFlow += offset - at;
                            break;
                        }
                        at += len;
                    }
                    inFlow += len;
                }
                if (nudge == 0) { // the middle of the character itself, as drawn
                    javafx.geometry.Bounds box = new javafx.scene.shape.Path(flow.flow().rangeShape(inFlow, inFlow + 1))
                            .getBoundsInLocal();
                    out[0] = flow.behind().localToScreen((box.getMinX() + box.getMaxX()) / 2, (box.getMinY() + box.getMaxY()) / 2);
                    return null;
                }
                PathElement[] shape = flow.flow().caretShape(inFlow, true);
                MoveTo top = (MoveTo) shape[0];
                javafx.scene.shape.LineTo bottom = (javafx.scene.shape.LineTo) shape[1];
                double y = (top.getY() + bottom.getY()) / 2;
                out[0] = flow.flow().localToScreen(top.getX() + nudge, y);
                return null;
            }
            throw new AssertionError("offset " + offset + " is in no block");
        });
        return out[0];
    }

    private static String clipboard(FxRobot robot) {
        String[] out = new String[1];
        robot.interact(() -> out[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        return out[0];
    }
}

package dev.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.TestData;
import dev.parallax.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The reader on two Arabic reports: JavaFX's own wrapping of right-to-left text
 * throws, so this is the test that the panes, marks and detail bar lay such text out without a single
 * error, right to left.
 */
@ExtendWith(ApplicationExtension.class)
class RightToLeftWindowTest {
    private static final Path PAIR = TestData.reports("arabic-pair");
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private ReaderModel model;
    private ReaderWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> errors.add(e));
        model = new ReaderModel(Workspace::inMemory);
        window = new ReaderWindow(stage, model, Settings.inMemory());
        stage.setScene(window.scene(1260, 780));
        stage.show();
        window.open(List.of(PAIR.resolve("1.txt"), PAIR.resolve("2.txt")));
    }

    @Test
    void arabicReportsAreLaidOutRightToLeftWithMarksAndNoLayoutError(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS,
                () -> model.comparisonProperty().get() != null && model.semanticProperty().get());
        model.awaitIdle();
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(model.comparisonProperty().get().matches().isEmpty(), "the two reports share passages");

        // Narrow and widen the window: every width re-breaks the lines.
        for (double width : new double[] {900, 1500, 1100}) {
            robot.interact(() -> stage.setWidth(width));
            WaitForAsyncUtils.waitForFxEvents();
            assertLinesInsidePanes(robot);
        }
        robot.push(KeyCode.F7);
        WaitForAsyncUtils.waitForFxEvents();
        DiffBar bar = robot.lookup("#diff-bar").queryAs(DiffBar.class);
        assertFalse(bar.diffText().isBlank(), "F7 selects a passage and the detail bar shows its diff");
        assertTrue(errors.isEmpty(), () -> "layout errors: " + errors);
        assertTrue(model.problems().isEmpty(), () -> "notices: " + model.problems());
    }

    /** Every body line is inside its pane and starts at the pane's right edge, as Arabic reads. */
    private void assertLinesInsidePanes(FxRobot robot) {
        for (String pane : List.of("#pane-a", "#pane-b")) {
            ArticleView view = robot.lookup(pane).queryAs(ArticleView.class);
            Bounds viewport = view.scroll().localToScene(view.scroll().getLayoutBounds());
            List<SafeWrapFlow> flows = robot.from(view.scroll().getContent()).lookup((java.util.function.Predicate<Node>) n -> n instanceof SafeWrapFlow).queryAllAs(SafeWrapFlow.class)
                    .stream().toList();
            assertFalse(flows.isEmpty());
            int marked = 0;
            for (SafeWrapFlow flow : flows) {
                assertEquals(NodeOrientation.RIGHT_TO_LEFT, flow.flow().getEffectiveNodeOrientation());
                double right = -Double.MAX_VALUE;
                for (Node n : flow.texts()) {
                    Bounds b = n.localToScene(n.getBoundsInLocal());
                    assertTrue(b.getMinX() >= viewport.getMinX() - 1 && b.getMaxX() <= viewport.getMaxX() + 1,
                            () -> pane + ": a line leaves the pane: " + b + " not in " + viewport);
                    right = Math.max(right, b.getMaxX());
                }
                Bounds box = flow.localToScene(flow.getLayoutBounds());
                assertEquals(box.getMaxX() - flow.snappedRightInset(), right, 2.0, "lines start at the right edge");
                marked += flow.behind().getChildren().size();
            }
            assertTrue(marked > 0, pane + " shows its passages' marks");
        }
    }
}

package dev.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.TestData;
import dev.parallax.compare.Comparison;
import dev.parallax.present.Mark;
import dev.parallax.workspace.Workspace;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The change list on the seeds: one entry per matched pair and per one-sided passage, in reading order;
 * clicking one chooses that passage in both panes with "difference N of M"; F7 moves the list along.
 */
@ExtendWith(ApplicationExtension.class)
class ChangeListTest {
    private ReaderModel model;
    private ReaderWindow window;

    @Start
    void start(Stage stage) {
        model = new ReaderModel(Workspace::inMemory);
        window = new ReaderWindow(stage, model, Settings.inMemory());
        stage.setScene(window.scene(1400, 860));
        stage.show();
        window.open(List.of(TestData.seedA(), TestData.seedB()));
    }

    @Test
    void oneEntryPerPassageAndClickingOneChoosesItInBothPanes(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> model.comparisonProperty().get() != null && model.semanticProperty().get());
        model.awaitIdle();
        WaitForAsyncUtils.waitForFxEvents();
        Comparison c = model.comparisonProperty().get();
        List<ChangeList.Entry> entries = window.changes().entries();
        assertEquals(c.matches().size() + c.unique().size(), entries.size(), "one entry per pair and one-sided passage");
        Set<Integer> matches = new HashSet<>();
        Set<String> uniques = new HashSet<>();
        for (ChangeList.Entry e : entries) {
            assertTrue(e.isUnique() ? uniques.add(e.side() + ":" + e.unique()) : matches.add(e.match()), "listed once: " + e);
            assertTrue(!e.a().isBlank() || !e.b().isBlank(), "first words shown: " + e);
        }
        // Entries of A's passages follow A's reading order.
        int last = -1;
        for (ChangeList.Entry e : entries) {
            if (e.side() != 1) {
                int start = e.isUnique() ? c.unique().get(e.unique()).span().start() : c.matches().get(e.match()).a().start();
                assertTrue(start >= last, "in A's order");
                last = start;
            }
        }

        robot.interact(window::showChanges);
        WaitForAsyncUtils.waitForFxEvents();
        int pick = -1;
        for (int i = 0; i < entries.size() && pick < 0; i++) {
            if (!entries.get(i).isUnique() && entries.get(i).isDifference() && i > 2) {
                pick = i;
            }
        }
        final int index = pick;
        robot.interact(() -> window.changes().list().scrollTo(index));
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup("#change-list .list-cell").queryAllAs(ListCell.class).stream()
                .filter(l -> l.getIndex() == index).findFirst().orElseThrow();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        ChangeList.Entry chosen = entries.get(index);
        assertEquals(chosen.match(), chosenMark(window.left()).match(), "A shows the pair");
        assertEquals(chosen.match(), chosenMark(window.right()).match(), "and so does B");
        assertTrue(window.diffBar().heading().matches(".*difference \\d+ of \\d+.*"), window.diffBar().heading());
        assertTrue(robot.lookup("#change-list .change-tag").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> l.getText().equals(chosen.tag())), "the tag is shown");

        // F7 from there: the list follows to the next difference.
        robot.interact(() -> window.left().scroll().requestFocus());
        robot.push(KeyCode.F7);
        WaitForAsyncUtils.waitForFxEvents();
        Mark now = chosenMark(window.left());
        ChangeList.Entry selected = window.changes().list().getSelectionModel().getSelectedItem();
        assertTrue(selected != null && (now.isUnique() ? selected.unique() == now.unique() : selected.match() == now.match()),
                "the list follows F7: " + selected + " for " + now);
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, window.changes().list().getSelectionModel().getSelectedItem(), "Esc clears it too");
    }

    private static Mark chosenMark(ArticleView view) {
        assertTrue(view.selected() >= 0, "a passage is chosen in " + view.getId());
        return view.highlights().get(view.selected());
    }
}

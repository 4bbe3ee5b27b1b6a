package dev.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.TestData;
import dev.parallax.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window before two reports are open: what to do, what went wrong, one report alone. */
@ExtendWith(ApplicationExtension.class)
class EmptyWindowTest {
    @TempDir
    static Path dir;

    private ReaderModel model;
    private ReaderWindow window;
    private Path settingsFolder;

    @Start
    void start(Stage stage) throws Exception {
        settingsFolder = Files.createDirectories(dir.resolve("config-" + System.nanoTime()));
        model = new ReaderModel(Workspace::inMemory);
        window = new ReaderWindow(stage, model, Settings.in(settingsFolder));
        stage.setScene(window.scene(1024, 700));
        stage.show();
    }

    @Test
    void nothingOpenShowsWhatToDoAndTheErrorsAndExportIsOff(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#empty-state").query().isVisible());
        assertTrue(robot.lookup("#export-button").queryAs(Button.class).isDisabled(), "nothing to export");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        robot.interact(() -> window.open(List.of(empty)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.problems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#empty-state").query().isVisible(), "still nothing to show");
        String listed = robot.lookup(".empty-problems").queryAs(Label.class).getText();
        assertTrue(listed.contains("empty.txt") && listed.contains("empty file"), listed);
    }

    @Test
    void oneReportIsShownAndTheOtherPaneAsksForASecond(FxRobot robot) throws Exception {
        robot.interact(() -> window.open(List.of(TestData.seedA())));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.left().article() != null);
        model.awaitIdle();
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#empty-state").query().isVisible());
        assertFalse(robot.lookup("#pane-a .body-text").queryAll().isEmpty(), "its text is shown");
        assertTrue(robot.lookup("#pane-b .empty-pane-text").queryAs(Text.class).getText().startsWith("Open a second report"));
        assertTrue(robot.lookup("#export-button").queryAs(Button.class).isDisabled(), "one report: no comparison to export");
        // The opened file is remembered in the given settings folder, nowhere else.
        assertEquals(List.of(TestData.seedA().toAbsolutePath()), Settings.in(settingsFolder).recent());
    }

    @Test
    void menusHaveMnemonicsCheckItemsAndHelpAndCtrlRSaysWhenNothingWasRemoved(FxRobot robot) throws Exception {
        var bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        assertEquals(List.of("_File", "_Edit", "_Go", "_View", "_Article", "_Help"), bar.getMenus().stream().map(m -> m.getText()).toList());
        assertTrue(bar.getMenus().stream().allMatch(m -> m.isMnemonicParsing()), "Alt+F and the others");
        var view = bar.getMenus().get(3).getItems();
        assertTrue(view.stream().filter(i -> i instanceof javafx.scene.control.CheckMenuItem).map(i -> i.getText()).toList()
                .containsAll(List.of("_Lock Scrolling by Alignment", "Side _Panel", "_Dark Theme", "Show _Removed Site Chrome")));
        assertEquals(List.of("_Keys", "What the _Marks Mean", "_About Parallax"), bar.getMenus().get(5).getItems().stream()
                .filter(i -> !(i instanceof javafx.scene.control.SeparatorMenuItem)).map(i -> i.getText()).toList());

        Path a = Files.writeString(dir.resolve("plain-a.txt"), "The council approved the budget on Monday.\n\nIt takes effect in May.\n");
        Path b = Files.writeString(dir.resolve("plain-b.txt"), "The council approved the budget on Monday.\n\nProtests followed.\n");
        robot.interact(() -> window.open(List.of(a, b)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.comparisonProperty().get() != null && model.semanticProperty().get());
        model.awaitIdle();
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#export-button").queryAs(Button.class).isDisabled(), "a comparison to export");
        robot.interact(() -> window.left().scroll().requestFocus());
        // Every line the status bar shows (indexing for search may finish and replace it a moment later).
        List<String> shown = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.lookup("#status").queryAs(Label.class).textProperty().addListener((o, was, now) -> shown.add(now));
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.R).release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown.contains("Nothing was removed from these reports: they are shown whole"), shown.toString());
    }
}

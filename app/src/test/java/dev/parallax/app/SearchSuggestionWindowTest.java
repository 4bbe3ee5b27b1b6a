package dev.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The search list offers the indexed spelling of a misspelled query as a link that runs it. */
@ExtendWith(ApplicationExtension.class)
class SearchSuggestionWindowTest {
    @TempDir
    static Path dir;

    private ReaderModel model;
    private ReaderWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path a = Files.writeString(dir.resolve("harbour.txt"), "Harbour council approves the ferry line\n\n"
                + "The council approved the ferry line on Tuesday, said Margarethe Olsson, its chair.\n");
        Path b = Files.writeString(dir.resolve("ferry.txt"), "Ferry line to the islands wins approval\n\n"
                + "Margarethe Olsson said the council voted seven to two on Tuesday.\n");
        model = new ReaderModel(Workspace::inMemory);
        window = new ReaderWindow(stage, model, Settings.inMemory());
        stage.setScene(window.scene(1260, 780));
        stage.show();
        window.open(List.of(a, b));
    }

    private void searchAndWait(FxRobot robot, String query) throws Exception {
        robot.interact(() -> window.side().search(query));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> query.equals(model.lastSearchProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aMisspelledQueryShowsAClickableSuggestionAndACorrectOneNone(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.comparisonProperty().get() != null);
        searchAndWait(robot, "Olson");
        Hyperlink link = robot.lookup("#did-you-mean").queryAs(Hyperlink.class);
        assertTrue(link.isVisible());
        assertEquals("Did you mean “Olsson”?", link.getText());
        assertEquals("No hits for “Olson”.", robot.lookup("#no-hits").queryAs(Label.class).getText());
        assertTrue(model.statusProperty().get().endsWith("Did you mean “Olsson”?"), model.statusProperty().get());

        robot.clickOn("#did-you-mean");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "Olsson".equals(model.lastSearchProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Olsson", window.side().queryField().getText(), "the suggestion is what was searched");
        assertEquals(2, model.hits().size());
        assertFalse(link.isVisible(), "a correct query gets no suggestion");
        assertTrue(model.statusProperty().get().startsWith("2 hits"), model.statusProperty().get());
    }
}

package dev.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.TestData;
import dev.parallax.compare.event.Event;
import dev.parallax.compare.event.Member;
import dev.parallax.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The reader on a folder of three reports of one event: the coverage grid. */
@ExtendWith(ApplicationExtension.class)
class CoverageWindowTest {
    private static final Path EVENT = TestData.reports("bridge-event");
    private ReaderModel model;
    private ReaderWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        model = new ReaderModel(Workspace::inMemory);
        window = new ReaderWindow(stage, model, Settings.inMemory());
        stage.setScene(window.scene(1400, 860));
        stage.show();
        window.open(List.of(EVENT)); // a folder of one event
    }

    private Event awaitEvent() throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> model.eventProperty().get() != null
                && model.statusProperty().get().contains("wording and meaning"));
        model.awaitIdle();
        WaitForAsyncUtils.waitForFxEvents();
        return model.eventProperty().get();
    }

    @Test
    void aFolderOfThreeReportsOpensOnTheGridAndACellOpensThePairAtThatPassage(FxRobot robot) throws Exception {
        Event event = awaitEvent();
        assertEquals(3, event.articles().size());
        TabPane views = robot.lookup("#views").queryAs(TabPane.class);
        assertEquals("Coverage", views.getSelectionModel().getSelectedItem().getText(), "the grid shows first");
        assertTrue(window.coverage().passages().isFocused(), "with the focus in it");

        var grid = window.coverage().passages();
        assertEquals(3, grid.getColumns().size(), "one column per report");
        assertEquals(event.groups().size() + event.unique().size(), grid.getItems().size(),
                "one row per group and per unique passage");
        assertFalse(event.groups().isEmpty(), "three reports of one event share passages");
        // Rows follow reading order: the first report's passages in its own order.
        int last = -1;
        for (CoverageView.Row row : grid.getItems()) {
            Member first = row.members().getFirst();
            if (first.article() == 0) {
                assertTrue(first.span().start() > last, "rows of the first report in its reading order");
                last = first.span().start();
            }
        }
        // Cells are coloured by kind; shared and unique rows both show.
        List<Node> cells = robot.lookup(".grid-cell").queryAll().stream()
                .filter(n -> ((TableCell<?, ?>) n).getItem() != null).toList();
        assertFalse(cells.isEmpty());
        assertTrue(cells.stream().anyMatch(n -> n.getStyleClass().stream().anyMatch(s -> s.startsWith("kind-")
                && !s.equals("kind-unique"))), "shared passages are marked by kind");
        assertTrue(cells.stream().allMatch(n -> n.getStyleClass().stream().anyMatch(s -> s.startsWith("kind-"))));
        // Cells show the whole wording, wrapped: a long passage takes more than one line.
        assertTrue(cells.stream().anyMatch(n -> ((TableCell<?, ?>) n).getGraphic() instanceof SafeWrapFlow f
                && f.getHeight() > 2.5 * f.flow().getChildren().stream().mapToDouble(t -> ((javafx.scene.text.Text) t).getFont().getSize()).max().orElse(99)),
                "a wrapped cell");
        assertTrue(cells.stream().allMatch(n -> !(((TableCell<?, ?>) n).getGraphic() instanceof SafeWrapFlow f)
                || f.getHeight() <= ((TableCell<?, ?>) n).getHeight()), "no cell cut off");
        // The same letter and outlet in the matrix and the columns; the pair's side panel steps aside.
        assertTrue(grid.getColumns().getFirst().getText().startsWith("A · "), grid.getColumns().getFirst().getText());
        assertTrue(robot.lookup(".matrix-head").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> l.getText().equals(grid.getColumns().getFirst().getText())));
        assertEquals(null, window.side().getScene(), "no pair panel beside the grid");

        // Choosing a cell of a shared passage opens that pair side by side, at that passage.
        int rowIndex = -1;
        for (int i = 0; i < grid.getItems().size(); i++) {
            if (grid.getItems().get(i).group() != null) {
                rowIndex = i;
                break;
            }
        }
        CoverageView.Row row = grid.getItems().get(rowIndex);
        Member chosen = row.members().getFirst();
        Member other = row.members().get(1);
        int target = rowIndex;
        robot.interact(() -> grid.scrollTo(target));
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup(".grid-cell").queryAll().stream()
                .filter(n -> chosen.equals(((TableCell<?, ?>) n).getItem())).findFirst().orElseThrow();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.comparisonProperty().get() != null
                && model.leftProperty().get() == model.eventArticles().get(chosen.article())
                && model.rightProperty().get() == model.eventArticles().get(other.article()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Side by side", views.getSelectionModel().getSelectedItem().getText());
        assertNotNull(window.side().getScene(), "the side panel is back with the pair");
        assertNotNull(window.left().article());
        assertTrue(robot.lookup("#pane-a .article-source").queryAs(javafx.scene.control.Label.class).getText()
                .startsWith(dev.parallax.article.ArticleIds.of(chosen.article()) + " · "), "the grid's letter on the pane");
        assertEquals(model.eventArticles().get(chosen.article()).analyzed().article().path(), window.left().article().path());
    }

    @Test
    void theEventExportsAsSchemaTwoJson(FxRobot robot) throws Exception {
        awaitEvent();
        Path target = dir.resolve("event.json");
        robot.interact(() -> model.export(target, true));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(target));
        model.awaitIdle();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(target.toFile());
        assertEquals(2, json.get("schema").asInt());
        assertEquals(3, json.get("articles").size());
        assertTrue(json.get("coverage").has("A"));
    }
}

package dev.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.TestData;
import dev.parallax.workspace.Workspace;
import dev.parallax.index.IndexedArticle;
import dev.parallax.story.Related;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The library view: seven loaded reports of three events grouped into stories, a story opened, related reports. */
@ExtendWith(ApplicationExtension.class)
class StoriesWindowTest {
    private ReaderModel model;
    private ReaderWindow window;

    @Start
    void start(Stage stage) {
        model = new ReaderModel(Workspace::inMemory);
        window = new ReaderWindow(stage, model, Settings.inMemory());
        stage.setScene(window.scene(1400, 860));
        stage.show();
        window.open(List.of(TestData.reports("bridge-event").resolve("wire.txt"),
                TestData.reports("bridge-event").resolve("daily.txt"), TestData.seedA(), TestData.seedB(),
                TestData.reports("arabic-pair").resolve("1.txt"), TestData.reports("arabic-pair").resolve("2.txt"),
                TestData.reports("bridge-event").resolve("tribune.txt")));
    }

    private static Set<String> names(List<IndexedArticle> articles) {
        return articles.stream().map(a -> Path.of(a.key()).getFileName().toString()).collect(Collectors.toSet());
    }

    @Test
    void theLibraryGroupsIntoStoriesAndAStoryOpensOnTheGrid(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.library().size() == 7);
        model.awaitIdle();
        robot.interact(() -> window.showStories());
        TabPane views = robot.lookup("#views").queryAs(TabPane.class);
        assertEquals("Stories", views.getSelectionModel().getSelectedItem().getText());
        robot.clickOn("#group-stories");
        StoriesView view = window.stories();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> view.tree().getRoot().getChildren().size() == 3);
        TreeItem<Object> first = view.tree().getRoot().getChildren().getFirst();
        StoryShelf.Entry story = (StoryShelf.Entry) first.getValue();
        assertEquals(Set.of("wire.txt", "daily.txt", "tribune.txt"), names(story.articles()), "largest story first");
        assertEquals(3, first.getChildren().size(), "a story lists its articles");

        robot.interact(() -> {
            view.tree().getSelectionModel().select(first);
            view.tree().requestFocus();
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> model.eventProperty().get() != null
                && model.eventProperty().get().articles().size() == 3);
        assertEquals(Set.of("wire.txt", "daily.txt", "tribune.txt"),
                model.eventArticles().stream().map(a -> Path.of(a.key()).getFileName().toString())
                        .collect(Collectors.toSet()), "the story opens as an event of its reports");
    }

    @Test
    void otherReportsOfTheStoryOfReportAAreRankedWithReasons(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.library().size() == 7);
        model.awaitIdle();
        IndexedArticle wire = model.library().stream().filter(a -> a.key().endsWith("wire.txt")).findFirst().orElseThrow();
        robot.interact(() -> {
            model.leftProperty().set(wire);
            window.showStories();
        });
        robot.clickOn("#related-stories");
        StoriesView view = window.stories();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !view.tree().getRoot().getChildren().isEmpty()
                && view.tree().getRoot().getChildren().getFirst().getValue() instanceof Related);
        List<Related> ranked = view.tree().getRoot().getChildren().stream().map(i -> (Related) i.getValue()).toList();
        assertEquals(Set.of("daily.txt", "tribune.txt"), ranked.subList(0, 2).stream()
                .map(r -> Path.of(r.article().article().path()).getFileName().toString()).collect(Collectors.toSet()));
        assertTrue(ranked.get(0).sameStory() && ranked.get(1).sameStory());
        assertTrue(ranked.stream().skip(2).noneMatch(Related::sameStory));
        assertTrue(ranked.get(0).reasons().contains("quotations shared"), ranked.get(0).reasons());

        robot.interact(() -> {
            view.tree().getSelectionModel().select(0);
            view.tree().requestFocus();
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.rightProperty().get() != null
                && model.rightProperty().get().analyzed() == ranked.get(0).article());
    }
}

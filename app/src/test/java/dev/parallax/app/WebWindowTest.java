package dev.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.TestData;
import dev.parallax.workspace.Workspace;
import dev.parallax.index.IndexedArticle;
import dev.parallax.article.Article;
import dev.parallax.ingest.web.LoopbackSite;
import dev.parallax.ingest.web.Snapshot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window opening web pages from a server on 127.0.0.1: beside a file, cancelled, and against an earlier version. */
@ExtendWith(ApplicationExtension.class)
class WebWindowTest {
    private ReaderModel model;
    private final LoopbackSite site = new LoopbackSite();

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        model = new ReaderModel(Workspace::inMemory);
        ReaderWindow window = new ReaderWindow(stage, model, Settings.inMemory());
        stage.setScene(window.scene(1200, 760));
        stage.show();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private static String story(String hours) {
        return LoopbackSite.article("Talks collapse",
                "Negotiators left the building after " + hours + " of talks on Friday, officials said.",
                "The ministry said the figures would be reviewed again next week by an independent panel.");
    }

    private Article article(javafx.beans.property.ObjectProperty<IndexedArticle> side) {
        return side.get() == null ? null : side.get().analyzed().article();
    }

    @Test
    void anAddressOpensBesideAFileAndIsCompared() throws Exception {
        model.web().useSnapshots(dir.resolve("snapshots"));
        site.html("/talks", story("12 hours"));
        WaitForAsyncUtils.asyncFx(() -> model.web().open(List.of(site.url("/talks"), TestData.seedA().toString())));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.comparisonProperty().get() != null);
        Article a = article(model.leftProperty());
        assertEquals(site.url("/talks"), a.path());
        assertNotNull(a.metadata().web());
        assertTrue(article(model.rightProperty()).path().endsWith("000_1892a7c5b9cc6f21.txt"));
        assertTrue(Files.isDirectory(dir.resolve("snapshots/blobs")));
    }

    @Test
    void aSlowFetchCanBeCancelledAndKeepsNothing(FxRobot robot) throws Exception {
        model.web().useSnapshots(dir.resolve("snapshots"));
        site.handle("/slow", ex -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        WaitForAsyncUtils.asyncFx(() -> model.web().open(List.of(site.url("/slow"))));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#cancel-fetch").query().isVisible() && !site.requests.isEmpty());
        robot.clickOn("#cancel-fetch");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.web().fetchingProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.problems().stream().anyMatch(p -> p.startsWith("Fetching stopped")), model.problems().toString());
        assertFalse(robot.lookup("#cancel-fetch").query().isVisible());
        assertFalse(Files.exists(dir.resolve("snapshots")));
        assertTrue(model.library().isEmpty());
    }

    @Test
    void anEarlierVersionOpensOnTheLeft() throws Exception {
        model.web().useSnapshots(dir.resolve("snapshots"));
        AtomicReference<String> page = new AtomicReference<>(story("12 hours"));
        site.handle("/live", ex -> LoopbackSite.send(ex, 200, "text/html", page.get().getBytes(StandardCharsets.UTF_8)));
        String url = site.url("/live");
        WaitForAsyncUtils.asyncFx(() -> model.web().open(List.of(url)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> model.library().size() == 1).get());
        page.set(story("14 hours"));
        WaitForAsyncUtils.asyncFx(() -> model.web().open(List.of(url)));
        // Read on the FX thread, which changes the library: from here it could be seen half replaced.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> model.library().size() == 1
                && model.library().getFirst().analyzed().text().contains("14 hours")).get());
        IndexedArticle current = model.library().getFirst();
        List<Snapshot> versions = model.web().versions(current);
        assertEquals(2, versions.size());
        WaitForAsyncUtils.asyncFx(() -> model.web().compareWithVersion(current, versions.getFirst()));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.comparisonProperty().get() != null
                && model.comparisonProperty().get().a().text().contains("12 hours"));
        assertEquals(versions.getFirst().sha256(), article(model.leftProperty()).metadata().web().sha256());
        assertTrue(model.comparisonProperty().get().b().text().contains("14 hours"));
    }
}

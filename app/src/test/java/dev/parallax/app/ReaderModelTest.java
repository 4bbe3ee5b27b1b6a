package dev.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.TestData;
import dev.parallax.compare.Comparison;
import dev.parallax.compare.event.Event;
import dev.parallax.index.IndexedArticle;
import dev.parallax.text.Span;
import dev.parallax.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's model without a window: it runs its work on a synchronous executor on the FX thread, so
 * once the FX queue is drained every step of a command (read, wording, meaning) has run, in order, and
 * what it shows, what it reuses and where it points can be checked directly.
 */
@ExtendWith(ApplicationExtension.class)
class ReaderModelTest {
    @TempDir
    Path dir;

    private ReaderModel model;

    @Start
    void start(Stage stage) {
        // no window: the toolkit is all this test needs
    }

    @AfterEach
    void close() throws Exception {
        if (model != null) {
            ReaderModel closing = model;
            fx(() -> {
                closing.close();
                return null;
            });
        }
    }

    private static <T> T fx(Callable<T> step) throws Exception {
        return WaitForAsyncUtils.asyncFx(step).get(300, TimeUnit.SECONDS);
    }

    /**
     * Runs a command on the FX thread and lets it finish: the work itself ran inside the call, and each
     * step's result lands through the FX queue (a Task always posts it), which may start the next step.
     */
    private void act(Runnable command) throws Exception {
        fx(() -> {
            command.run();
            return null;
        });
        do {
            WaitForAsyncUtils.waitForFxEvents();
        } while (fx(() -> model.runningProperty().get() != null));
    }

    private ReaderModel synchronous(java.util.function.Function<java.util.function.Consumer<String>, Workspace> workspaces)
            throws Exception {
        return fx(() -> new ReaderModel(workspaces, Runnable::run));
    }

    private List<Path> twoReports() throws Exception {
        return List.of(Files.copy(TestData.seedA(), dir.resolve("a.txt")), Files.copy(TestData.seedB(), dir.resolve("b.txt")));
    }

    @Test
    void openingTwoReportsComparesThemOnWordingThenOnMeaning() throws Exception {
        model = synchronous(Workspace::inMemory);
        List<Path> files = twoReports();
        act(() -> {
            model.open(files);
        });
        assertEquals(2, model.library().size());
        Comparison c = model.comparisonProperty().get();
        assertNotNull(c, "compared by the time open returned");
        assertSame(model.leftProperty().get().analyzed(), c.a());
        assertSame(model.rightProperty().get().analyzed(), c.b());
        assertTrue(model.semanticProperty().get(), "the refined comparison is the one shown");
        assertTrue(model.statusProperty().get().startsWith("Compared on wording"), model.statusProperty().get());
        assertNull(model.runningProperty().get(), "nothing left running");
        assertEquals(List.of(), model.problems());
    }

    @Test
    void theEventsPairsAreShownWithoutComparingAgain() throws Exception {
        model = synchronous(Workspace::inMemory);
        act(() -> {
            model.open(List.of(TestData.reports("bridge-event")));
        });
        Event event = model.eventProperty().get();
        assertNotNull(event);
        List<IndexedArticle> members = model.eventArticles();
        assertEquals(event.articles().size(), members.size());
        assertSame(event.pair(0, 1), model.comparisonProperty().get(), "the first pair is the event's own");
        act(() -> {
            model.rightProperty().set(members.get(2));
        });
        assertSame(event.pair(0, 2), model.comparisonProperty().get(), "another pair, also the event's");
        act(() -> { // B before A in the event: the pair view compares them in that order itself
            model.leftProperty().set(members.get(2));
            model.rightProperty().set(members.get(1));
        });
        Comparison reversed = model.comparisonProperty().get();
        assertSame(members.get(2).analyzed(), reversed.a());
        assertSame(members.get(1).analyzed(), reversed.b());
    }

    @Test
    void aNavigationWaitsForItsPairsComparison() throws Exception {
        model = synchronous(Workspace::inMemory);
        act(() -> {
            model.open(List.of(TestData.reports("bridge-event")));
        });
        List<IndexedArticle> members = model.eventArticles();
        Span inA = new Span(0, 10);
        Span inB = new Span(5, 20);
        act(() -> {
            model.navigate(members.get(1), members.get(2), inA, inB);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(members.get(1), model.leftProperty().get());
        assertSame(members.get(2), model.rightProperty().get());
        assertEquals(new Selection(-1, inA, inB), model.selectionProperty().get());

        Span again = new Span(30, 40);
        act(() -> model.navigate(null, null, null, again)); // the pair shown: at once
        assertEquals(Selection.at(null, again), model.selectionProperty().get());
        act(() -> model.choose(3));
        assertEquals(Selection.match(3), model.selectionProperty().get());
        act(() -> {
            model.clearSelection();
        });
        assertEquals(Selection.NONE, model.selectionProperty().get());
    }

    @Test
    void anUnusableLibraryIsANoticeAndTheReaderStillWorks() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("index"), "not an index");
        model = synchronous(notices -> Workspace.open(notAFolder, Duration.ZERO, notices));
        List<Path> files = twoReports();
        act(() -> {
            model.open(files);
        });
        assertEquals(1, model.problems().size(), model.problems().toString());
        assertTrue(model.problems().getFirst().contains("working without it this time"), model.problems().getFirst());
        assertNotNull(model.comparisonProperty().get());
        // indexing follows the first view; then search answers from the index in memory
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            act(() -> {
                model.search("Blinken");
            });
            return !model.hits().isEmpty();
        });
        assertFalse(model.hits().isEmpty());
    }

    @Test
    void aFolderOfMoreReportsThanOneEventTakesComparesTheFirstTwoAndSaysWhy() throws Exception {
        model = synchronous(Workspace::inMemory);
        Path folder = Files.createDirectory(dir.resolve("notes"));
        int count = Workspace.MAX_EVENT + 1;
        for (int i = 0; i < count; i++) { // short notes, each told once: no story joins them
            Files.writeString(folder.resolve(String.format("note-%03d.txt", i)), "Note " + i + "\n\nThe meeting number "
                    + i + " was held on the river bank, and everyone who came agreed to meet again soon.\n");
        }
        act(() -> {
            model.open(List.of(folder));
        });
        assertEquals(count, model.library().size());
        assertNull(model.eventProperty().get(), "no event of every pair");
        assertNotNull(model.comparisonProperty().get(), "the first two are compared");
        assertTrue(model.leftProperty().get().key().endsWith("note-000.txt"), model.leftProperty().get().key());
        assertTrue(model.rightProperty().get().key().endsWith("note-001.txt"), model.rightProperty().get().key());
        assertEquals(1, model.problems().size(), model.problems().toString());
        assertTrue(model.problems().getFirst().startsWith(count + " articles were opened: too many to compare as one event"),
                model.problems().getFirst());
    }
}

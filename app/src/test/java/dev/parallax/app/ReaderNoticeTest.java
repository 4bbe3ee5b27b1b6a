package dev.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.TestData;
import dev.parallax.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window opened on a folder with bad files beside readable reports, one of them hostile and one damaged:
 * each bad file (and the damaged one) becomes a notice, the first two good ones are still compared, and the
 * hostile markup is shown as text.
 */
@ExtendWith(ApplicationExtension.class)
class ReaderNoticeTest {
    @TempDir
    static Path dir;

    private static Path folder;
    private ReaderModel model;

    private static final String HOSTILE = "Officials said </textarea><script>alert(1)</script> was found "
            + "in the page, and <img src=x onerror=alert(2)> too.";

    @BeforeAll
    static void files() throws Exception {
        folder = Files.createDirectories(dir.resolve("in"));
        Files.copy(TestData.seedA(), folder.resolve("a.txt"));
        Files.writeString(folder.resolve("b.txt"), Files.readString(TestData.seedB()) + "\n" + HOSTILE + "\n");
        Files.writeString(folder.resolve("empty.txt"), "");
        Files.write(folder.resolve("scan.html"), "%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.createSymbolicLink(folder.resolve("gone.txt"), dir.resolve("nowhere.txt"));
        byte[] damaged = Files.readAllBytes(TestData.seedA());
        damaged[damaged.length / 2] = (byte) 0xFF;
        Files.write(folder.resolve("c.txt"), damaged);
    }

    @Start
    void start(Stage stage) {
        model = new ReaderModel(Workspace::inMemory);
        ReaderWindow window = new ReaderWindow(stage, model, Settings.inMemory());
        stage.setScene(window.scene(1260, 780));
        stage.show();
        window.open(List.of(folder));
    }

    @Test
    void badFilesBecomeNoticesAndTheGoodOnesAreStillComparedWithMarkupShownAsText(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.comparisonProperty().get() != null);
        model.awaitIdle();
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> expected = Set.of(
                folder.resolve("gone.txt") + ": a symbolic link to a file that does not exist; skipped",
                folder.resolve("empty.txt") + ": empty file (0 bytes): nothing to read",
                folder.resolve("scan.html") + ": looks like a PDF document, not an article; Parallax reads plain text "
                        + "and saved HTML pages",
                folder.resolve("c.txt") + ": 1 byte is not valid UTF-8 and shows as \uFFFD; the file may be damaged or in "
                        + "another encoding");
        assertEquals(expected, Set.copyOf(model.problems()));

        Label notice = robot.lookup(".notice").queryAs(Label.class);
        assertNotNull(notice);
        assertTrue(notice.isVisible(), "the notice shows");
        assertEquals("⚠ " + model.problems().getLast() + "  (+3 more)", notice.getText());

        Set<String> compared = Set.of(model.comparisonProperty().get().a().article().path(),
                model.comparisonProperty().get().b().article().path());
        assertEquals(Set.of(folder.resolve("a.txt").toString(), folder.resolve("b.txt").toString()), compared);

        String shown = robot.lookup("#pane-b .body-text").queryAllAs(Text.class).stream().map(Text::getText)
                .collect(Collectors.joining());
        assertTrue(shown.contains("</textarea><script>alert(1)</script>"), "the markup is shown as text");
        assertTrue(shown.contains("<img src=x onerror=alert(2)>"), "the markup is shown as text");
        assertTrue(robot.lookup(n -> n.getClass().getName().startsWith("javafx.scene.web")).queryAll().isEmpty(),
                "no web view: nothing in the window can run article code");
    }
}

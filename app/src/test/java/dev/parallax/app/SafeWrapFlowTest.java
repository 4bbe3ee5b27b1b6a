package dev.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Arabic paragraphs from the SemEval corpus, cut into runs of mixed fonts at random places (as passage
 * boundaries cut them), laid out at many widths: no layout error, every line within the width, and the
 * text shown differs from the text given only by line breaks in place of spaces.
 */
@ExtendWith(ApplicationExtension.class)
class SafeWrapFlowTest {
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private final List<SafeWrapFlow> flows = new ArrayList<>();
    private ScrollPane scroll;
    private static List<String> paragraphs;

    @BeforeAll
    static void corpus() throws Exception {
        paragraphs = arabicParagraphs(400);
    }

    @Start
    void start(Stage stage) throws Exception {
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> errors.add(e));
        Random random = new Random(7);
        VBox box = new VBox();
        for (String paragraph : paragraphs) {
            List<Text> runs = new ArrayList<>();
            for (int from = 0; from < paragraph.length(); ) {
                int to = Math.min(paragraph.length(), from + 1 + random.nextInt(120));
                Text run = new Text(paragraph.substring(from, to));
                run.setFont(Font.font("Noto Serif", random.nextBoolean() ? FontWeight.BOLD : FontWeight.NORMAL, 15));
                runs.add(run);
                from = to;
            }
            SafeWrapFlow flow = new SafeWrapFlow(runs.toArray(Text[]::new));
            flows.add(flow);
            box.getChildren().add(flow);
        }
        scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        // The stage keeps its size (Monocle's headless screen does not take every window size); the
        // pane narrows and widens inside it.
        javafx.scene.layout.StackPane root = new javafx.scene.layout.StackPane(scroll);
        root.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        stage.setScene(new Scene(root, 1300, 700));
        stage.show();
    }

    private static List<String> arabicParagraphs(int limit) throws Exception {
        Path pairs = TestData.corpus("semeval2022-task8-arabic").resolve("pairs");
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(pairs)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readString(file).split("\n")) {
                    if (!line.isBlank() && out.size() < limit) {
                        out.add(line.strip());
                    }
                }
            }
        }
        return out;
    }

    @Test
    void rightToLeftParagraphsWrapAtEveryWidthWithoutError(FxRobot robot) {
        assertTrue(flows.size() >= 100, "corpus paragraphs found");
        for (double width : new double[] {260, 333, 517, 777, 1200}) {
            robot.interact(() -> scroll.setMaxWidth(width));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                for (SafeWrapFlow flow : flows) {
                    StringBuilder shown = new StringBuilder();
                    flow.texts().forEach(n -> shown.append(((Text) n).getText()));
                    String given = flow.plainText();
                    assertEquals(given.length(), shown.length());
                    for (int i = 0; i < given.length(); i++) {
                        char g = given.charAt(i);
                        char s = shown.charAt(i);
                        assertTrue(g == s || g == ' ' && s == '\n', "only spaces become line breaks");
                    }
                    double available = flow.getWidth() - flow.snappedLeftInset() - flow.snappedRightInset();
                    double widest = flow.texts().stream().mapToDouble(n -> n.getBoundsInLocal().getWidth()).max().orElse(0);
                    // JavaFX wraps text without right-to-left letters itself (and lets trailing spaces hang).
                    assertTrue(widest <= available + 1 || !LineBreaks.needed(given),
                            () -> "a line is wider than the flow: " + widest + " > " + available);
                }
            });
        }
        assertTrue(errors.isEmpty(), () -> "layout errors: " + errors);
    }
}

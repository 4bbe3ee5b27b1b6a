package dev.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.TestData;
import dev.parallax.compare.Comparison;
import dev.parallax.compare.MatchKind;
import dev.parallax.workspace.Workspace;
import dev.parallax.text.TextFolding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The reader on a real stage (headless Monocle in CI), opened on the two seed reports. */
@ExtendWith(ApplicationExtension.class)
class ReaderWindowTest {
    private ReaderModel model;
    private ReaderWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        model = new ReaderModel(Workspace::inMemory);
        window = new ReaderWindow(stage, model, Settings.inMemory());
        stage.setScene(window.scene(1260, 780));
        stage.show();
        window.open(List.of(TestData.seedA(), TestData.seedB()));
    }

    /** Waits until the comparison (refined with the embedding model) is on screen. */
    private void awaitComparison() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> model.comparisonProperty().get() != null && model.semanticProperty().get());
        model.awaitIdle();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void opensOnTheSeedsWithBothTitlesAndHighlightsOfEveryKindPresent(FxRobot robot) throws Exception {
        awaitComparison();
        Set<String> titles = robot.lookup(".article-title").queryAllAs(javafx.scene.text.Text.class).stream()
                .map(javafx.scene.text.Text::getText).collect(Collectors.toSet());
        assertTrue(titles.contains("Blinken questions China peace push over Russia help"), titles.toString());
        assertTrue(titles.stream().anyMatch(t -> t.startsWith("Blinken Says China's Talk")), titles.toString());
        Set<MatchKind> present = EnumSet.noneOf(MatchKind.class);
        model.comparisonProperty().get().matches().forEach(m -> present.add(m.kind()));
        assertFalse(present.isEmpty());
        for (MatchKind kind : present) {
            assertFalse(robot.lookup(".passage." + kind.label()).queryAll().isEmpty(), "no " + kind + " highlight");
            assertFalse(robot.lookup(".mark." + kind.label()).queryAll().isEmpty(), "no " + kind + " tint");
        }
        assertFalse(robot.lookup(".passage.unique").queryAll().isEmpty(), "unique passages are marked");
        assertFalse(robot.lookup(".band").queryAll().isEmpty(), "the gutter connects matched passages");
    }

    /** A point on the first character of a text run, in screen coordinates (a run may wrap over lines). */
    private static javafx.geometry.Point2D firstCharacter(Text t) {
        javafx.scene.text.TextFlow flow = (javafx.scene.text.TextFlow) t.getParent();
        int at = 0;
        for (Node n : flow.getChildren()) {
            if (n == t) {
                break;
            }
            at += ((Text) n).getText().length();
        }
        var first = (javafx.scene.shape.MoveTo) flow.rangeShape(at, at + 1)[0];
        return flow.localToScreen(first.getX() + 3, first.getY() + 8);
    }

    /** Scrolls a pane so the run sits near the top of its viewport (the lock off, so nothing follows). */
    private void scrollNearTop(FxRobot robot, ArticleView view, Text target, double offset) {
        robot.interact(() -> {
            var scroll = view.scroll();
            var content = scroll.getContent();
            double y = content.sceneToLocal(target.localToScene(target.getBoundsInLocal())).getMinY();
            double range = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(range <= 0 ? 0 : Math.min(1, Math.max(0, (y - offset) / range)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static double screenY(Node n) {
        return n.localToScreen(n.getBoundsInLocal()).getMinY();
    }

    @Test
    void clickingAMatchedPassageSelectsItsCounterpartLevelWithItAndTheClickedSideStaysStill(FxRobot robot) throws Exception {
        awaitComparison();
        Text target = robot.lookup("#pane-a .passage.near").queryAllAs(Text.class).stream()
                .filter(t -> t.getText().contains("actually helping")).findFirst().orElseThrow();
        robot.interact(() -> window.setScrollLock(false));
        scrollNearTop(robot, window.left(), target, 200);
        double before = screenY(target);
        robot.clickOn(firstCharacter(target));
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> selectedInB = List.copyOf(robot.lookup("#pane-b .passage.selected").queryAll());
        assertFalse(selectedInB.isEmpty(), "the counterpart in B is selected");
        assertTrue(selectedInB.stream().anyMatch(n -> ((Text) n).getText().contains("are helping Putin")));
        assertTrue(window.diffBar().diffText().contains("actually"), window.diffBar().diffText());
        assertEquals(before, screenY(target), 0.5, "the clicked passage did not move");
        int selected = window.left().selected();
        double a = window.left().boundsOf(selected, window.left()).getMinY();
        double b = window.right().boundsOf(window.right().selected(), window.left()).getMinY();
        assertEquals(a, b, 2, "the counterpart starts level with the clicked passage");
        assertTrue(window.diffBar().heading().matches("NEAR · words shared \\d+%.* · difference \\d+ of \\d+"),
                window.diffBar().heading());
    }

    @Test
    void scrollLockKeepsMatchedPassagesLevelAndCtrlKTurnsItOff(FxRobot robot) throws Exception {
        awaitComparison();
        assertTrue(window.scrollLock(), "on at first");
        // A matched, unmoved passage of A brought to the anchor line (a third down): its counterpart follows it.
        dev.parallax.present.Mark h = window.left().highlights().stream().filter(x -> !x.isUnique() && !x.moved())
                .skip(3).findFirst().orElseThrow();
        int i = window.left().highlights().indexOf(h);
        robot.interact(() -> window.left().scrollToTop(window.left().boundsOf(i, window.left().content()).getMinY()
                - window.left().viewHeight() / 3));
        WaitForAsyncUtils.waitForFxEvents();
        int j = Gutter.indexOfMatch(window.right(), h.match());
        double a = window.left().boundsOf(i, window.left()).getMinY();
        double b = window.right().boundsOf(j, window.left()).getMinY();
        assertTrue(window.right().scroll().getVvalue() > 0, "B followed");
        assertEquals(a, b, 2, "the pair is level");
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.scrollLock());
        double bWas = window.right().scroll().getVvalue();
        robot.interact(() -> window.left().scroll().setVvalue(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(bWas, window.right().scroll().getVvalue(), 1e-9, "unlocked, B stays");
    }

    @Test
    void overviewStripsArePaintedWhenTheComparisonLandsAndAfterZoom(FxRobot robot) throws Exception {
        awaitComparison();
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup(".overview-strip .strip-mark").queryAll().isEmpty(), "painted without a resize");
        double before = firstStripMarkY(robot);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.EQUALS).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, window.zoomLevel(), "Ctrl+Shift+= zooms in, as Ctrl++ on a US keyboard");
        assertTrue(robot.lookup(".summary").queryAs(javafx.scene.control.Label.class).getFont().getSize() > 13.6,
                "the side panel grows too, not only the article text");
        assertFalse(robot.lookup(".overview-strip .strip-mark").queryAll().isEmpty());
        assertTrue(before >= 0 && firstStripMarkY(robot) >= 0);
    }

    private static double firstStripMarkY(FxRobot robot) {
        return robot.lookup("#pane-a").queryAs(ArticleView.class).getParent().lookupAll(".strip-mark").stream()
                .mapToDouble(n -> ((javafx.scene.shape.Rectangle) n).getY()).min().orElse(-1);
    }

    @Test
    void movedPassagesCarryTheExportsGlyph(FxRobot robot) throws Exception {
        awaitComparison();
        long moved = model.comparisonProperty().get().matches().stream().filter(m -> m.moved()).count();
        assertTrue(moved > 0, "the seeds have moved passages");
        assertEquals(2 * moved, robot.lookup(".moved-glyph").queryAll().size(), "one ⇅ per moved passage in each pane");
        assertTrue(robot.lookup(".moved-glyph").queryAllAs(Text.class).stream().allMatch(t -> t.getText().startsWith("⇅")));
    }

    @Test
    void focusStartsInPaneAAndUpDownMoveAPassageCursorShowingTheDiff(FxRobot robot) throws Exception {
        awaitComparison();
        assertTrue(window.left().scroll().isFocused(), "focus starts in pane A, not in the A picker");
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, window.left().selected(), "Down chooses the first passage, identical ones too");
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, window.left().selected());
        assertFalse(window.diffBar().heading().startsWith("Select"), "the detail bar shows the passage");
        robot.type(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, window.left().selected());
    }

    @Test
    void ctrlCCopiesTheChosenPassageAndItsCitationNamesTheSource(FxRobot robot) throws Exception {
        awaitComparison();
        robot.interact(() -> window.step(1));
        WaitForAsyncUtils.waitForFxEvents();
        String passage = window.left().highlights().get(window.left().selected()).span().of(window.left().article().text());
        robot.interact(() -> window.left().scroll().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(passage.strip(), clipboard(robot));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.C).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String cited = clipboard(robot);
        assertTrue(cited.startsWith("“" + passage.strip()), cited);
        assertTrue(cited.contains("Blinken questions China peace push over Russia help"), cited);
        assertTrue(cited.contains("000_1892a7c5b9cc6f21.txt"), "the file, as there is no URL: " + cited);
    }

    private static String clipboard(FxRobot robot) {
        String[] out = new String[1];
        robot.interact(() -> out[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        return out[0];
    }

    @Test
    void aParaphraseShowsBothSentencesOneAboveTheOther(FxRobot robot) throws Exception {
        awaitComparison();
        int i = -1;
        for (int k = 0; k < window.left().highlights().size(); k++) {
            if (window.left().highlights().get(k).kind() == MatchKind.PARAPHRASE) {
                i = k;
                break;
            }
        }
        assertTrue(i >= 0, "the seeds have a paraphrase");
        int chosen = i;
        robot.interact(() -> window.select(window.left(), chosen));
        String[] lines = window.diffBar().diffText().split("\n");
        assertEquals(2, lines.length, window.diffBar().diffText());
        String a = window.left().highlights().get(chosen).span().of(window.left().article().text());
        String b = window.right().highlights().get(window.right().selected()).span().of(window.right().article().text());
        // Words both share are shown as A writes them: compared with typography folded.
        assertEquals(TextFolding.fold("A  " + a).replaceAll("\\s+", ""), TextFolding.fold(lines[0]).replaceAll("\\s+", ""));
        assertEquals(TextFolding.fold("B  " + b).replaceAll("\\s+", ""), TextFolding.fold(lines[1]).replaceAll("\\s+", ""));
    }

    @Test
    void f7WrapsPastTheLastDifferenceAndSaysSo(FxRobot robot) throws Exception {
        awaitComparison();
        long differences = window.left().highlights().stream()
                .filter(h -> h.isUnique() || h.kind() != MatchKind.IDENTICAL).count();
        for (int i = 0; i < differences; i++) {
            robot.interact(() -> window.step(1));
        }
        assertTrue(window.diffBar().heading().endsWith("difference " + differences + " of " + differences),
                window.diffBar().heading());
        robot.interact(() -> window.step(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.diffBar().heading().contains("difference 1 of " + differences), window.diffBar().heading());
        assertTrue(window.diffBar().heading().contains("wrapped"), window.diffBar().heading());
        assertTrue(robot.lookup("#status").queryAs(javafx.scene.control.Label.class).getText().contains("Wrapped"));
    }

    @Test
    void f7MovesToTheNextDifferenceAndShiftF7Back(FxRobot robot) throws Exception {
        awaitComparison();
        assertEquals(-1, window.left().selected());
        robot.type(KeyCode.F7);
        WaitForAsyncUtils.waitForFxEvents();
        int first = window.left().selected();
        assertTrue(first >= 0, "F7 selects the first difference");
        robot.type(KeyCode.F7);
        WaitForAsyncUtils.waitForFxEvents();
        int second = window.left().selected();
        assertTrue(second > first);
        assertNotEquals(MatchKind.IDENTICAL, window.left().highlights().get(second).kind());
        robot.press(KeyCode.SHIFT).type(KeyCode.F7).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first, window.left().selected());
    }

    @Test
    void searchingWarMachineListsBothReports(FxRobot robot) throws Exception {
        awaitComparison();
        robot.interact(() -> window.side().focusSearch());
        robot.interact(() -> window.side().queryField().setText("war machine"));
        robot.clickOn("#search-field").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.hits().size() >= 2);
        Set<String> articles = model.hits().stream().map(h -> Path.of(h.key()).getFileName().toString())
                .collect(Collectors.toSet());
        assertEquals(Set.of("000_1892a7c5b9cc6f21.txt", "002_662e5159e07f3f7b.txt"), articles);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#search-hits .hit-mark").queryAll().isEmpty(), "the hit is marked in the list");
    }

    @Test
    void aComparisonOfTheSameReportsShownAgainKeepsTheReadersPlace(FxRobot robot) throws Exception {
        awaitComparison();
        Comparison shown = model.comparisonProperty().get();
        String textA = window.left().article().text();
        int at = textA.indexOf("war machine");
        assertTrue(at > 0);
        dev.parallax.text.Span hit = new dev.parallax.text.Span(at, at + "war machine".length());
        robot.interact(() -> {
            window.left().focus(hit);
            window.step(1);
            window.step(1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        ArticleView.Place before = window.left().place();
        int selectedB = window.right().selected();
        String detail = window.diffBar().diffText();
        assertTrue(before.selected() != null, "F7 twice selected a difference");
        // The refinement replaces the comparison with a new one of the same two reports (here: the same result).
        Comparison again = new Comparison(shown.articles(), shown.matches(), shown.unique(), shown.quotes(),
                shown.numbers(), shown.stats());
        robot.interact(() -> window.show(shown, again));
        WaitForAsyncUtils.waitForFxEvents();
        ArticleView.Place after = window.left().place();
        assertEquals(hit, after.focus(), "the focused search hit is kept");
        assertEquals(before.selected(), after.selected(), "the selected passage is kept");
        assertEquals(before.scroll(), after.scroll(), 1e-9, "the scroll position is kept");
        assertEquals(selectedB, window.right().selected(), "its counterpart stays selected");
        assertEquals(detail, window.diffBar().diffText());
        assertFalse(robot.lookup("#pane-a .focus").queryAll().isEmpty(), "the focus is still drawn");
    }

    @Test
    void exportWritesTheComparison(FxRobot robot) throws Exception {
        awaitComparison();
        Path target = dir.resolve("summary.html");
        robot.interact(() -> model.export(target, false));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(target));
        model.awaitIdle();
        String html = Files.readString(target);
        assertTrue(html.contains("Celso Amorim"));
        assertFalse(html.contains("<script"));
    }

    @Test
    void ctrlRShowsTheRemovedChromeOfBothReportsGreyed(FxRobot robot) throws Exception {
        awaitComparison();
        assertTrue(robot.lookup(".removed-block").queryAll().isEmpty(), "chrome is hidden at first");
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = robot.lookup(".removed-block").queryAllAs(SafeWrapFlow.class).stream()
                .map(SafeWrapFlow::plainText).toList();
        List<String> removed = new java.util.ArrayList<>(window.left().article().removed());
        removed.addAll(window.right().article().removed());
        assertFalse(removed.isEmpty());
        assertEquals(removed.size(), shown.size());
        assertTrue(shown.containsAll(removed));
        // Seed A's chrome is Arabic: it lays out right to left, next to an English story.
        assertTrue(robot.lookup(".removed-block").queryAllAs(SafeWrapFlow.class).stream()
                .anyMatch(f -> f.flow().getEffectiveNodeOrientation() == javafx.geometry.NodeOrientation.RIGHT_TO_LEFT));
        assertTrue(model.problems().isEmpty(), () -> "notices: " + model.problems());
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".removed-block").queryAll().isEmpty(), "Ctrl+R again hides it");
    }

    @Test
    void choosingAQuoteToldByBothShowsItInBothPanesAndItsWordingDiff(FxRobot robot) throws Exception {
        awaitComparison();
        var quotes = robot.lookup("#quotes-list").queryAs(javafx.scene.control.ListView.class);
        int row = -1;
        for (int i = 0; i < quotes.getItems().size(); i++) {
            var q = (dev.parallax.compare.QuoteMatch) quotes.getItems().get(i);
            if (q.a() != null && q.b() != null && q.variant()) {
                row = i;
            }
        }
        assertTrue(row >= 0, "the seeds share a quotation worded differently");
        int chosen = row;
        robot.interact(() -> {
            quotes.scrollTo(chosen);
            quotes.getSelectionModel().select(chosen);
        });
        WaitForAsyncUtils.waitForFxEvents();
        DiffBar bar = robot.lookup("#diff-bar").queryAs(DiffBar.class);
        var q = (dev.parallax.compare.QuoteMatch) quotes.getItems().get(chosen);
        // Words both share are shown once; A's own are struck out, B's own underlined.
        assertEquals(TextFolding.fold(q.a().of(window.left().article().text())).replaceAll("\\s+", ""),
                TextFolding.fold(textWithout(bar, "diff-insert")), "the bar reads as A's wording without B's words");
        assertEquals(TextFolding.fold(q.b().of(window.right().article().text())).replaceAll("\\s+", ""),
                TextFolding.fold(textWithout(bar, "diff-delete")), "and as B's without A's");
        assertFalse(robot.lookup("#diff-bar .diff-insert").queryAll().isEmpty()
                && robot.lookup("#diff-bar .diff-delete").queryAll().isEmpty(), "the wording differences are marked");
        // The row shows the whole quotation, wrapped, with its paragraph.
        String whole = q.a().of(window.left().article().text());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#quotes-list .row-text").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> l.getText().startsWith(whole) && l.getText().matches("(?s).*¶\\d+")), () -> "whole quotation, ¶: "
                + whole + " in " + robot.lookup("#quotes-list .row-text").queryAllAs(javafx.scene.control.Label.class)
                        .stream().map(javafx.scene.control.Label::getText).toList());
        // Copy with citation: the quotation, its speaker and its source.
        robot.interact(() -> quotes.requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.C).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String cited = clipboard(robot);
        assertTrue(cited.startsWith(whole.strip()) && cited.contains(q.speaker()), cited);
        // A quotation told by one report only: the previous pair's diff does not stay.
        int single = -1;
        for (int i = 0; i < quotes.getItems().size(); i++) {
            var other = (dev.parallax.compare.QuoteMatch) quotes.getItems().get(i);
            if (other.b() == null) {
                single = i;
            }
        }
        int one = single;
        robot.interact(() -> quotes.getSelectionModel().select(one));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#diff-bar .diff-insert").queryAll().isEmpty(), "no diff of the previous pair");
        assertFalse(robot.lookup("#pane-a .focus").queryAll().isEmpty());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".focus").queryAll().isEmpty(), "Esc clears the outline");
        assertTrue(robot.lookup(".focus-mark").queryAll().isEmpty());
    }

    @Test
    void aSearchWithoutHitsSaysSoAndOneHitIsSingular(FxRobot robot) throws Exception {
        awaitComparison();
        robot.interact(() -> window.side().search("Blnkenzzz"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "Blnkenzzz".equals(model.lastSearchProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("No hits for “Blnkenzzz”. Check the spelling, or try fewer words.",
                robot.lookup("#no-hits").queryAs(javafx.scene.control.Label.class).getText());
        robot.interact(() -> window.side().search("\"Celso Amorim\""));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "\"Celso Amorim\"".equals(model.lastSearchProperty().get()));
        assertTrue(model.statusProperty().get().matches("1 hit in 1 of 2 articles|\\d+ hits in .*"), model.statusProperty().get());
        if (model.hits().size() == 1) {
            assertTrue(model.statusProperty().get().startsWith("1 hit "));
        }
    }

    /** The detail bar's text without the words of one style (spaces left out). */
    private static String textWithout(DiffBar bar, String styleClass) {
        StringBuilder out = new StringBuilder();
        for (Node n : bar.lookupAll(".diff-text")) {
            if (!n.getStyleClass().contains(styleClass)) {
                out.append(((Text) n).getText());
            }
        }
        return out.toString().replaceAll("\\s+", "");
    }
}

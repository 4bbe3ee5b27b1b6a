package dev.parallax.app;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The Help menu's pages: the keys, what each mark means, and what Parallax is. */
final class HelpText {
    static final String KEYS = """
            F7 / Shift+F7 (Alt+↓ / Alt+↑)   next / previous difference (wraps round)
            ↑ / ↓ in a pane                 previous / next passage, its word diff below
            Click a passage                 it stays put; its counterpart comes level with it
            Esc                             clear the selection and every outline
            Ctrl+C / Ctrl+Shift+C           copy the chosen passage or row / with its citation
            Right click                     Copy, Copy with Citation, Search for This
            Ctrl+F                          search every loaded report (words, "a phrase", speaker:Name)
            Ctrl+K                          lock scrolling by alignment (on at first)
            F9                              show or hide the side panel (drag its edge to widen it)
            Ctrl+G                          side by side / coverage grid (three or more reports)
            Ctrl+= (Ctrl+Shift+=), Ctrl+−, Ctrl+0   bigger, smaller, actual size
            Ctrl+D                          dark theme
            Ctrl+R                          show the site chrome taken out of the pages
            Ctrl+Shift+L                    the change list: every passage, click one to go to it
            Drag, double-click, Shift+click  select text in a pane; Ctrl+C copies it
            Ctrl+O, Ctrl+Shift+O            open files, open a folder
            Ctrl+E                          export the comparison (HTML, Markdown, JSON)
            Alt+F, Alt+E, Alt+G, Alt+V, Alt+H   open a menu
            """;

    static final String MARKS = """
            Identical (blue, solid bar by the gutter): the same words in both reports, case and typography aside.
            Near (amber, solid bar): the same sentence edited; at least three quarters of the words kept in order, \
            or most of the shorter passage in verbatim runs of three words or more (a clause added or cut).
            Paraphrase (purple, dashed bar): the same statement in other words, judged by the wording and, for \
            English, by a meaning model; the chosen one is underlined.
            Tags before a passage, as in the export: "=" identical, "~" near, "≈" paraphrase, then the pair's \
            number, the same in both reports ("≈3" in A is "≈3" in B).
            Moved ⇅: the passage sits elsewhere in the other report's order (its band crosses others).
            Only in one (grey dashed bar on the outer edge): no counterpart in the other report.
            Words shared: the share of both passages' words kept in order (the word diff below the panes shows \
            them: struck out only in A, underlined only in B); an acronym counts as its words (UN, United Nations). \
            "Model" is apart: how sure the paraphrase model was that both say the same, not a share of words.
            """;

    static final String ABOUT = """
            Parallax puts news reports of the same event side by side and shows what they share, what each \
            reworded, what moved and what only one of them says.
            Everything runs on this computer; article text is only ever shown as text.
            """;

    private HelpText() {
    }

    static void show(Stage owner, String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Parallax — " + title);
        alert.setHeaderText(title);
        Label body = new Label(text.strip());
        body.setWrapText(true);
        body.getStyleClass().addAll("help-text", text.equals(KEYS) ? "help-keys" : "help-prose");
        alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        body.setMaxWidth(640);
        alert.getDialogPane().setContent(body);
        alert.show();
    }
}

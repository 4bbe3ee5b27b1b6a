package dev.parallax.app;

import dev.parallax.text.Span;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * Copying from the window: Ctrl+C and Ctrl+Shift+C (with a citation) take what the reader points at
 * (the side panel's row, the word-diff strip, text selected with the mouse, the chosen passage or outlined
 * span), and a pane's context menu offers Copy, Copy with Citation and Search for This for the selected
 * text, else for the passage. What was copied is said in the status line.
 */
final class PassageCopy {
    private final ReaderWindow window;
    private final Consumer<String> status;

    PassageCopy(ReaderWindow window, Consumer<String> status) {
        this.window = window;
        this.status = status;
    }

    /** Puts text on the clipboard and says what was copied. */
    void copy(String text) {
        if (text == null || text.isBlank()) {
            status.accept("Nothing to copy: choose a passage, a quotation or a number first");
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        String line = text.strip().replace('\n', ' ');
        status.accept("Copied: " + (line.length() > 60 ? line.substring(0, 59) + "…" : line));
    }

    /** Ctrl+C: the side panel's chosen row if it has the focus, else the chosen passage (or outlined span). */
    void copySelection(boolean withCitation) {
        Node owner = window.focusOwner();
        if (within(owner, window.side()) && window.side().copyChoice(withCitation)) {
            return;
        }
        if (within(owner, window.diffBar())) {
            copy(window.diffBar().copyText());
            return;
        }
        ArticleView active = window.activePane();
        for (ArticleView pane : java.util.List.of(active, window.otherPane(active))) {
            if (pane.selectedText() != null) { // text the reader selected with the mouse comes first
                copy(selectedText(pane, withCitation));
                return;
            }
        }
        ArticleView from = active.selected() >= 0 || active.focused() != null ? active : window.otherPane(active);
        Span span = from.selected() >= 0 ? from.highlights().get(from.selected()).span() : from.focused();
        copy(span == null ? null : passageText(from, span, withCitation));
    }

    private static boolean within(Node node, Node parent) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }

    /** The selected text as it is (a reader may want its spaces), or cited. */
    private static String selectedText(ArticleView view, boolean withCitation) {
        String text = view.selectedText().of(view.article().text());
        return withCitation ? Citations.cite(text.strip(), null, view.article()) : text;
    }

    private static String passageText(ArticleView view, Span span, boolean withCitation) {
        String text = span.of(view.article().text()).strip();
        return withCitation ? Citations.cite(text, null, view.article()) : text;
    }

    /**
     * The context menu of a passage (or of the pane, -1): copy it, cite it, search for it. {@code choose}
     * makes the passage the chosen one first, so the menu acts on what is marked.
     */
    ContextMenu passageMenu(ArticleView view, int index, Runnable choose) {
        Span selected = view.selectedText();
        Span span = selected != null ? selected : index >= 0 ? view.highlights().get(index).span() : view.focused();
        if (selected == null && index >= 0) {
            choose.run();
        }
        MenuItem copy = new MenuItem("Copy");
        MenuItem cite = new MenuItem("Copy with Citation");
        MenuItem search = new MenuItem("Search for This");
        if (span == null || view.article() == null) {
            copy.setDisable(true);
            cite.setDisable(true);
            search.setDisable(true);
        } else {
            copy.setOnAction(e -> copy(selected != null ? selectedText(view, false) : passageText(view, span, false)));
            cite.setOnAction(e -> copy(passageText(view, span, true)));
            search.setOnAction(e -> window.side().search(Citations.searchPhrase(span.of(view.article().text()))));
        }
        return new ContextMenu(copy, cite, search);
    }
}

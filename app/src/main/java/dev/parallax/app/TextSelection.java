package dev.parallax.app;

import dev.parallax.text.Span;
import java.text.BreakIterator;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Free text selection in a reading pane, which a {@link javafx.scene.text.TextFlow} does not have: drag to
 * select (across runs and paragraphs), double-click for a word, triple-click for a paragraph, Shift+click
 * to extend. It holds two offsets into the article's text (anchor and caret); where the mouse is in the
 * text and how the selection is drawn are the pane's ({@link Text}).
 */
final class TextSelection {
    /** What the pane tells: the offset under a point of the scene, and the text and paragraph around it. */
    interface Text {
        /** The article offset nearest to this scene point, or -1 when nothing is shown. */
        int offsetAt(double sceneX, double sceneY);

        /** The article's text. */
        String text();

        /** The block (paragraph or heading) holding an offset, or null. */
        Span blockAt(int offset);

        /** The selection changed: redraw it. */
        void changed();
    }

    private final Text pane;
    private int anchor = -1;
    private int caret = -1;
    /** A drag that started on text and has moved: the click that ends it does not choose a passage. */
    private boolean dragged;

    TextSelection(Node area, Text pane) {
        this.pane = pane;
        area.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        area.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return; // the context menu acts on the selection as it is
        }
        dragged = false;
        int at = pane.offsetAt(e.getSceneX(), e.getSceneY());
        if (at < 0) {
            clear();
            return;
        }
        if (e.getClickCount() == 2) {
            Span word = wordAt(pane.text(), at);
            set(word.start(), word.end());
        } else if (e.getClickCount() >= 3 && pane.blockAt(at) != null) {
            Span block = pane.blockAt(at);
            set(block.start(), block.end());
        } else if (e.isShiftDown() && anchor >= 0) {
            set(anchor, at);
        } else {
            set(at, at);
        }
    }

    private void dragged(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || anchor < 0) {
            return;
        }
        int at = pane.offsetAt(e.getSceneX(), e.getSceneY());
        if (at >= 0 && at != caret) {
            dragged = true;
            set(anchor, at);
        }
    }

    /** True while the mouse button that made a selection by dragging is, or just was, down. */
    boolean wasDragged() {
        return dragged;
    }

    /** The selected stretch of the article, first to last; null when nothing is selected. */
    Span span() {
        return anchor < 0 || anchor == caret ? null : new Span(Math.min(anchor, caret), Math.max(anchor, caret));
    }

    void select(int from, int to) {
        set(from, to);
    }

    void clear() {
        boolean had = span() != null;
        anchor = -1;
        caret = -1;
        dragged = false;
        if (had) {
            pane.changed();
        }
    }

    private void set(int from, int to) {
        Span before = span();
        anchor = from;
        caret = to;
        if (!java.util.Objects.equals(before, span())) {
            pane.changed();
        }
    }

    /** The word around an offset (letters and digits of any script), or the offset alone between words. */
    static Span wordAt(String text, int offset) {
        if (text.isEmpty()) {
            return new Span(0, 0);
        }
        int at = Math.max(0, Math.min(offset, text.length() - 1));
        BreakIterator words = BreakIterator.getWordInstance();
        words.setText(text);
        int end = words.following(at);
        int start = words.previous();
        if (end == BreakIterator.DONE) {
            end = text.length();
        }
        return new Span(Math.max(0, start), end);
    }
}

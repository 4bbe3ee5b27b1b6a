package dev.parallax.app;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The keys that are not on a menu item: Esc wherever the focus is, Alt+Down/Up for the next and previous
 * difference, and the other spellings of zoom in and out on the keyboards that send them.
 */
final class ReaderKeys {
    private ReaderKeys() {
    }

    static void install(Scene scene, ReaderWindow window) {
        // Esc clears wherever the focus is: lists and tables take Esc for themselves before the menu sees it.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !(scene.getFocusOwner() instanceof TextInputControl)) {
                window.clearSelection();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN), () -> window.step(1));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN), () -> window.step(-1));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), () -> window.zoom(1));
        // Ctrl++ on a US keyboard is Ctrl+Shift+=; some layouts send PLUS itself.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), () -> window.zoom(1));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY), () -> window.zoom(1));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), () -> window.zoom(-1));
    }
}

package dev.parallax.app;

import dev.parallax.index.IndexedArticle;
import dev.parallax.text.Printable;
import dev.parallax.ingest.web.Snapshot;
import dev.parallax.ingest.web.WebAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;

/**
 * The window's controls for web pages: File ▸ Open URL (Ctrl+L), links dropped and addresses pasted into
 * the window, a Cancel button while a page is fetched, and Article ▸ Compare with an Earlier Version.
 */
final class WebControls {
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);

    private final Stage stage;
    private final ReaderModel model;

    WebControls(Stage stage, ReaderModel model) {
        this.stage = stage;
        this.model = model;
    }

    /** The addresses in a text (a paste, a dropped link, the Open URL field): one per word that is one. */
    static List<String> addresses(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("\\s+")).filter(WebAddress::looksLikeAddress).toList();
    }

    MenuItem openUrlItem() {
        MenuItem item = new MenuItem("Open _URL…");
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
        item.setOnAction(e -> askForAddresses());
        return item;
    }

    Menu articleMenu() {
        MenuItem earlier = new MenuItem("Compare with an _Earlier Version…");
        earlier.setOnAction(e -> chooseEarlierVersion());
        return new Menu("_Article", null, earlier);
    }

    /** Shown while a page is fetched; stops it (nothing is kept of that page). */
    Button cancelButton() {
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-fetch");
        cancel.getStyleClass().add("cancel");
        cancel.visibleProperty().bind(model.web().fetchingProperty().isNotNull());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> model.web().cancel());
        return cancel;
    }

    /**
     * Links dragged in and addresses pasted (Ctrl+V outside a text field) open like files. Filters run
     * before the window's file drop handler, and leave file drops to it.
     */
    void install(Scene scene) {
        scene.addEventFilter(DragEvent.DRAG_OVER, e -> {
            if (!e.getDragboard().hasFiles() && !dropped(e.getDragboard()).isEmpty()) {
                e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
                e.consume();
            }
        });
        scene.addEventFilter(DragEvent.DRAG_DROPPED, e -> {
            if (!e.getDragboard().hasFiles()) {
                List<String> links = dropped(e.getDragboard());
                if (!links.isEmpty()) {
                    model.web().open(links);
                    e.setDropCompleted(true);
                    e.consume();
                }
            }
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (PASTE.match(e) && !(scene.getFocusOwner() instanceof TextInputControl)) {
                List<String> pasted = addresses(Clipboard.getSystemClipboard().getString());
                if (!pasted.isEmpty()) {
                    model.web().open(pasted);
                    e.consume();
                }
            }
        });
    }

    private static List<String> dropped(Dragboard board) {
        List<String> links = new ArrayList<>();
        if (board.hasUrl()) {
            links.addAll(addresses(board.getUrl()));
        }
        if (links.isEmpty() && board.hasString()) {
            links.addAll(addresses(board.getString()));
        }
        return links;
    }

    private void askForAddresses() {
        TextInputDialog dialog = new TextInputDialog(firstAddressOnClipboard());
        dialog.initOwner(stage);
        dialog.setTitle("Open URL");
        dialog.setHeaderText("Open web pages (http or https); several addresses may be separated by spaces.");
        dialog.setContentText("Address:");
        dialog.getEditor().setPrefColumnCount(48);
        dialog.showAndWait().map(WebControls::addresses).filter(a -> !a.isEmpty()).ifPresent(model.web()::open);
    }

    private static String firstAddressOnClipboard() {
        List<String> found = addresses(Clipboard.getSystemClipboard().getString());
        return found.isEmpty() ? "" : found.getFirst();
    }

    /** The article read from the web shown now (right pane first), or null. */
    private IndexedArticle webArticleShown() {
        for (IndexedArticle a : List.of(model.rightProperty(), model.leftProperty()).stream()
                .map(p -> p.get()).filter(a -> a != null).toList()) {
            if (a.analyzed().article().metadata().web() != null) {
                return a;
            }
        }
        return null;
    }

    private void chooseEarlierVersion() {
        IndexedArticle current = webArticleShown();
        if (current == null) {
            model.problems().add("Compare with an earlier version: neither article shown was read from the web");
            return;
        }
        String shownSha = current.analyzed().article().metadata().web().sha256();
        List<Snapshot> versions = model.web().versions(current);
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            if (!versions.get(i).sha256().equals(shownSha)) {
                labels.add(label(i + 1, versions.get(i)));
            }
        }
        if (labels.isEmpty()) {
            model.problems().add(Printable.of(current.analyzed().article().path())
                    + ": no earlier version is kept (its text has not changed since it was first fetched)");
            return;
        }
        ChoiceDialog<String> dialog = new ChoiceDialog<>(labels.getLast(), labels);
        dialog.initOwner(stage);
        dialog.setTitle("Compare with an earlier version");
        dialog.setHeaderText("Versions kept of this page (a new one whenever its text changed):");
        dialog.setContentText("Version:");
        Optional<String> chosen = dialog.showAndWait();
        chosen.ifPresent(c -> {
            int number = Integer.parseInt(c.substring(0, c.indexOf(' ')));
            model.web().compareWithVersion(current, versions.get(number - 1));
        });
    }

    private static String label(int number, Snapshot s) {
        return String.format(Locale.ROOT, "%d · %s · %s", number, s.fetchedAt(),
                s.title() == null ? "(no title)" : Printable.of(s.title()));
    }
}

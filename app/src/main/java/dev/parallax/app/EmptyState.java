package dev.parallax.app;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Nothing open: what to do, and what went wrong with what was tried. Shown over the pair view while the library is empty. */
final class EmptyState extends VBox {
    private final ReaderModel model;
    private final Label problems = new Label();

    EmptyState(ReaderModel model, Runnable chooseFiles) {
        this.model = model;
        Label head = new Label("Open two or more reports, or drop files here");
        head.getStyleClass().add("empty-head");
        Label how = new Label("File ▸ Open Files (Ctrl+O), Open Folder (Ctrl+Shift+O), or drag files onto the window");
        how.getStyleClass().add("empty-hint");
        problems.getStyleClass().add("empty-problems");
        problems.setWrapText(true);
        Button open = new Button("Open Files…");
        open.setOnAction(e -> chooseFiles.run());
        getChildren().setAll(head, how, open, problems);
        getStyleClass().add("empty-state");
        setId("empty-state");
        setAlignment(Pos.CENTER);
        refresh();
        model.library().addListener((ListChangeListener<dev.parallax.index.IndexedArticle>) c -> refresh());
        model.problems().addListener((ListChangeListener<String>) c -> refresh());
    }

    private void refresh() {
        boolean empty = model.library().isEmpty();
        setVisible(empty);
        setManaged(empty);
        problems.setText(model.problems().isEmpty() ? ""
                : "Could not open:\n" + String.join("\n", model.problems()));
    }
}

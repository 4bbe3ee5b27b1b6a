package dev.parallax.app;

import dev.parallax.index.IndexedArticle;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The tool bar: the A and B pickers over the library, Search and Export. */
final class ReaderToolBar {
    private ReaderToolBar() {
    }

    static ToolBar build(ReaderModel model, Runnable search, FileActions files) {
        Label name = new Label("Parallax");
        name.getStyleClass().add("app-name");
        ComboBox<IndexedArticle> a = picker(model, "A", model.leftProperty());
        ComboBox<IndexedArticle> b = picker(model, "B", model.rightProperty());
        Button find = new Button("Search");
        find.setOnAction(e -> search.run());
        find.setAccessibleText("Search all loaded articles (Ctrl+F)");
        Button export = new Button("Export summary");
        export.setId("export-button");
        export.setOnAction(e -> files.chooseExport());
        export.disableProperty().bind(files.nothingToExport());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        return new ToolBar(name, new Separator(Orientation.VERTICAL), new Label("A"), a, new Label("B"), b, grow,
                find, export);
    }

    private static ComboBox<IndexedArticle> picker(ReaderModel model, String side, ObjectProperty<IndexedArticle> property) {
        ComboBox<IndexedArticle> box = new ComboBox<>(model.library());
        box.setId("pick-" + side.toLowerCase(Locale.ROOT));
        box.setPrefWidth(300);
        box.setAccessibleText("Article shown as " + side);
        box.setCellFactory(v -> new LibraryCell());
        box.setButtonCell(new LibraryCell());
        box.valueProperty().bindBidirectional(property);
        return box;
    }

    /** A library entry: title, then source and date. */
    private static final class LibraryCell extends ListCell<IndexedArticle> {
        @Override
        protected void updateItem(IndexedArticle item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : ReaderWindow.label(item.analyzed().article()));
        }
    }
}

package dev.parallax.app;

import dev.parallax.compare.Comparison;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.TransferMode;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * Files in and out of the window: opening (dialogs, dropped files, the command line's arguments, the
 * recent list) and exporting the summary (remembering the last folder and format, a name from the titles).
 */
final class FileActions {
    private final Stage stage;
    private final ReaderModel model;
    private final Settings settings;
    /** True while the coverage grid is shown: the export is then the event's. */
    private final BooleanSupplier showsCoverage;
    private final Menu recentMenu = new Menu("Open _Recent");
    private final BooleanProperty nothingToExport = new SimpleBooleanProperty(true);

    FileActions(Stage stage, ReaderModel model, Settings settings, BooleanSupplier showsCoverage) {
        this.stage = stage;
        this.model = model;
        this.settings = settings;
        this.showsCoverage = showsCoverage;
        recentMenu.setOnShowing(e -> refreshRecent());
        refreshRecent();
    }

    Menu recentMenu() {
        return recentMenu;
    }

    /** True while there is neither a comparison nor an event to export (menu item and button follow). */
    BooleanProperty nothingToExport() {
        return nothingToExport;
    }

    void installDrop(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                open(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    void open(List<Path> paths) {
        rememberOpened(paths);
        model.open(paths);
    }

    /** Puts files among the recent ones; the model opens them (or is opening them already). */
    void rememberOpened(List<Path> paths) {
        for (Path p : paths) {
            remember(p);
        }
    }

    /** Opens the command line's arguments: files, folders and web addresses, in order. */
    void openArguments(List<String> inputs) {
        for (String in : inputs) {
            if (!dev.parallax.ingest.web.WebAddress.looksLikeAddress(in)) {
                try {
                    remember(Path.of(in));
                } catch (java.nio.file.InvalidPathException e) {
                    // not a file name here: the reader says so in a notice
                }
            }
        }
        model.web().open(inputs);
    }

    void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open articles");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Articles (*.txt, *.html, *.htm)", "*.txt", "*.html", "*.htm", "*.html.gz"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null) {
            open(files.stream().map(File::toPath).toList());
        }
    }

    void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a folder of articles");
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            open(List.of(dir.toPath()));
        }
    }

    void chooseExport() {
        if (nothingToExport.get()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export comparison summary");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("HTML, self-contained (*.html)", "*.html"),
                new FileChooser.ExtensionFilter("Markdown (*.md)", "*.md"),
                new FileChooser.ExtensionFilter("JSON (*.json)", "*.json"));
        String format = settings.get("export.format", ".html");
        chooser.getExtensionFilters().stream().filter(f -> f.getExtensions().getFirst().endsWith(format))
                .findFirst().ifPresent(chooser::setSelectedExtensionFilter);
        Path folder = Path.of(settings.get("export.folder", System.getProperty("user.home")));
        if (java.nio.file.Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.setInitialFileName(exportName() + format);
        File target = chooser.showSaveDialog(stage);
        if (target != null) {
            Path chosen = withExtension(target.toPath(), chooser.getSelectedExtensionFilter());
            String name = chosen.getFileName().toString();
            settings.put("export.format", name.contains(".") ? name.substring(name.lastIndexOf('.')) : format);
            if (chosen.toAbsolutePath().getParent() != null) {
                settings.put("export.folder", chosen.toAbsolutePath().getParent());
            }
            model.export(chosen, showsCoverage.getAsBoolean());
        }
    }

    /** A file name from what is compared: the two titles ("blinken-questions-vs-blinken-says"), or the event's first. */
    String exportName() {
        Comparison c = model.comparisonProperty().get();
        if (showsCoverage.getAsBoolean() && !model.eventArticles().isEmpty()) {
            return "coverage-" + slug(ReaderWindow.titleOf(model.eventArticles().getFirst().analyzed().article()), 6);
        }
        if (c == null) {
            return "comparison";
        }
        return slug(ReaderWindow.titleOf(c.a().article()), 4) + "-vs-" + slug(ReaderWindow.titleOf(c.b().article()), 4);
    }

    /** The first words of a title as a file name: letters and digits of any script, joined by dashes. */
    static String slug(String title, int words) {
        String[] parts = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" ");
        String s = String.join("-", java.util.Arrays.copyOf(parts, Math.min(words, parts.length)));
        return s.isEmpty() ? "report" : s;
    }

    private static Path withExtension(Path p, FileChooser.ExtensionFilter filter) {
        String name = p.getFileName().toString();
        if (name.contains(".") || filter == null) {
            return p;
        }
        return p.resolveSibling(name + filter.getExtensions().getFirst().substring(1));
    }

    private void remember(Path p) {
        settings.remember(p);
        refreshRecent();
    }

    /** Recent files that still exist (checked when the menu opens). */
    private void refreshRecent() {
        recentMenu.getItems().clear();
        for (Path p : settings.recent()) {
            MenuItem m = new MenuItem(p.toString());
            m.setMnemonicParsing(false);
            m.setOnAction(e -> open(List.of(p)));
            recentMenu.getItems().add(m);
        }
        if (recentMenu.getItems().isEmpty()) {
            MenuItem none = new MenuItem("(none yet)");
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
    }
}

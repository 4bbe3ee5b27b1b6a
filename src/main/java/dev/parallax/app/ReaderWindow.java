package dev.parallax.app;

import dev.parallax.compare.Comparison;
import dev.parallax.compare.Match;
import dev.parallax.index.IndexedArticle;
import dev.parallax.index.SearchHit;
import dev.parallax.ingest.Article;
import dev.parallax.text.Span;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The reader window: two reports side by side with their passages marked, the connectors between them,
 * the detail bar with the selected pair's word diff, and the side panel. Every action has a menu entry
 * and a shortcut. It only shows what {@link ReaderModel} holds and forwards what the reader does.
 */
final class ReaderWindow {
    private static final String LIGHT = "/dev/parallax/app/parallax.css";
    private static final String DARK = "/dev/parallax/app/parallax-dark.css";
    private static final int MAX_ZOOM = 6;
    private static final int MAX_RECENT = 8;

    private final ReaderModel model;
    private final Stage stage;
    private final ArticleView left = new ArticleView("a");
    private final ArticleView right = new ArticleView("b");
    private final Gutter gutter = new Gutter(left, right);
    private final OverviewStrip leftStrip = new OverviewStrip(left);
    private final OverviewStrip rightStrip = new OverviewStrip(right);
    private final DiffBar diffBar = new DiffBar();
    private final CoverageView coverage = new CoverageView();
    private final javafx.scene.control.TabPane views = new javafx.scene.control.TabPane();
    private final javafx.scene.control.Tab pairTab = new javafx.scene.control.Tab("Side by side");
    private final javafx.scene.control.Tab coverageTab = new javafx.scene.control.Tab("Coverage");
    private final SidePanel side;
    private final WebControls web;
    private final Label status = new Label();
    private final Label notice = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Menu recentMenu = new Menu("Open _Recent");
    private final Preferences prefs = Preferences.userNodeForPackage(ReaderWindow.class);
    private final BorderPane root = new BorderPane();
    private ArticleView active = left;
    private boolean dark;
    private int zoom = 2;

    ReaderWindow(Stage stage, ReaderModel model) {
        this.stage = stage;
        this.model = model;
        this.web = new WebControls(stage, model);
        this.side = new SidePanel(model, this::showPick, this::showHit);
        left.setOnSelect(i -> select(left, i));
        right.setOnSelect(i -> select(right, i));
        build();
        model.comparisonProperty().addListener((o, was, now) -> show(was, now));
        // A refinement that changed nothing (same comparison) still changes what the figures rest on.
        model.semanticProperty().addListener((o, was, now) -> {
            if (model.comparisonProperty().get() != null) {
                side.show(model.comparisonProperty().get(), basis());
            }
        });
        model.eventProperty().addListener((o, was, now) -> {
            if (now != null) {
                coverage.show(now);
                coverageTab.setDisable(false);
                if (was == null) {
                    views.getSelectionModel().select(coverageTab); // three or more reports: the grid first
                }
            }
        });
        coverage.setOnChoose(this::openPairAt);
        model.statusProperty().addListener((o, was, now) -> status.setText(now));
        model.runningProperty().addListener((o, was, now) -> {
            progress.progressProperty().unbind();
            progress.setVisible(now != null);
            if (now != null) {
                progress.progressProperty().bind(now.progressProperty());
                status.textProperty().unbind();
                now.messageProperty().addListener((p, x, m) -> status.setText(m));
            } else {
                status.setText(model.statusProperty().get()); // the work's last message is done with
            }
        });
        model.problems().addListener((ListChangeListener<String>) c -> showProblems());
    }

    Scene scene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(getClass().getResource(LIGHT).toExternalForm());
        installShortcuts(scene);
        installDragAndDrop(scene);
        web.install(scene);
        String forced = System.getProperty("parallax.theme");
        setDark(forced != null ? forced.equals("dark") : prefs.getBoolean("dark", false));
        return scene;
    }

    private void build() {
        root.getStyleClass().addAll("reader", "zoom-" + zoom);
        root.setTop(new VBox(menuBar(), toolBar()));
        HBox panes = new HBox(leftStrip, left, gutter, right, rightStrip);
        panes.getStyleClass().add("panes");
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setMinWidth(200);
        right.setMinWidth(200);
        left.prefWidthProperty().bind(panes.widthProperty());
        right.prefWidthProperty().bind(panes.widthProperty());
        BorderPane center = new BorderPane(panes);
        center.setBottom(diffBar);
        pairTab.setContent(center);
        coverageTab.setContent(coverage);
        coverageTab.setDisable(true); // until three or more reports are open
        views.getTabs().setAll(pairTab, coverageTab);
        views.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        views.setId("views");
        root.setCenter(views);
        side.setPrefWidth(384);
        side.setMinWidth(280);
        root.setRight(side);
        progress.setVisible(false);
        progress.setPrefWidth(140);
        notice.getStyleClass().add("notice");
        notice.setVisible(false);
        notice.setOnMouseClicked(e -> showAllProblems());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label keys = new Label("F7 next difference · Shift+F7 previous · Ctrl+F search · Ctrl+E export");
        keys.getStyleClass().add("key-hints");
        HBox bar = new HBox(8, status, progress, web.cancelButton(), notice, grow, keys);
        bar.getStyleClass().add("status-bar");
        status.setId("status");
        root.setBottom(bar);
    }

    private MenuBar menuBar() {
        MenuItem openFiles = item("_Open Files…", "Shortcut+O", this::chooseFiles);
        MenuItem openFolder = item("Open _Folder…", "Shortcut+Shift+O", this::chooseFolder);
        MenuItem export = item("_Export Summary…", "Shortcut+E", this::chooseExport);
        MenuItem quit = item("_Quit", "Shortcut+Q", () -> stage.close());
        refreshRecent();
        Menu file = new Menu("_File", null, openFiles, openFolder, web.openUrlItem(), recentMenu, new SeparatorMenuItem(), export,
                new SeparatorMenuItem(), quit);

        MenuItem next = item("_Next Difference", "F7", () -> step(1));
        MenuItem previous = item("_Previous Difference", "Shift+F7", () -> step(-1));
        MenuItem clear = item("_Clear Selection", "Esc", this::clearSelection);
        MenuItem find = item("_Search…", "Shortcut+F", side::focusSearch);
        Menu go = new Menu("_Go", null, next, previous, clear, new SeparatorMenuItem(), find);

        MenuItem bigger = item("Zoom _In", "Shortcut+Equals", () -> zoom(1));
        MenuItem smaller = item("Zoom _Out", "Shortcut+Minus", () -> zoom(-1));
        MenuItem reset = item("_Actual Size", "Shortcut+0", () -> zoom(2 - zoom));
        CheckMenuItem theme = new CheckMenuItem("_Dark Theme");
        theme.setSelected(prefs.getBoolean("dark", false));
        theme.setAccelerator(KeyCombination.keyCombination("Shortcut+D"));
        theme.setOnAction(e -> {
            setDark(theme.isSelected());
            prefs.putBoolean("dark", theme.isSelected()); // remembered for the next start
        });
        CheckMenuItem removed = new CheckMenuItem("Show _Removed Site Chrome");
        removed.setAccelerator(KeyCombination.keyCombination("Shortcut+R"));
        removed.setOnAction(e -> {
            left.setShowRemoved(removed.isSelected());
            right.setShowRemoved(removed.isSelected());
            Platform.runLater(this::redrawMarks);
        });
        MenuItem grid = item("Side by Side / _Coverage Grid", "Shortcut+G", this::toggleView);
        Menu view = new Menu("_View", null, grid, new SeparatorMenuItem(), bigger, smaller, reset,
                new SeparatorMenuItem(), theme, removed);
        MenuBar bar = new MenuBar(file, go, view, web.articleMenu());
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private ToolBar toolBar() {
        Label name = new Label("Parallax");
        name.getStyleClass().add("app-name");
        ComboBox<IndexedArticle> a = picker("A", model.leftProperty());
        ComboBox<IndexedArticle> b = picker("B", model.rightProperty());
        Button search = new Button("Search");
        search.setOnAction(e -> side.focusSearch());
        search.setAccessibleText("Search all loaded articles (Ctrl+F)");
        Button export = new Button("Export summary");
        export.setId("export-button");
        export.setOnAction(e -> chooseExport());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        return new ToolBar(name, new Separator(Orientation.VERTICAL), new Label("A"), a, new Label("B"), b, grow,
                search, export);
    }

    private ComboBox<IndexedArticle> picker(String side, javafx.beans.property.ObjectProperty<IndexedArticle> property) {
        ComboBox<IndexedArticle> box = new ComboBox<>(model.library());
        box.setId("pick-" + side.toLowerCase(java.util.Locale.ROOT));
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
            setText(empty || item == null ? null : label(item.analyzed().article()));
        }
    }

    static String label(Article a) {
        String title = a.title() == null ? Path.of(a.path()).getFileName().toString() : a.title();
        return leftToRight(title, "  ·  ", sourceLine(a));
    }

    static String sourceLine(Article a) {
        String src = a.metadata().publisher() != null ? a.metadata().publisher() : Path.of(a.path()).getFileName().toString();
        return a.metadata().date() == null ? src : leftToRight(src, " · ", a.metadata().date());
    }

    /**
     * Joins two pieces of a left-to-right label. After a right-to-left piece comes a left-to-right mark, so
     * the separator and a following name that starts with digits ("1.txt", a date) stay on its right instead
     * of joining the Arabic run.
     */
    static String leftToRight(String first, String separator, String second) {
        return first + (LineBreaks.needed(first) ? "\u200E" : "") + separator + second;
    }

    private MenuItem item(String text, String keys, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setAccelerator(KeyCombination.keyCombination(keys));
        m.setOnAction(e -> action.run());
        return m;
    }

    private void installShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN), () -> step(1));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN), () -> step(-1));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), () -> zoom(1));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), () -> zoom(-1));
    }

    private void installDragAndDrop(Scene scene) {
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
        for (Path p : paths) {
            remember(p);
        }
        model.open(paths);
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

    private void chooseFiles() {
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

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a folder of articles");
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            open(List.of(dir.toPath()));
        }
    }

    private void chooseExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export comparison summary");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("HTML, self-contained (*.html)", "*.html"),
                new FileChooser.ExtensionFilter("Markdown (*.md)", "*.md"),
                new FileChooser.ExtensionFilter("JSON (*.json)", "*.json"));
        chooser.setInitialFileName("comparison.html");
        File target = chooser.showSaveDialog(stage);
        if (target != null) {
            model.export(withExtension(target.toPath(), chooser.getSelectedExtensionFilter()), showsCoverage());
        }
    }

    private static Path withExtension(Path p, FileChooser.ExtensionFilter filter) {
        String name = p.getFileName().toString();
        if (name.contains(".") || filter == null) {
            return p;
        }
        return p.resolveSibling(name + filter.getExtensions().getFirst().substring(1));
    }

    private void remember(Path p) {
        List<String> recent = new ArrayList<>(List.of(prefs.get("recent", "").split("\n")));
        recent.removeIf(s -> s.isBlank() || s.equals(p.toAbsolutePath().toString()));
        recent.addFirst(p.toAbsolutePath().toString());
        prefs.put("recent", String.join("\n", recent.subList(0, Math.min(MAX_RECENT, recent.size()))));
        refreshRecent();
    }

    private void refreshRecent() {
        recentMenu.getItems().clear();
        for (String s : prefs.get("recent", "").split("\n")) {
            if (!s.isBlank()) {
                MenuItem m = new MenuItem(s);
                m.setMnemonicParsing(false);
                m.setOnAction(e -> open(List.of(Path.of(s))));
                recentMenu.getItems().add(m);
            }
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    /**
     * Shows a comparison; when it is a new one of the same two reports (the refinement), the reader keeps
     * their place: the focus, the selected passage and its counterpart, the scroll position.
     */
    void show(Comparison was, Comparison now) {
        boolean again = was != null && now != null && sameReports(was, now);
        ArticleView.Place inA = again ? left.place() : null;
        ArticleView.Place inB = again ? right.place() : null;
        show(now);
        if (!again) {
            return;
        }
        left.restore(inA);
        right.restore(inB);
        ArticleView chosen = active.selected() >= 0 ? active : left.selected() >= 0 ? left : right;
        if (chosen.selected() >= 0) {
            select(chosen, chosen.selected()); // the counterpart and the detail bar, from the new comparison
            left.scrollToFraction(inA.scroll());
            right.scrollToFraction(inB.scroll());
        }
    }

    private static boolean sameReports(Comparison x, Comparison y) {
        return x.a().article().equals(y.a().article()) && x.b().article().equals(y.b().article());
    }

    private void show(Comparison c) {
        if (c == null) {
            return;
        }
        left.show(c.a().article(), sourceLine(c.a().article()), Highlights.of(c, 0));
        right.show(c.b().article(), sourceLine(c.b().article()), Highlights.of(c, 1));
        side.show(c, basis());
        diffBar.show(null);
        stage.setTitle("Parallax — " + titleOf(c.a().article()) + "  ·  " + titleOf(c.b().article()));
        Platform.runLater(this::redrawMarks);
    }

    /** What the overlap figures rest on, for the summary line. */
    private String basis() {
        if (!model.semanticProperty().get()) {
            return " (wording only so far)";
        }
        return model.meaningUsedProperty().get() ? "" : " (wording only: the meaning model reads English)";
    }

    private static String titleOf(Article a) {
        return a.title() == null ? Path.of(a.path()).getFileName().toString() : a.title();
    }

    private void redrawMarks() {
        gutter.redraw();
        leftStrip.redraw();
        rightStrip.redraw();
    }

    /** Selects a highlight in one pane and its counterpart in the other; the detail bar shows the pair. */
    void select(ArticleView view, int index) {
        active = view;
        ArticleView other = view == left ? right : left;
        Highlight h = view.highlights().get(index);
        view.select(index);
        Comparison c = model.comparisonProperty().get();
        if (h.isUnique()) {
            other.select(-1);
            gutter.setSelectedMatch(-1);
            diffBar.showUnique(view == left ? "A" : "B", h.span().of(view.article().text()));
        } else {
            other.select(Gutter.indexOfMatch(other, h.match()));
            gutter.setSelectedMatch(h.match());
            Match m = c.matches().get(h.match());
            diffBar.show(m);
        }
        Platform.runLater(this::redrawMarks);
    }

    private void clearSelection() {
        left.select(-1);
        right.select(-1);
        gutter.setSelectedMatch(-1);
        diffBar.show(null);
    }

    /** F7 / Shift+F7: the next or previous difference (changed or one-sided passage) in reading order. */
    void step(int direction) {
        List<Highlight> marks = active.highlights();
        int from = active.selected();
        for (int i = from + direction; i >= 0 && i < marks.size(); i += direction) {
            if (marks.get(i).isUnique() || marks.get(i).kind() != dev.parallax.compare.MatchKind.IDENTICAL) {
                select(active, i);
                return;
            }
        }
        status.setText(direction > 0 ? "No further difference" : "No earlier difference");
    }

    private void zoom(int delta) {
        int next = Math.max(0, Math.min(MAX_ZOOM, zoom + delta));
        root.getStyleClass().remove("zoom-" + zoom);
        zoom = next;
        root.getStyleClass().add("zoom-" + zoom);
        Platform.runLater(this::redrawMarks);
    }

    void setDark(boolean on) {
        dark = on;
        var sheets = root.getScene().getStylesheets();
        sheets.remove(getClass().getResource(DARK).toExternalForm());
        if (dark) {
            sheets.add(getClass().getResource(DARK).toExternalForm());
        }
    }

    private void showPick(SidePanel.Pick pick) {
        left.focus(pick.a());
        right.focus(pick.b());
        if (pick.a() != null && pick.b() != null) { // both tell it: how their wording differs
            diffBar.showWording(pick.a().of(left.article().text()), pick.b().of(right.article().text()));
        }
        Platform.runLater(this::redrawMarks);
    }

    private void showHit(SearchHit hit) {
        IndexedArticle article = model.article(hit.key());
        if (article == null || hit.kind().equals("title")) {
            return;
        }
        Span span = new Span(hit.start(), hit.end());
        IndexedArticle a = model.leftProperty().get();
        IndexedArticle b = model.rightProperty().get();
        if (a != null && a.key().equals(hit.key())) {
            left.focus(span);
        } else if (b != null && b.key().equals(hit.key())) {
            right.focus(span);
        } else {
            // Another article: put it in B's place, and show the hit once the new comparison is in.
            model.comparisonProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Comparison> o, Comparison was, Comparison now) {
                    model.comparisonProperty().removeListener(this);
                    Platform.runLater(() -> right.focus(span));
                }
            });
            model.rightProperty().set(article);
        }
    }

    private boolean showsCoverage() {
        return views.getSelectionModel().getSelectedItem() == coverageTab;
    }

    private void toggleView() {
        if (!coverageTab.isDisable()) {
            views.getSelectionModel().select(showsCoverage() ? pairTab : coverageTab);
        }
    }

    /** From the grid: the chosen report as A beside another that tells the passage as B, at that passage. */
    private void openPairAt(int article, Span at, int other, Span otherAt) {
        List<IndexedArticle> members = model.eventArticles();
        IndexedArticle a = members.get(article);
        IndexedArticle b = members.get(other >= 0 ? other : (article + 1) % members.size());
        views.getSelectionModel().select(pairTab);
        Runnable focus = () -> {
            left.focus(at);
            if (otherAt != null) {
                right.focus(otherAt);
            }
        };
        if (a.equals(model.leftProperty().get()) && b.equals(model.rightProperty().get())) {
            focus.run();
            return;
        }
        model.comparisonProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Comparison> o, Comparison was, Comparison now) {
                model.comparisonProperty().removeListener(this);
                Platform.runLater(focus);
            }
        });
        model.leftProperty().set(a);
        model.rightProperty().set(b);
    }

    CoverageView coverage() {
        return coverage;
    }

    private void showProblems() {
        int n = model.problems().size();
        notice.setVisible(n > 0);
        if (n > 0) {
            notice.setText("⚠ " + model.problems().getLast() + (n > 1 ? "  (+" + (n - 1) + " more)" : ""));
        }
    }

    private void showAllProblems() {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(stage);
        alert.setTitle("Parallax");
        alert.setHeaderText(model.problems().size() + " notice(s)");
        alert.setContentText(String.join("\n", model.problems()));
        alert.showAndWait();
        model.problems().clear();
    }

    ArticleView left() {
        return left;
    }

    ArticleView right() {
        return right;
    }

    DiffBar diffBar() {
        return diffBar;
    }

    SidePanel side() {
        return side;
    }
}

package dev.parallax.app;

import dev.parallax.present.Mark;
import dev.parallax.present.Marks;
import dev.parallax.compare.Comparison;
import dev.parallax.compare.Match;
import dev.parallax.index.IndexedArticle;
import dev.parallax.index.SearchHit;
import dev.parallax.article.Article;
import dev.parallax.text.Span;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.SplitPane;
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
    private final javafx.scene.control.Tab storiesTab = new javafx.scene.control.Tab("Stories");
    private final StoryShelf storyShelf;
    private final StoriesView storiesView;
    private final SidePanel side;
    private final WebControls web;
    private final Label status = new Label();
    private final Label notice = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Menu recentMenu = new Menu("Open _Recent");
    private final Settings settings;
    private final BorderPane root = new BorderPane();
    private final ScrollSync sync = new ScrollSync(left, right);
    private final SplitPane split = new SplitPane();
    private final VBox emptyState = new VBox();
    private final Label emptyProblems = new Label();
    private final CheckMenuItem sidePanelItem = new CheckMenuItem("Side _Panel");
    private final CheckMenuItem lockItem = new CheckMenuItem("_Lock Scrolling by Alignment");
    private final javafx.beans.property.BooleanProperty nothingToExport = new javafx.beans.property.SimpleBooleanProperty(true);
    /** Marks that depend on where the text lies (gutter, strips, scroll anchors) wait for the next layout. */
    private boolean marksStale = true;
    private ArticleView active = left;
    private boolean dark;
    private int zoom = 2;

    /** @param settings what is remembered between runs (tests pass a temporary folder or memory) */
    ReaderWindow(Stage stage, ReaderModel model, Settings settings) {
        this.stage = stage;
        this.model = model;
        this.web = new WebControls(stage, model);
        this.storyShelf = new StoryShelf(model);
        this.storiesView = new StoriesView(model, storyShelf, () -> views.getSelectionModel().select(pairTab));
        this.settings = settings;
        this.side = new SidePanel(model, this::showPick, this::showHit, this::copy);
        for (ArticleView v : List.of(left, right)) {
            v.setOnSelect(i -> click(v, i));
            v.setOnCursor(d -> cursor(v, d));
            v.setOnContext((i, x, y) -> passageMenu(v, i).show(v, x, y));
            v.setOnRelayout(this::marksChanged);
            v.scroll().focusedProperty().addListener((o, was, now) -> {
                if (now) {
                    active = v;
                }
            });
        }
        build();
        model.leftProperty().addListener((o, was, now) -> showAlone());
        model.rightProperty().addListener((o, was, now) -> showAlone());
        model.library().addListener((ListChangeListener<IndexedArticle>) c -> showEmptyState());
        model.problems().addListener((ListChangeListener<String>) c -> showEmptyState());
        model.comparisonProperty().addListener((o, was, now) -> show(was, now));
        // A refinement that changed nothing (same comparison) still changes what the figures rest on.
        model.semanticProperty().addListener((o, was, now) -> {
            if (model.comparisonProperty().get() != null) {
                side.show(model.comparisonProperty().get(), basis());
            }
        });
        model.eventProperty().addListener((o, was, now) -> {
            nothingToExport.set(model.comparisonProperty().get() == null && now == null);
            if (now != null) {
                coverage.show(now);
                coverageTab.setDisable(false);
                if (was == null) {
                    views.getSelectionModel().select(coverageTab); // three or more reports: the grid first
                    coverage.passages().requestFocus(); // not the A picker, which takes Alt+Down
                }
            }
        });
        coverage.setOnChoose(this::openPairAt);
        model.selectionProperty().addListener((o, was, now) -> {
            if (now.focuses()) { // a search hit or a grid cell to bring into view; null leaves a side as it is
                if (now.inA() != null) {
                    left.focus(now.inA());
                }
                if (now.inB() != null) {
                    right.focus(now.inB());
                }
            }
        });
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
        Fonts.load(); // before the style sheet names the families
        Scene scene = new Scene(root, width, height);
        split.setDividerPositions(settings.getDouble("split", splitFor(width)));
        scene.getStylesheets().add(getClass().getResource(LIGHT).toExternalForm());
        installShortcuts(scene);
        installDragAndDrop(scene);
        web.install(scene);
        String forced = System.getProperty("parallax.theme");
        setDark(forced != null ? forced.equals("dark") : settings.getBoolean("dark", false));
        // The gutter, the strips and the scroll anchors follow the text's layout: redrawn right after it.
        scene.addPostLayoutPulseListener(() -> {
            if (marksStale) {
                marksStale = false;
                sync.invalidate();
                redrawMarks();
            }
        });
        scene.windowProperty().addListener((o, was, now) -> {
            if (now != null) {
                now.setOnShown(e -> left.scroll().requestFocus()); // not the A picker, which takes Alt+Down
            }
        });
        return scene;
    }

    private void marksChanged() {
        marksStale = true;
        if (root.getScene() != null) {
            Platform.requestNextPulse();
        }
    }

    private void build() {
        root.getStyleClass().addAll("reader", "zoom-" + zoom);
        root.setTop(new VBox(menuBar(), toolBar()));
        HBox panes = new HBox(leftStrip, left, gutter, right, rightStrip);
        panes.getStyleClass().add("panes");
        panes.setAlignment(javafx.geometry.Pos.TOP_CENTER); // on a wide screen the pair stays together, centred
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setMinWidth(200);
        right.setMinWidth(200);
        left.prefWidthProperty().bind(panes.widthProperty());
        right.prefWidthProperty().bind(panes.widthProperty());
        applyMeasure();
        BorderPane center = new BorderPane(panes);
        center.setBottom(diffBar);
        diffBar.setOnCopy(this::copy);
        buildEmptyState();
        pairTab.setContent(new javafx.scene.layout.StackPane(center, emptyState));
        coverageTab.setContent(coverage);
        coverageTab.setDisable(true); // until three or more reports are open
        storiesTab.setContent(storiesView);
        views.getTabs().setAll(pairTab, coverageTab, storiesTab);
        views.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        views.setId("views");
        // The side panel tells about the pair: the grid has its own tables, so it steps aside there.
        views.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now == coverageTab || now == storiesTab) {
                split.getItems().remove(side);
            } else if (sidePanelItem.isSelected()) {
                showSidePanel(true);
            }
        });
        // The side panel is one side of a split: the reader drags it wider, F9 hides it, and it keeps its
        // share as the window grows.
        side.setMinWidth(240);
        split.getItems().setAll(views, side);
        split.setDividerPositions(settings.getDouble("split", splitFor(stageWidth())));
        split.getDividers().getFirst().positionProperty().addListener((o, was, now) -> rememberSplitSoon());
        split.setId("split");
        SplitPane.setResizableWithParent(side, true);
        root.setCenter(split);
        progress.setVisible(false);
        progress.setPrefWidth(140);
        notice.getStyleClass().add("notice");
        notice.setVisible(false);
        notice.setOnMouseClicked(e -> showAllProblems());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label keys = new Label("F7 next difference · ↑↓ passages · Ctrl+C copy · Ctrl+F search · F1 keys");
        keys.getStyleClass().add("key-hints");
        HBox bar = new HBox(8, status, progress, web.cancelButton(), notice, grow, keys);
        bar.getStyleClass().add("status-bar");
        status.setId("status");
        root.setBottom(bar);
    }

    private final javafx.animation.PauseTransition splitSave = new javafx.animation.PauseTransition(javafx.util.Duration.millis(600));

    /** The divider's place is kept once the drag settles, not on every pixel. */
    private void rememberSplitSoon() {
        splitSave.setOnFinished(e -> {
            if (split.getItems().contains(side)) {
                settings.put("split", split.getDividerPositions()[0]);
            }
        });
        splitSave.playFromStart();
    }

    /** The side panel's first share: a quarter of the window, at least 250 and at most 480 pixels wide. */
    static double splitFor(double width) {
        return width <= 0 ? 0.74 : 1 - Math.max(250, Math.min(480, width * 0.25)) / width;
    }

    private double stageWidth() {
        return root.getScene() != null ? root.getScene().getWidth() : 0;
    }

    /** Nothing open: what to do, and what went wrong with what was tried. */
    private void buildEmptyState() {
        Label head = new Label("Open two or more reports, or drop files here");
        head.getStyleClass().add("empty-head");
        Label how = new Label("File ▸ Open Files (Ctrl+O), Open Folder (Ctrl+Shift+O), or drag files onto the window");
        how.getStyleClass().add("empty-hint");
        emptyProblems.getStyleClass().add("empty-problems");
        emptyProblems.setWrapText(true);
        Button open = new Button("Open Files…");
        open.setOnAction(e -> chooseFiles());
        emptyState.getChildren().setAll(head, how, open, emptyProblems);
        emptyState.getStyleClass().add("empty-state");
        emptyState.setId("empty-state");
        emptyState.setAlignment(javafx.geometry.Pos.CENTER);
        showEmptyState();
    }

    private void showEmptyState() {
        boolean empty = model.library().isEmpty();
        emptyState.setVisible(empty);
        emptyState.setManaged(empty);
        emptyProblems.setText(model.problems().isEmpty() ? ""
                : "Could not open:\n" + String.join("\n", model.problems()));
    }

    /** One report loaded: its text, and the other pane asks for a second one. */
    private void showAlone() {
        IndexedArticle a = model.leftProperty().get();
        IndexedArticle b = model.rightProperty().get();
        if ((a == null) == (b == null)) {
            return; // none, or two: the comparison shows them
        }
        ArticleView shown = a != null ? left : right;
        IndexedArticle alone = a != null ? a : b;
        shown.show(alone.analyzed().article(), sourceLine(alone.analyzed().article()),
                Marks.none(alone.analyzed().article().text()));
        (shown == left ? right : left).showEmpty("Open a second report to compare it with this one (Ctrl+O, or drop a file here)");
        diffBar.show(null);
        stage.setTitle("Parallax — " + titleOf(alone.analyzed().article()));
        marksChanged();
    }

    /** The text column keeps a readable measure (about 70 characters) however wide the window is. */
    private void applyMeasure() {
        double fontSize = new double[] {12, 13.5, 15, 17, 19, 21.5, 24}[zoom];
        double max = fontSize * 34 + 72 + 16; // ~34 em of text, the pane's insets, the scroll bar
        left.setMaxWidth(max);
        right.setMaxWidth(max);
    }

    private MenuBar menuBar() {
        MenuItem openFiles = item("_Open Files…", "Shortcut+O", this::chooseFiles);
        MenuItem openFolder = item("Open _Folder…", "Shortcut+Shift+O", this::chooseFolder);
        MenuItem export = item("_Export Summary…", "Shortcut+E", this::chooseExport);
        export.disableProperty().bind(nothingToExport);
        MenuItem quit = item("_Quit", "Shortcut+Q", () -> stage.close());
        recentMenu.setOnShowing(e -> refreshRecent());
        refreshRecent();
        Menu file = new Menu("_File", null, openFiles, openFolder, web.openUrlItem(), recentMenu, new SeparatorMenuItem(), export,
                new SeparatorMenuItem(), quit);

        MenuItem copy = item("_Copy", "Shortcut+C", () -> copySelection(false));
        MenuItem cite = item("Copy with C_itation", "Shortcut+Shift+C", () -> copySelection(true));
        Menu edit = new Menu("_Edit", null, copy, cite);

        MenuItem next = item("_Next Difference", "F7", () -> step(1));
        MenuItem previous = item("_Previous Difference", "Shift+F7", () -> step(-1));
        MenuItem clear = item("_Clear Selection", "Esc", this::clearSelection);
        MenuItem find = item("_Search…", "Shortcut+F", side::focusSearch);
        Menu go = new Menu("_Go", null, next, previous, clear, new SeparatorMenuItem(), find);

        MenuItem bigger = item("Zoom _In", "Shortcut+Equals", () -> zoom(1));
        MenuItem smaller = item("Zoom _Out", "Shortcut+Minus", () -> zoom(-1));
        MenuItem reset = item("_Actual Size", "Shortcut+0", () -> zoom(2 - zoom));
        CheckMenuItem theme = new CheckMenuItem("_Dark Theme");
        theme.setSelected(settings.getBoolean("dark", false));
        theme.setAccelerator(KeyCombination.keyCombination("Shortcut+D"));
        theme.setOnAction(e -> {
            setDark(theme.isSelected());
            settings.put("dark", theme.isSelected()); // remembered for the next start
        });
        CheckMenuItem removed = new CheckMenuItem("Show _Removed Site Chrome");
        removed.setId("show-removed");
        removed.setAccelerator(KeyCombination.keyCombination("Shortcut+R"));
        removed.setOnAction(e -> showRemoved(removed.isSelected()));
        lockItem.setSelected(settings.getBoolean("lock", true));
        sync.setOn(lockItem.isSelected());
        lockItem.setAccelerator(KeyCombination.keyCombination("Shortcut+K"));
        lockItem.setOnAction(e -> {
            sync.setOn(lockItem.isSelected());
            settings.put("lock", lockItem.isSelected());
            status.setText(lockItem.isSelected() ? "Scrolling locked: matched passages stay level"
                    : "Scrolling unlocked: each pane scrolls on its own");
        });
        sidePanelItem.setSelected(true);
        sidePanelItem.setAccelerator(KeyCombination.keyCombination("F9"));
        sidePanelItem.setOnAction(e -> showSidePanel(sidePanelItem.isSelected()));
        MenuItem grid = item("Side by Side / _Coverage Grid", "Shortcut+G", this::toggleView);
        Menu view = new Menu("_View", null, grid, new SeparatorMenuItem(), lockItem, sidePanelItem,
                new SeparatorMenuItem(), bigger, smaller, reset, new SeparatorMenuItem(), theme, removed);

        MenuItem keys = item("_Keys", "F1", () -> HelpText.show(stage, "Keys", HelpText.KEYS));
        MenuItem marks = item("What the _Marks Mean", null, () -> HelpText.show(stage, "What the marks mean", HelpText.MARKS));
        MenuItem about = item("_About Parallax", null, () -> HelpText.show(stage, "About Parallax", HelpText.ABOUT));
        Menu help = new Menu("_Help", null, keys, marks, new SeparatorMenuItem(), about);
        MenuItem stories = item("_Stories in the Library", "Shortcut+Shift+S", this::showStories);
        view.getItems().add(1, stories);
        Menu article = web.articleMenu();
        MenuItem others = item("_Other Reports of This Story", "Shortcut+Shift+R", () -> {
            showStories();
            storyShelf.related(model.leftProperty().get());
        });
        others.disableProperty().bind(model.leftProperty().isNull());
        article.getItems().addFirst(others);
        MenuBar bar = new MenuBar(file, edit, go, view, article, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** Ctrl+R: the blocks taken out as site chrome, greyed; says so when there were none. */
    private void showRemoved(boolean show) {
        left.setShowRemoved(show);
        right.setShowRemoved(show);
        boolean any = List.of(left, right).stream()
                .anyMatch(v -> v.article() != null && !v.article().removed().isEmpty());
        if (show && !any) {
            status.setText("Nothing was removed from these reports: they are shown whole");
        }
        marksChanged();
    }

    private void showSidePanel(boolean show) {
        if (show && !split.getItems().contains(side)) {
            split.getItems().add(side);
            split.setDividerPositions(settings.getDouble("split", splitFor(stageWidth())));
            split.getDividers().getFirst().positionProperty().addListener((o, was, now) -> rememberSplitSoon());
        } else if (!show) {
            split.getItems().remove(side);
        }
        sidePanelItem.setSelected(show);
        marksChanged();
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
        export.disableProperty().bind(nothingToExport);
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
        return a.metadata().date() == null ? src : leftToRight(src, " · ",
                Citations.readableDate(a.metadata().date(), java.time.ZoneId.systemDefault(), java.util.Locale.getDefault()));
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
        if (keys != null) {
            m.setAccelerator(KeyCombination.keyCombination(keys));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private void installShortcuts(Scene scene) {
        // Esc clears wherever the focus is: lists and tables take Esc for themselves before the menu sees it.
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !(scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl)) {
                clearSelection();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN), () -> step(1));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN), () -> step(-1));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), () -> zoom(1));
        // Ctrl++ on a US keyboard is Ctrl+Shift+=; some layouts send PLUS itself.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), () -> zoom(1));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY), () -> zoom(1));
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
        rememberOpened(paths);
        model.open(paths);
    }

    /** Files the model is opening already (the start-up read, begun before this window was built): recent files. */
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
            model.export(chosen, showsCoverage());
        }
    }

    /** A file name from what is compared: the two titles ("blinken-questions-vs-blinken-says"), or the event's first. */
    String exportName() {
        Comparison c = model.comparisonProperty().get();
        if (showsCoverage() && !model.eventArticles().isEmpty()) {
            return "coverage-" + slug(titleOf(model.eventArticles().getFirst().analyzed().article()), 6);
        }
        if (c == null) {
            return "comparison";
        }
        return slug(titleOf(c.a().article()), 4) + "-vs-" + slug(titleOf(c.b().article()), 4);
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
        nothingToExport.set(c == null && model.eventProperty().get() == null);
        if (c == null) {
            return;
        }
        left.show(c.a().article(), eventSourceLine(c.a().article()), Marks.of(c, 0));
        right.show(c.b().article(), eventSourceLine(c.b().article()), Marks.of(c, 1));
        side.show(c, basis());
        diffBar.show(null);
        stage.setTitle("Parallax — " + titleOf(c.a().article()) + "  ·  " + titleOf(c.b().article()));
        marksChanged();
    }

    /** The source line, led by the report's letter in the event when there is one (the grid's letters). */
    private String eventSourceLine(Article a) {
        List<IndexedArticle> members = model.eventArticles();
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).analyzed().article().equals(a)) {
                return dev.parallax.article.ArticleIds.of(i) + " · " + sourceLine(a);
            }
        }
        return sourceLine(a);
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

    /** A click: the clicked passage stays where it is under the mouse; its counterpart comes level with it. */
    private void click(ArticleView view, int index) {
        choose(view, index, false);
        view.scroll().requestFocus();
    }

    /** Up/Down in a pane: the next or previous passage of any kind, identical ones included. */
    private void cursor(ArticleView view, int direction) {
        int next = view.selected() < 0 ? (direction > 0 ? 0 : view.highlights().size() - 1) : view.selected() + direction;
        if (next >= 0 && next < view.highlights().size()) {
            choose(view, next, true);
        }
    }

    /** Selects a highlight in one pane (scrolled into view) and its counterpart in the other. */
    void select(ArticleView view, int index) {
        choose(view, index, true);
    }

    /** Selects a highlight and its counterpart; the detail bar shows the pair, the counterpart is brought level. */
    private void choose(ArticleView view, int index, boolean scrollChosen) {
        active = view;
        ArticleView other = view == left ? right : left;
        Mark h = view.highlights().get(index);
        Comparison c = model.comparisonProperty().get();
        int counterpart = h.isUnique() || c == null ? -1 : Gutter.indexOfMatch(other, h.match());
        sync.quietly(() -> {
            if (scrollChosen) {
                view.select(index);
            } else {
                view.mark(index);
            }
            other.mark(counterpart);
            if (counterpart >= 0) {
                level(view, index, other, counterpart);
            }
        });
        String place = differencePlace(view, index);
        model.choose(h.isUnique() || c == null ? -1 : h.match());
        if (h.isUnique() || c == null) {
            gutter.setSelectedMatch(-1);
            diffBar.showUnique(view == left ? "A" : "B", h.span().of(view.article().text()), place);
        } else {
            gutter.setSelectedMatch(h.match());
            diffBar.show(c.matches().get(h.match()), place);
        }
        marksChanged();
    }

    /** Scrolls {@code other} so its passage's first line sits at the same height as the chosen one's. */
    private static void level(ArticleView view, int index, ArticleView other, int counterpart) {
        try {
            other.applyCss();
            other.layout();
        } catch (RuntimeException e) {
            return; // see ArticleView.safeBounds
        }
        javafx.geometry.Bounds chosen = view.boundsOf(index, view.content());
        javafx.geometry.Bounds there = other.boundsOf(counterpart, other.content());
        if (chosen != null && there != null) {
            double onScreen = chosen.getMinY() - view.viewTop(); // where the chosen one sits in its viewport
            other.scrollToTop(there.getMinY() - onScreen);
        }
    }

    /** "difference 5 of 37" for a changed or one-sided passage, "" for an identical one. */
    private static String differencePlace(ArticleView view, int index) {
        int n = 0;
        int at = 0;
        for (int i = 0; i < view.highlights().size(); i++) {
            if (isDifference(view.highlights().get(i))) {
                n++;
                if (i == index) {
                    at = n;
                }
            }
        }
        return at == 0 ? "" : "difference " + at + " of " + n;
    }

    private static boolean isDifference(Mark h) {
        return h.isUnique() || h.kind() != dev.parallax.compare.MatchKind.IDENTICAL;
    }

    /** Esc: no passage chosen, and no outline of a quotation, number or search hit left in the panes. */
    private void clearSelection() {
        left.select(-1);
        right.select(-1);
        left.focus(null);
        right.focus(null);
        side.clearChoice();
        gutter.setSelectedMatch(-1);
        model.clearSelection();
        diffBar.show(null);
        marksChanged();
    }

    /**
     * F7 / Shift+F7: the next or previous difference (changed or one-sided passage) in reading order; past
     * the last it wraps to the first, and says so.
     */
    void step(int direction) {
        List<Mark> marks = active.highlights();
        int n = marks.size();
        if (n == 0) {
            return;
        }
        int from = active.selected() >= 0 ? active.selected() : direction > 0 ? -1 : n;
        for (int k = 1; k <= n; k++) {
            int i = Math.floorMod(from + direction * k, n);
            if (isDifference(marks.get(i))) {
                boolean wrapped = direction > 0 ? i <= from : i >= from;
                select(active, i);
                if (wrapped && active.selected() >= 0 && from >= 0 && from < n) {
                    status.setText(direction > 0 ? "↻ Wrapped to the first difference" : "↻ Wrapped to the last difference");
                    diffBar.markWrapped();
                }
                return;
            }
        }
        status.setText("These reports have no differences");
    }

    private void zoom(int delta) {
        int next = Math.max(0, Math.min(MAX_ZOOM, zoom + delta));
        root.getStyleClass().remove("zoom-" + zoom);
        zoom = next;
        root.getStyleClass().add("zoom-" + zoom);
        applyMeasure();
        marksChanged();
    }

    boolean scrollLock() {
        return sync.isOn();
    }

    /** As the View menu's check item does (it follows). */
    void setScrollLock(boolean on) {
        lockItem.setSelected(on);
        sync.setOn(on);
    }

    int zoomLevel() {
        return zoom;
    }

    /** Puts text on the clipboard and says what was copied. */
    void copy(String text) {
        if (text == null || text.isBlank()) {
            status.setText("Nothing to copy: choose a passage, a quotation or a number first");
            return;
        }
        javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
        content.putString(text);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        String line = text.strip().replace('\n', ' ');
        status.setText("Copied: " + (line.length() > 60 ? line.substring(0, 59) + "…" : line));
    }

    /** Ctrl+C: the side panel's chosen row if it has the focus, else the chosen passage (or outlined span). */
    private void copySelection(boolean withCitation) {
        javafx.scene.Node owner = root.getScene() == null ? null : root.getScene().getFocusOwner();
        if (within(owner, side) && side.copyChoice(withCitation)) {
            return;
        }
        if (within(owner, diffBar)) {
            copy(diffBar.copyText());
            return;
        }
        ArticleView from = active.selected() >= 0 || active.focused() != null ? active
                : (active == left ? right : left);
        Span span = from.selected() >= 0 ? from.highlights().get(from.selected()).span() : from.focused();
        copy(span == null ? null : passageText(from, span, withCitation));
    }

    private static boolean within(javafx.scene.Node node, javafx.scene.Node parent) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }

    private static String passageText(ArticleView view, Span span, boolean withCitation) {
        String text = span.of(view.article().text()).strip();
        return withCitation ? Citations.cite(text, null, view.article()) : text;
    }

    /** The context menu of a passage (or of the pane, -1): copy it, cite it, search for it. */
    private javafx.scene.control.ContextMenu passageMenu(ArticleView view, int index) {
        Span span = index >= 0 ? view.highlights().get(index).span() : view.focused();
        if (index >= 0) {
            choose(view, index, false);
        }
        MenuItem copy = new MenuItem("Copy");
        MenuItem cite = new MenuItem("Copy with Citation");
        MenuItem search = new MenuItem("Search for This");
        if (span == null || view.article() == null) {
            copy.setDisable(true);
            cite.setDisable(true);
            search.setDisable(true);
        } else {
            copy.setOnAction(e -> copy(passageText(view, span, false)));
            cite.setOnAction(e -> copy(passageText(view, span, true)));
            search.setOnAction(e -> side.search(Citations.searchPhrase(span.of(view.article().text()))));
        }
        return new javafx.scene.control.ContextMenu(copy, cite, search);
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
        left.select(-1);
        right.select(-1);
        gutter.setSelectedMatch(-1);
        sync.quietly(() -> {
            left.focus(pick.a());
            right.focus(pick.b());
        });
        if (pick.a() == null) {
            left.focus(null);
        }
        if (pick.b() == null) {
            right.focus(null);
        }
        if (pick.a() != null && pick.b() != null) { // both tell it: how their wording differs
            diffBar.showWording(pick.a().of(left.article().text()), pick.b().of(right.article().text()));
        } else { // the previous pair's diff would read as this one's
            Span one = pick.a() != null ? pick.a() : pick.b();
            ArticleView in = pick.a() != null ? left : right;
            diffBar.showUnique(in == left ? "A" : "B", one == null ? "" : one.of(in.article().text()), "");
        }
        marksChanged();
    }

    private void showHit(SearchHit hit) {
        IndexedArticle article = model.article(hit.key());
        if (article == null || hit.kind().equals("title")) {
            return;
        }
        Span span = matchedWords(hit);
        IndexedArticle a = model.leftProperty().get();
        if (a != null && a.key().equals(hit.key())) {
            model.navigate(null, null, span, null);
        } else {
            // B's article, or another one put in B's place: the model shows the hit once its comparison is in
            model.navigate(null, article, null, span);
        }
    }

    /** The matched words of a hit, first to last (the whole sentence only when none are marked). */
    private static Span matchedWords(SearchHit hit) {
        if (hit.highlights().isEmpty()) {
            return new Span(hit.start(), hit.end());
        }
        int from = hit.highlights().stream().mapToInt(SearchHit.Span::start).min().orElseThrow();
        int to = hit.highlights().stream().mapToInt(SearchHit.Span::end).max().orElseThrow();
        return new Span(from, to);
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
        model.navigate(a, b, at, otherAt); // at once when the pair is shown, else when its comparison is in
    }

    CoverageView coverage() {
        return coverage;
    }

    /** The library grouped into stories, or the other reports of one article's story. */
    void showStories() {
        views.getSelectionModel().select(storiesTab);
    }

    StoriesView stories() {
        return storiesView;
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

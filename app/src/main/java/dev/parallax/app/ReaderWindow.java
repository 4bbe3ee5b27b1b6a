package dev.parallax.app;

import dev.parallax.present.Mark;
import dev.parallax.present.Marks;
import dev.parallax.compare.Comparison;
import dev.parallax.index.IndexedArticle;
import dev.parallax.index.SearchHit;
import dev.parallax.article.Article;
import dev.parallax.text.Span;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The reader window: two reports side by side with their passages marked, the connectors between them,
 * the detail bar with the selected pair's word diff, and the side panel. Every action has a menu entry
 * and a shortcut. It only shows what {@link ReaderModel} holds and forwards what the reader does.
 * <p>
 * Its parts with one job each: {@link ReaderMenus} (the menu bar), {@link ReaderKeys} (keys off the menus),
 * {@link ReaderToolBar}, {@link ReaderLayout} (panes, measure, side panel split), {@link EmptyState},
 * {@link FileActions} (open, recent, export) and {@link PassageCopy} (clipboard and context menu). What
 * stays here is showing a comparison and moving through its passages.
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
    private final Settings settings;
    private final BorderPane root = new BorderPane();
    private final ScrollSync sync = new ScrollSync(left, right);
    private final FileActions files;
    private final PassageCopy copying;
    private final ReaderLayout layout;
    private final ChangeList changes = new ChangeList(this::chooseEntry);
    private final javafx.scene.control.Tab changesTab = new javafx.scene.control.Tab("Changes", changes);
    private ReaderMenus menus;
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
        this.files = new FileActions(stage, model, settings, this::showsCoverage);
        this.copying = new PassageCopy(this, status::setText);
        this.side = new SidePanel(model, this::showPick, this::showHit, this::copy);
        this.layout = new ReaderLayout(settings, side, left, right, leftStrip, left, gutter, right, rightStrip);
        layout.setOnChange(this::marksChanged);
        side.addTab(changesTab);
        for (ArticleView v : List.of(left, right)) {
            v.setOnSelect(i -> click(v, i));
            v.setOnCursor(d -> cursor(v, d));
            v.setOnContext((i, x, y) -> copying.passageMenu(v, i, () -> choose(v, i, false)).show(v, x, y));
            v.setOnRelayout(this::marksChanged);
            v.setOnTextSelection(() -> {
                active = v;
                otherPane(v).clearTextSelection(); // one selection in the window, as in any editor
            });
            v.scroll().focusedProperty().addListener((o, was, now) -> {
                if (now) {
                    active = v;
                }
            });
        }
        build();
        model.leftProperty().addListener((o, was, now) -> showAlone());
        model.rightProperty().addListener((o, was, now) -> showAlone());
        model.comparisonProperty().addListener((o, was, now) -> show(was, now));
        // A refinement that changed nothing (same comparison) still changes what the figures rest on.
        model.semanticProperty().addListener((o, was, now) -> {
            if (model.comparisonProperty().get() != null) {
                side.show(model.comparisonProperty().get(), basis());
            }
        });
        model.eventProperty().addListener((o, was, now) -> {
            files.nothingToExport().set(model.comparisonProperty().get() == null && now == null);
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
        layout.placeDivider(width);
        scene.getStylesheets().add(getClass().getResource(LIGHT).toExternalForm());
        ReaderKeys.install(scene, this);
        files.installDrop(scene);
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
        menus = new ReaderMenus(this, stage, model, settings, files, web, storyShelf);
        sync.setOn(menus.lockItem().isSelected());
        menus.sidePanelItem().selectedProperty().bindBidirectional(layout.sidePanelWanted());
        root.getStyleClass().addAll("reader", "zoom-" + zoom);
        root.setTop(new VBox(menus.bar(), ReaderToolBar.build(model, side::focusSearch, files)));
        layout.applyMeasure(zoom);
        BorderPane center = new BorderPane(layout.panes());
        center.setBottom(diffBar);
        diffBar.setOnCopy(this::copy);
        pairTab.setContent(new javafx.scene.layout.StackPane(center, new EmptyState(model, files::chooseFiles)));
        coverageTab.setContent(coverage);
        coverageTab.setDisable(true); // until three or more reports are open
        storiesTab.setContent(storiesView);
        views.getTabs().setAll(pairTab, coverageTab, storiesTab);
        views.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        views.setId("views");
        views.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> layout.sidePanelFor(now == pairTab));
        root.setCenter(layout.split(views, stageWidth()));
        root.setBottom(statusBar());
    }

    private HBox statusBar() {
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
        return bar;
    }

    private double stageWidth() {
        return root.getScene() != null ? root.getScene().getWidth() : 0;
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

    /** Ctrl+R: the blocks taken out as site chrome, greyed; says so when there were none. */
    void showRemoved(boolean show) {
        left.setShowRemoved(show);
        right.setShowRemoved(show);
        boolean any = List.of(left, right).stream()
                .anyMatch(v -> v.article() != null && !v.article().removed().isEmpty());
        if (show && !any) {
            status.setText("Nothing was removed from these reports: they are shown whole");
        }
        marksChanged();
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

    void open(List<Path> paths) {
        files.open(paths);
    }

    /** Files the model is opening already (the start-up read, begun before this window was built): recent files. */
    void rememberOpened(List<Path> paths) {
        files.rememberOpened(paths);
    }

    /** Opens the command line's arguments: files, folders and web addresses, in order. */
    void openArguments(List<String> inputs) {
        files.openArguments(inputs);
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
        files.nothingToExport().set(c == null && model.eventProperty().get() == null);
        if (c == null) {
            return;
        }
        changes.show(c);
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

    static String titleOf(Article a) {
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
        changes.follow(h);
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

    /** An entry of the change list chosen: its passage in A (B for B's own), its counterpart level with it. */
    private void chooseEntry(ChangeList.Entry e) {
        ArticleView view = e.side() == 1 ? right : left;
        for (int i = 0; i < view.highlights().size(); i++) {
            Mark m = view.highlights().get(i);
            if (e.isUnique() ? m.isUnique() && m.unique() == e.unique() : !m.isUnique() && m.match() == e.match()) {
                choose(view, i, true);
                return;
            }
        }
    }

    /** The change list in the side panel, with the focus in it (Go ▸ Change List). */
    void showChanges() {
        if (!layout.sidePanelWanted().get()) {
            layout.showSidePanel(true);
        }
        side.showTab(changesTab);
        changes.list().requestFocus();
    }

    ChangeList changes() {
        return changes;
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
    void clearSelection() {
        left.clearTextSelection();
        right.clearTextSelection();
        left.select(-1);
        right.select(-1);
        left.focus(null);
        right.focus(null);
        side.clearChoice();
        changes.follow(null);
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

    void zoom(int delta) {
        int next = Math.max(0, Math.min(MAX_ZOOM, zoom + delta));
        root.getStyleClass().remove("zoom-" + zoom);
        zoom = next;
        root.getStyleClass().add("zoom-" + zoom);
        layout.applyMeasure(zoom);
        marksChanged();
    }

    boolean scrollLock() {
        return sync.isOn();
    }

    /** As the View menu's check item does (it follows). */
    void setScrollLock(boolean on) {
        menus.lockItem().setSelected(on);
        sync.setOn(on);
    }

    /** The View menu's lock: on, matched passages stay level as either pane scrolls. */
    void lockScrolling(boolean on) {
        sync.setOn(on);
        status.setText(on ? "Scrolling locked: matched passages stay level"
                : "Scrolling unlocked: each pane scrolls on its own");
    }

    int zoomLevel() {
        return zoom;
    }

    /** Puts text on the clipboard and says what was copied. */
    void copy(String text) {
        copying.copy(text);
    }

    PassageCopy copying() {
        return copying;
    }

    ReaderLayout layout() {
        return layout;
    }

    javafx.scene.Node focusOwner() {
        return root.getScene() == null ? null : root.getScene().getFocusOwner();
    }

    /** The pane the reader last chose in, or focused. */
    ArticleView activePane() {
        return active;
    }

    ArticleView otherPane(ArticleView view) {
        return view == left ? right : left;
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

    void toggleView() {
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

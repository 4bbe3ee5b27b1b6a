package dev.parallax.app;

import dev.parallax.article.Article;
import dev.parallax.article.Block;
import dev.parallax.article.BlockKind;
import dev.parallax.present.Mark;
import dev.parallax.present.Marks;
import dev.parallax.present.PairTags;
import dev.parallax.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * One reading pane: source, title and the article's paragraphs and headings, with its passages marked by
 * kind. Every paragraph is a {@link TextFlow} of text runs cut at passage boundaries; a run knows its
 * passage, so a click selects it and the gutter can find where a passage sits on screen. Right-to-left
 * articles read right to left.
 */
final class ArticleView extends VBox {
    /** The style class of text put in the flow that is not the article's (pair tags, ⇅). */
    static final String TAG_TEXT = "tag-text";
    private final ScrollPane scroll = new ScrollPane();
    private final VBox body = new VBox();
    private final Label source = new Label();
    private final SafeWrapFlow title = new SafeWrapFlow();
    /** A piece of text on screen, the article offsets it shows, and where it starts and ends in its paragraph. */
    private record Run(Text text, int from, int to, int inFlow, int flowEnd) {
    }

    private final List<Paragraph> paragraphs = new ArrayList<>();

    private final List<Run> runs = new ArrayList<>();
    /** The runs of each highlight, so the gutter and strips find a passage without scanning every run. */
    private final java.util.Map<Integer, List<Run>> runsOfHighlight = new java.util.HashMap<>();
    /** The marks of the article shown (which passage owns each character), and their list in reading order. */
    private Marks marks = Marks.none("");
    private final List<Mark> highlights = new ArrayList<>();
    private final boolean facesRight;
    private Article article;
    private IntConsumer onSelect = i -> { };
    /** Up/Down in the pane: the previous or next passage (any kind). */
    private IntConsumer onCursor = d -> { };
    /** A passage (or -1 for none) asked for its context menu at these screen coordinates. */
    private ContextRequest onContext = (i, x, y) -> { };
    /** The text was laid out anew (wrapped, zoomed, redrawn): what depends on its geometry follows. */
    private Runnable onRelayout = () -> { };

    interface ContextRequest {
        void at(int highlight, double screenX, double screenY);
    }

    private int selected = -1;
    private Span focus;
    /** Text the reader selected with the mouse (any stretch, not a passage). */
    private final TextSelection textSelection;
    private Runnable onTextSelection = () -> { };
    private boolean showRemoved;

    ArticleView(String side) {
        facesRight = side.equals("a"); // A's gutter is on its right, B's on its left: the panes mirror
        getStyleClass().add("article-view");
        setId("pane-" + side);
        source.getStyleClass().add("article-source");
        title.getStyleClass().add("article-title-flow");
        VBox header = new VBox(source, title);
        header.getStyleClass().add("article-header");
        body.getStyleClass().add("article-body");
        scroll.setContent(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("article-scroll");
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(true);
        // Up/Down step through the passages (a cursor that shows the word diff); Page keys still scroll.
        scroll.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() || e.isShortcutDown()) {
                return;
            }
            if (e.getCode() == javafx.scene.input.KeyCode.DOWN || e.getCode() == javafx.scene.input.KeyCode.UP) {
                onCursor.accept(e.getCode() == javafx.scene.input.KeyCode.DOWN ? 1 : -1);
                e.consume();
            }
        });
        body.setOnContextMenuRequested(e -> {
            int h = e.getPickResult().getIntersectedNode() instanceof Text t && t.getUserData() instanceof Integer i ? i : -1;
            onContext.at(h, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        textSelection = new TextSelection(body, new TextSelection.Text() {
            @Override
            public int offsetAt(double sceneX, double sceneY) {
                return ArticleView.this.offsetAt(sceneX, sceneY);
            }

            @Override
            public String text() {
                return article == null ? "" : article.text();
            }

            @Override
            public Span blockAt(int offset) {
                for (Paragraph p : paragraphs) {
                    if (offset >= p.block.start() && offset <= p.block.end()) {
                        return new Span(p.block.start(), p.block.end());
                    }
                }
                return null;
            }

            @Override
            public void changed() {
                paragraphs.forEach(Paragraph::drawSelection);
                if (textSelection != null && textSelection.span() != null) {
                    onTextSelection.run();
                }
            }
        });
        body.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> scroll.requestFocus());
        // Right-to-left lines live in flows far wider than the pane (see SafeWrapFlow): clipped to the pane,
        // so B's header never takes the mouse over A's text.
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(header, scroll);
        setAccessibleText(side.equals("a") ? "Report A" : "Report B");
    }

    ScrollPane scroll() {
        return scroll;
    }

    /** Called with the highlight's index in this pane when the reader clicks a passage. */
    void setOnSelect(IntConsumer onSelect) {
        this.onSelect = onSelect;
    }

    void setOnCursor(IntConsumer onCursor) {
        this.onCursor = onCursor;
    }

    void setOnContext(ContextRequest onContext) {
        this.onContext = onContext;
    }

    void setOnRelayout(Runnable onRelayout) {
        this.onRelayout = onRelayout;
    }

    /** Called when the reader selected text here (the other pane then lets go of its own). */
    void setOnTextSelection(Runnable onTextSelection) {
        this.onTextSelection = onTextSelection;
    }

    /** The stretch of the article the reader selected with the mouse, or null. */
    Span selectedText() {
        return article == null ? null : textSelection.span();
    }

    /** Selects a stretch of the article's text, as a drag would. */
    void selectText(int from, int to) {
        textSelection.select(from, to);
    }

    void clearTextSelection() {
        textSelection.clear();
    }

    /** The article offset nearest to a scene point: in the paragraph under it, else the nearest paragraph's edge. */
    int offsetAt(double sceneX, double sceneY) {
        if (article == null || paragraphs.isEmpty()) {
            return -1;
        }
        double y = body.sceneToLocal(sceneX, sceneY).getY();
        Paragraph before = null;
        for (Paragraph p : paragraphs) {
            Bounds b = p.getBoundsInParent();
            if (y < b.getMinY()) {
                return before == null ? p.block.start() : before.block.end(); // above it, or in the gap before it
            }
            if (y <= b.getMaxY()) {
                return p.offsetAt(sceneX, sceneY);
            }
            before = p;
        }
        return paragraphs.getLast().block.end();
    }

    /** The scrolled content: coordinates of passages for aligning the panes. */
    VBox content() {
        return body;
    }

    /** The focused span (a search hit, a quotation), or null. */
    Span focused() {
        return focus;
    }

    List<Mark> highlights() {
        return highlights;
    }

    Article article() {
        return article;
    }

    void show(Article article, String sourceLine, Marks marks) {
        this.article = article;
        this.marks = marks;
        highlights.clear();
        highlights.addAll(marks.all());
        selected = -1;
        focus = null;
        source.setText(sourceLine);
        textSelection.clear();
        Text titleText = new Text(article.title() == null ? "(untitled)" : article.title());
        titleText.getStyleClass().add("article-title");
        title.texts().setAll(titleText);
        render();
        scroll.setVvalue(0);
    }

    /** No article in this pane: a message in its place (what to open), and nothing to click. */
    void showEmpty(String message) {
        article = null;
        marks = Marks.none("");
        highlights.clear();
        runs.clear();
        runsOfHighlight.clear();
        paragraphs.clear();
        selected = -1;
        focus = null;
        textSelection.clear();
        source.setText("");
        Text m = new Text(message);
        m.getStyleClass().add("empty-pane-text");
        title.texts().setAll(m);
        body.getChildren().clear();
    }

    void setShowRemoved(boolean show) {
        showRemoved = show;
        if (article != null) {
            render();
        }
    }

    /** Marks one highlight as selected (or none with -1) and scrolls it into view. */
    void select(int highlight) {
        mark(highlight);
        if (highlight >= 0) {
            scrollTo(highlights.get(highlight).span());
        }
    }

    /** Marks one highlight as selected without scrolling: the reader clicked it where it is. */
    void mark(int highlight) {
        selected = highlight;
        for (Run r : runs) {
            r.text().getStyleClass().remove("selected");
            if (highlight >= 0 && Integer.valueOf(highlight).equals(r.text().getUserData())) {
                r.text().getStyleClass().add("selected");
            }
        }
        paragraphs.forEach(Paragraph::markStale);
    }

    /** Where the reader is in this pane: the focused span, the selected passage's span, the scroll position. */
    record Place(Span focus, Span selected, double scroll) {
    }

    Place place() {
        return new Place(focus, selected >= 0 ? highlights.get(selected).span() : null, scroll.getVvalue());
    }

    /**
     * Puts the reader back where {@link #place()} found them after the same article was shown again (the
     * refined comparison): the focus, the passage at the same span if there still is one, the scroll.
     */
    void restore(Place place) {
        if (place.focus() != null) { // show() has just drawn the pane without one
            focus = place.focus();
            render();
        }
        int again = -1;
        for (int i = 0; place.selected() != null && i < highlights.size(); i++) {
            if (highlights.get(i).span().equals(place.selected())) {
                again = i;
            }
        }
        mark(again);
        scroll.setVvalue(place.scroll());
    }

    int selected() {
        return selected;
    }

    /** Marks an arbitrary span (a search hit, a quotation) and scrolls to it; null clears the outline. */
    void focus(Span span) {
        if (article == null || span == null && focus == null) {
            return;
        }
        focus = span;
        render();
        mark(selected);
        if (span != null) {
            scrollTo(span);
        }
    }

    /** The index of the highlight owning a text offset, or -1 (the rule of {@link Marks}, as the exports). */
    int highlightAt(int offset) {
        return marks.ownerAt(offset);
    }

    private void render() {
        runs.clear();
        runsOfHighlight.clear();
        paragraphs.clear();
        List<Node> nodes = new ArrayList<>();
        if (showRemoved) {
            for (String r : article.removed()) {
                Text chromeText = new Text(r);
                chromeText.getStyleClass().add("removed-text");
                SafeWrapFlow chrome = new SafeWrapFlow(chromeText);
                chrome.getStyleClass().add("removed-block");
                nodes.add(chrome);
            }
        }
        List<Block> blocks = article.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            Paragraph p = new Paragraph(block);
            paragraphs.add(p);
            nodes.add(p);
        }
        body.getChildren().setAll(nodes);
    }

    /** The block's text cut wherever the owning passage changes and at the focus, each run styled by its owner. */
    private List<Text> runsOf(Block block) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(block.start(), block.end()));
        java.util.Set<Integer> firsts = new java.util.HashSet<>();
        for (Marks.Run r : marks.ownerRuns(block.start(), block.end())) {
            addCut(cuts, r.start(), block);
            if (r.first()) {
                firsts.add(r.start());
            }
        }
        if (focus != null) {
            addCut(cuts, focus.start(), block);
            addCut(cuts, focus.end(), block);
        }
        List<Text> out = new ArrayList<>();
        Integer from = null;
        int shown = 0;
        for (int cut : cuts) {
            if (from != null && cut > from) {
                int h = highlightAt(from);
                if (h >= 0 && firsts.contains(from)) {
                    for (Text tag : tagOf(highlights.get(h), h)) {
                        out.add(tag);
                        shown += tag.getText().length();
                    }
                }
                Text t = run(from, cut, shown);
                shown += t.getText().length();
                out.add(t);
            }
            from = cut;
        }
        return out;
    }

    /**
     * What the export puts at a passage's start ({@link PairTags}): the kind's glyph and the pair number
     * ("≈3"), then ⇅ when it sits elsewhere in the other report. Not article text: the selection skips it.
     */
    private List<Text> tagOf(Mark mark, int highlight) {
        List<Text> out = new ArrayList<>();
        if (mark.isUnique()) {
            return out;
        }
        Text tag = new Text(PairTags.label(mark) + "\u2009"); // a thin space before the words
        tag.getStyleClass().addAll(TAG_TEXT, "pair-tag", mark.styleClass());
        tag.setOnMouseClicked(e -> onSelect.accept(highlight));
        out.add(tag);
        if (mark.moved()) {
            Text glyph = new Text(PairTags.MOVED + " "); // this passage sits elsewhere in the other report
            glyph.getStyleClass().addAll(TAG_TEXT, "body-text", "moved-glyph");
            out.add(glyph);
        }
        return out;
    }

    private static void addCut(TreeSet<Integer> cuts, int at, Block block) {
        if (at > block.start() && at < block.end()) {
            cuts.add(at);
        }
    }

    private Text run(int from, int to, int inFlow) {
        Text t = new Text(article.text().substring(from, to));
        t.getStyleClass().add("body-text");
        int h = highlightAt(from);
        if (h >= 0) {
            Mark mark = highlights.get(h);
            t.getStyleClass().addAll("passage", mark.styleClass());
            if (mark.moved()) {
                t.getStyleClass().add("moved");
            }
            t.setUserData(h);
            final int index = h;
            t.setOnMouseClicked(e -> {
                if (e.isStillSincePress() && !textSelection.wasDragged()) { // a drag selects text, not the passage
                    onSelect.accept(index);
                }
            });
            if (h == selected) {
                t.getStyleClass().add("selected");
            }
        }
        if (focus != null && from >= focus.start() && to <= focus.end()) {
            t.getStyleClass().add("focus");
        }
        Run run = new Run(t, from, to, inFlow, inFlow + t.getText().length());
        runs.add(run);
        if (t.getUserData() instanceof Integer highlight) {
            runsOfHighlight.computeIfAbsent(highlight, k -> new ArrayList<>()).add(run);
        }
        return t;
    }

    /**
     * A paragraph or heading: its text, and behind it a layer of marks drawn from the text's own line
     * geometry ({@link javafx.scene.text.TextFlow#rangeShape}): a tint per passage by kind, a dashed outline for paraphrases,
     * a dashed bar in the margin for passages only this article tells. Redrawn when the text re-wraps.
     */
    private final class Paragraph extends SafeWrapFlow {
        private final List<Run> mine = new ArrayList<>();
        private final Block block;
        /** The size the marks were drawn for: redrawn only when it or the selection changed. */
        private double drawnWidth = -1;
        private double drawnHeight = -1;
        private boolean stale = true;

        Paragraph(Block block) {
            this.block = block;
            getStyleClass().add(block.kind() == BlockKind.HEADING ? "heading-block" : "paragraph-block");
            flow().getStyleClass().add(block.kind() == BlockKind.HEADING ? "heading" : "paragraph");
            int before = runs.size();
            texts().addAll(runsOf(block));
            mine.addAll(runs.subList(before, runs.size()));
        }

        /** Marks follow the text's own layout, so they are drawn right after it, never from a stale one. */
        @Override
        protected void afterLayout() {
            if (stale || getWidth() != drawnWidth || getHeight() != drawnHeight) { // re-wrapped or zoomed
                drawMarks();
                onRelayout.run();
            }
        }

        void markStale() {
            stale = true;
            requestLayout();
        }

        void drawMarks() {
            drawnWidth = getWidth();
            drawnHeight = getHeight();
            stale = false;
            try {
                drawMarksOrThrow();
            } catch (RuntimeException e) {
                behind().getChildren().clear(); // see safeBounds: the text still shows, unmarked
            }
        }

        private void drawMarksOrThrow() {
            // Bars beside the text: shared passages on the edge facing the gutter (dashed for paraphrase,
            // the cue that does not rest on hue), passages only this report tells on the outer edge.
            double column = getWidth() - snappedLeftInset() - snappedRightInset();
            boolean rtl = flow().getEffectiveNodeOrientation() == javafx.geometry.NodeOrientation.RIGHT_TO_LEFT;
            double rightEdge = rtl ? -10 : column + 10; // a right-to-left layer counts x from the right
            double leftEdge = rtl ? column + 10 : -10;
            double gutterX = facesRight ? rightEdge : leftEdge;
            double outerX = facesRight ? leftEdge : rightEdge;
            List<Node> shapes = new ArrayList<>();
            for (Run r : mine) {
                if (!(r.text().getUserData() instanceof Integer h)) {
                    if (r.text().getStyleClass().contains("focus")) {
                        shapes.add(shape(r, "focus-mark"));
                    }
                    continue;
                }
                Mark mark = highlights.get(h);
                String state = h == selected ? "selected" : "plain";
                if (mark.isUnique()) {
                    javafx.scene.shape.Path range = shape(r, "unique-range");
                    shapes.add(bar(outerX, range.getBoundsInLocal(), "unique-bar", state));
                    if (h == selected) {
                        shapes.add(range);
                    }
                } else {
                    javafx.scene.shape.Path tint = shape(r, "mark");
                    tint.getStyleClass().add(mark.styleClass());
                    if (h == selected) {
                        tint.getStyleClass().add("selected");
                    }
                    shapes.add(tint);
                    shapes.add(bar(gutterX, tint.getBoundsInLocal(), "kind-bar", mark.styleClass()));
                    if (h == selected && mark.kind() == dev.parallax.compare.MatchKind.PARAPHRASE) {
                        shapes.addAll(underlines(tint)); // only on the chosen one: under every paraphrase it read as links
                    }
                }
                if (r.text().getStyleClass().contains("focus")) {
                    shapes.add(shape(r, "focus-mark"));
                }
            }
            shapes.forEach(n -> n.setManaged(false)); // drawn where they are: no layout pass to ask for
            behind().getChildren().setAll(shapes);
            drawSelection();
        }

        /** The reader's text selection over this paragraph, above the marks' tints, behind the text. */
        void drawSelection() {
            behind().getChildren().removeIf(n -> n.getStyleClass().contains("text-selection"));
            Span sel = textSelection.span();
            if (sel == null || sel.end() <= block.start() || sel.start() >= block.end()) {
                return;
            }
            try {
                javafx.scene.shape.Path p = new javafx.scene.shape.Path(flow().rangeShape(
                        flowIndex(Math.max(sel.start(), block.start()), false),
                        flowIndex(Math.min(sel.end(), block.end()), true)));
                p.getStyleClass().add("text-selection");
                p.setManaged(false);
                behind().getChildren().add(p);
            } catch (RuntimeException e) {
                // see safeBounds: the selection is still copied, only not drawn
            }
        }

        /** The article offset of the insertion point nearest to a scene point in this paragraph. */
        int offsetAt(double sceneX, double sceneY) {
            try {
                javafx.geometry.Point2D local = flow().sceneToLocal(sceneX, sceneY);
                return articleOffset(flow().hitTest(local).getInsertionIndex());
            } catch (RuntimeException e) {
                return block.start(); // see safeBounds
            }
        }

        /** A character index in the flow (which holds tags that are not article text) as an article offset. */
        private int articleOffset(int inFlow) {
            for (Run r : mine) {
                if (inFlow < r.inFlow()) {
                    return r.from(); // on a tag before this run
                }
                if (inFlow <= r.flowEnd()) {
                    return r.from() + (inFlow - r.inFlow());
                }
            }
            return block.end();
        }

        /** An article offset as a character index in the flow; an end stays before a following tag. */
        private int flowIndex(int offset, boolean end) {
            for (Run r : mine) {
                if (end ? offset <= r.to() : offset < r.to()) {
                    return r.inFlow() + Math.max(0, offset - r.from());
                }
            }
            return mine.isEmpty() ? 0 : mine.getLast().flowEnd();
        }

        private Node bar(double x, Bounds lines, String... styleClasses) {
            javafx.scene.shape.Line bar = new javafx.scene.shape.Line(x, lines.getMinY() + 2, x, lines.getMaxY() - 2);
            bar.getStyleClass().addAll(styleClasses);
            return bar;
        }

        /** A dotted line under each line of a range (the range shape is one rectangle per line). */
        private List<Node> underlines(javafx.scene.shape.Path range) {
            List<Node> out = new ArrayList<>();
            double minX = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            int points = 0;
            for (javafx.scene.shape.PathElement e : range.getElements()) {
                double x;
                double y;
                if (e instanceof javafx.scene.shape.MoveTo m) {
                    if (points > 0) {
                        out.add(underline(minX, maxX, maxY));
                    }
                    minX = maxX = m.getX();
                    maxY = m.getY();
                    points = 1;
                    continue;
                } else if (e instanceof javafx.scene.shape.LineTo l) {
                    x = l.getX();
                    y = l.getY();
                } else {
                    continue;
                }
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                maxY = Math.max(maxY, y);
                points++;
            }
            if (points > 0) {
                out.add(underline(minX, maxX, maxY));
            }
            return out;
        }

        private Node underline(double from, double to, double y) {
            javafx.scene.shape.Line line = new javafx.scene.shape.Line(from, y - 1, to, y - 1);
            line.getStyleClass().add("paraphrase-underline");
            line.setManaged(false);
            return line;
        }

        private javafx.scene.shape.Path shape(Run r, String styleClass) {
            javafx.scene.shape.Path p = new javafx.scene.shape.Path(
                    flow().rangeShape(r.inFlow(), r.flowEnd()));
            p.getStyleClass().add(styleClass);
            p.setManaged(false);
            return p;
        }
    }

    /**
     * A text run's bounds in another node's coordinates, or null. JavaFX's text layout can throw on some
     * text; a mark or band is then left out, the window goes on.
     */
    private static Bounds safeBounds(Text t, Node target) {
        try {
            return target.sceneToLocal(t.localToScene(t.getBoundsInLocal()));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Where a highlight's text sits, in the coordinates of {@code target} (for the gutter), or null. */
    Bounds boundsOf(int highlight, Node target) {
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        Bounds any = null;
        for (Run r : runsOfHighlight.getOrDefault(highlight, List.of())) {
            Bounds b = safeBounds(r.text(), target);
            if (b == null) {
                continue;
            }
            any = b;
            minY = Math.min(minY, b.getMinY());
            maxY = Math.max(maxY, b.getMaxY());
        }
        return any == null ? null : new javafx.geometry.BoundingBox(any.getMinX(), minY, any.getWidth(), maxY - minY);
    }

    /** Vertical extent of a highlight within the whole article as fractions {from, to} of 0..1, or null. */
    double[] extentOf(int highlight) {
        double height = body.getBoundsInLocal().getHeight();
        Bounds b = boundsOf(highlight, body);
        return height <= 0 || b == null ? null : new double[] {b.getMinY() / height, b.getMaxY() / height};
    }

    /** The content's y at the top of the viewport. */
    double viewTop() {
        return Math.max(0, body.getLayoutBounds().getHeight() - viewHeight()) * scroll.getVvalue();
    }

    double viewHeight() {
        return scroll.getViewportBounds().getHeight();
    }

    /** Scrolls so the content's y is at the top of the viewport, as near as the ends allow. */
    void scrollToTop(double y) {
        double range = body.getLayoutBounds().getHeight() - viewHeight();
        scroll.setVvalue(range <= 0 ? 0 : Math.max(0, Math.min(1, y / range)));
    }

    void scrollToFraction(double fraction) {
        scroll.setVvalue(Math.max(0, Math.min(1, fraction)));
    }

    /** Scrolls so the span's first line sits a third of the way down the viewport. */
    private void scrollTo(Span span) {
        try {
            applyCss();
            layout();
        } catch (RuntimeException e) {
            return; // see safeBounds
        }
        for (Run r : runs) {
            if (r.from() < span.end() && span.start() < r.to()) {
                Bounds b = safeBounds(r.text(), body);
                double content = body.getBoundsInLocal().getHeight();
                double viewport = scroll.getViewportBounds().getHeight();
                if (b != null && content > viewport) {
                    scroll.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - viewport / 3) / (content - viewport))));
                }
                return;
            }
        }
    }
}

package dev.parallax.app;

import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

/**
 * A thin strip beside a pane marking where its passages are in the whole article (by kind; unique ones
 * included), with the visible part outlined. Clicking it jumps there.
 */
final class OverviewStrip extends Pane {
    private final ArticleView view;

    OverviewStrip(ArticleView view) {
        this.view = view;
        getStyleClass().add("overview-strip");
        setMinWidth(12);
        setPrefWidth(12);
        setMaxWidth(12);
        setOnMouseClicked(e -> view.scrollToFraction(e.getY() / Math.max(1, getHeight())));
        heightProperty().addListener(o -> redraw());
        view.scroll().vvalueProperty().addListener(o -> redraw());
        view.scroll().viewportBoundsProperty().addListener(o -> redraw());
        view.scroll().contentProperty().get().layoutBoundsProperty().addListener(o -> redraw());
        setAccessibleText("Overview of differences; click to jump");
    }

    void redraw() {
        getChildren().clear();
        if (view.article() == null) {
            return;
        }
        double h = getHeight();
        for (Highlight mark : view.highlights()) {
            double from = view.fractionOf(mark.span().start());
            double to = view.fractionOf(Math.max(mark.span().start(), mark.span().end() - 1));
            if (from < 0) {
                continue;
            }
            Rectangle r = new Rectangle(2, from * h, 8, Math.max(3, (Math.max(to, from) - from) * h + 3));
            r.getStyleClass().addAll("strip-mark", mark.styleClass());
            getChildren().add(r);
        }
        var scroll = view.scroll();
        double content = scroll.getContent() == null ? 0 : scroll.getContent().getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (content > viewport && content > 0) {
            double top = scroll.getVvalue() * (content - viewport) / content;
            Rectangle window = new Rectangle(0, top * h, 12, viewport / content * h);
            window.getStyleClass().add("strip-window");
            window.setMouseTransparent(true);
            getChildren().add(window);
        }
    }
}

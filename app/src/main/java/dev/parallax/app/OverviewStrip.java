package dev.parallax.app;

import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

/**
 * A thin strip beside a pane marking where its passages are in the whole article (by kind; unique ones
 * included), with the visible part outlined. Clicking it jumps there.
 */
final class OverviewStrip extends Pane {
    private final ArticleView view;
    private final Rectangle window = new Rectangle();

    OverviewStrip(ArticleView view) {
        this.view = view;
        getStyleClass().add("overview-strip");
        setMinWidth(12);
        setPrefWidth(12);
        setMaxWidth(12);
        setOnMouseClicked(e -> view.scrollToFraction(e.getY() / Math.max(1, getHeight())));
        window.getStyleClass().add("strip-window");
        window.setMouseTransparent(true);
        // Marks move only when the text lays out anew; scrolling moves only the viewport window.
        heightProperty().addListener(o -> redraw());
        view.scroll().contentProperty().get().layoutBoundsProperty().addListener(o -> redraw());
        view.scroll().vvalueProperty().addListener(o -> placeWindow());
        view.scroll().viewportBoundsProperty().addListener(o -> placeWindow());
        setAccessibleText("Overview of differences; click to jump");
    }

    void redraw() {
        getChildren().clear();
        if (view.article() == null) {
            return;
        }
        double h = getHeight();
        for (int i = 0; i < view.highlights().size(); i++) {
            double[] extent = view.extentOf(i);
            if (extent == null) {
                continue;
            }
            Rectangle r = new Rectangle(2, extent[0] * h, 8, Math.max(3, (extent[1] - extent[0]) * h));
            r.getStyleClass().addAll("strip-mark", view.highlights().get(i).styleClass());
            getChildren().add(r);
        }
        getChildren().add(window);
        placeWindow();
    }

    /** Outlines the part of the article the pane shows. */
    private void placeWindow() {
        var scroll = view.scroll();
        double h = getHeight();
        double content = scroll.getContent() == null ? 0 : scroll.getContent().getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        boolean scrollable = content > viewport && content > 0;
        window.setVisible(scrollable);
        if (scrollable) {
            double top = scroll.getVvalue() * (content - viewport) / content;
            window.setX(0);
            window.setY(top * h);
            window.setWidth(12);
            window.setHeight(viewport / content * h);
        }
    }
}

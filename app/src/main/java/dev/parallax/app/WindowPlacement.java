package dev.parallax.app;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;

/**
 * Where the window opens: where it was last closed if that place is still on a screen, else a size that
 * fits the screen it opens on (never larger than the screen, at most 1400×900). Remembered on close.
 */
final class WindowPlacement {
    static final double PREFERRED_WIDTH = 1400;
    static final double PREFERRED_HEIGHT = 900;

    private WindowPlacement() {
    }

    /** The window's first bounds on these screens (the first is the primary one's visual bounds). */
    static Rectangle2D initial(Settings settings, List<Rectangle2D> screens) {
        Rectangle2D primary = screens.getFirst();
        double w = settings.getDouble("window.width", -1);
        double h = settings.getDouble("window.height", -1);
        double x = settings.getDouble("window.x", Double.NaN);
        double y = settings.getDouble("window.y", Double.NaN);
        if (w > 0 && h > 0 && !Double.isNaN(x) && !Double.isNaN(y)) {
            Rectangle2D last = new Rectangle2D(x, y, w, h);
            for (Rectangle2D screen : screens) {
                // The title bar's strip must be on a screen, so the window can be grabbed; the size must fit it.
                if (screen.intersects(x + 40, y, Math.max(1, w - 80), 40) && w <= screen.getWidth() && h <= screen.getHeight()) {
                    return last;
                }
            }
        }
        double width = Math.min(PREFERRED_WIDTH, primary.getWidth());
        double height = Math.min(PREFERRED_HEIGHT, primary.getHeight());
        return new Rectangle2D(primary.getMinX() + (primary.getWidth() - width) / 2,
                primary.getMinY() + (primary.getHeight() - height) / 2, width, height);
    }

    /** Keeps the size and place the window closes with, unless it was maximised or full screen. */
    static void rememberOnClose(Stage stage, Settings settings) {
        stage.setOnHidden(e -> {
            if (!stage.isMaximized() && !stage.isFullScreen() && !stage.isIconified()) {
                settings.put("window.x", stage.getX());
                settings.put("window.y", stage.getY());
                settings.put("window.width", stage.getWidth());
                settings.put("window.height", stage.getHeight());
            }
            settings.put("window.maximized", stage.isMaximized());
        });
    }
}

package dev.parallax.app;

import dev.parallax.platform.UserFolders;
import java.util.Locale;
import java.util.logging.Filter;
import java.util.logging.Logger;

/** Starts the JavaFX window; the only way the launcher reaches JavaFX. */
public final class Gui {
    /** Held statically: java.util.logging keeps loggers weakly, and the filter must outlive this call. */
    private static final Logger FX_LOG = Logger.getLogger("javafx");

    private Gui() {
    }

    /** Opens the window and returns when it closes; returns an exit code, and never throws. */
    public static int launch(String[] args) {
        if (noDisplay()) {
            System.err.println("parallax: no display to open the window on (DISPLAY is not set). Run it in a "
                    + "desktop session or under xvfb-run, or use a command line tool: parallax --help");
            return 3;
        }
        // A fat jar puts JavaFX on the class path; the toolkit warns about it once, harmlessly.
        Filter quiet = r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration");
        FX_LOG.setFilter(quiet);
        UserFolders.keepLibraryCachesInOurs(); // JavaFX unpacks its native libraries on start
        try {
            javafx.application.Application.launch(ParallaxApp.class, args);
            return 0;
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            System.err.println("parallax: the window could not be opened: " + root.getMessage());
            return 3;
        }
    }

    private static boolean noDisplay() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        return linux && System.getProperty("glass.platform") == null
                && isBlank(System.getenv("DISPLAY")) && isBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}

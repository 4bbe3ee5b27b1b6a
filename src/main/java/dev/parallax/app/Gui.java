package dev.parallax.app;

import java.util.logging.Filter;
import java.util.logging.Logger;

/** Starts the JavaFX window; the only way the launcher reaches JavaFX. */
public final class Gui {
    /** Held statically: java.util.logging keeps loggers weakly, and the filter must outlive this call. */
    private static final Logger FX_LOG = Logger.getLogger("javafx");

    private Gui() {
    }

    public static void launch(String[] args) {
        // A fat jar puts JavaFX on the class path; the toolkit warns about it once, harmlessly.
        Filter quiet = r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration");
        FX_LOG.setFilter(quiet);
        javafx.application.Application.launch(ParallaxApp.class, args);
    }
}

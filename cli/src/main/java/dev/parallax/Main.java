package dev.parallax;

import dev.parallax.text.Printable;

import dev.parallax.cli.ParallaxCommand;
import dev.parallax.cli.StartUpTraining;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Entry point of the runnable jar. It names no JavaFX type, so the command line runs without loading the
 * toolkit (and without a display); only the window path touches JavaFX.
 */
public final class Main {
    /**
     * Lucene logs a warning on every start unless the JVM runs with the vector incubator module, which
     * itself prints a warning; Parallax does not need the faster vector code, so it quiets the logger.
     * Held statically because java.util.logging keeps loggers weakly.
     */
    private static final Logger VECTOR_LOG = Logger.getLogger("org.apache.lucene.internal.vectorization");

    private Main() {
    }

    /** Quiets the start-up notices of libraries that a user cannot act on (see VECTOR_LOG). */
    public static void quietLibraryLogs() {
        VECTOR_LOG.setLevel(Level.SEVERE);
    }

    public static void main(String[] args) {
        quietLibraryLogs();
        int code;
        try {
            // The launcher's build-time training run for the commands' start-up cache (see StartUpTraining).
            code = "commands".equals(System.getProperty("parallax.training"))
                    ? StartUpTraining.commands() : ParallaxCommand.run(args);
        } catch (Throwable t) { // last line of defence: one line, never a stack trace
            System.err.println("parallax: internal error" + (t.getMessage() == null ? ""
                    : " (" + Printable.of(t.getMessage()) + ")") + "; please report it");
            code = 70;
        }
        System.exit(code);
    }
}

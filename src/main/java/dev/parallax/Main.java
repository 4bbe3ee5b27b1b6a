package dev.parallax;

import dev.parallax.cli.ParallaxCommand;

/**
 * Entry point of the runnable jar. It names no JavaFX type, so the command line runs without loading the
 * toolkit (and without a display); only the window path touches JavaFX.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code;
        try {
            code = ParallaxCommand.run(args);
        } catch (Throwable t) { // last line of defence: one line, never a stack trace
            System.err.println("parallax: internal error (" + t.getClass().getSimpleName()
                    + (t.getMessage() == null ? "" : ": " + t.getMessage()) + "); please report it");
            code = 70;
        }
        System.exit(code);
    }
}

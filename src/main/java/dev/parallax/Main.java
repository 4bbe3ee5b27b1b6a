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
        System.exit(ParallaxCommand.run(args));
    }
}

package dev.parallax.cli;

import dev.parallax.app.Gui;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parallax} command: subcommands run the engine, no subcommand opens the window. */
@Command(name = "parallax", mixinStandardHelpOptions = true, version = "parallax " + dev.parallax.export.Exports.VERSION,
        description = "Compare news reports of one event side by side.%nWithout a subcommand, opens the window.",
        subcommands = {ExtractCommand.class, SearchCommand.class, CompareCommand.class, VersionsCommand.class,
                StoriesCommand.class, RelatedCommand.class})
public final class ParallaxCommand implements java.util.concurrent.Callable<Integer> {
    @CommandLine.Parameters(arity = "0..*", paramLabel = "FILE", description = "Articles to open in the window.")
    private java.util.List<String> files = java.util.List.of();

    @CommandLine.Option(names = "--screenshot", paramLabel = "PNG",
            description = "Render the window at 1600x1000 once the comparison is shown, write it as PNG, print timings, exit.")
    private java.nio.file.Path screenshot;

    @Override
    public Integer call() {
        java.util.List<String> args = new java.util.ArrayList<>(files);
        if (screenshot != null) {
            args.add("--screenshot");
            args.add(screenshot.toString());
        }
        return Gui.launch(args.toArray(String[]::new));
    }

    /** Runs the command line and returns the process exit code; never throws. */
    public static int run(String[] args) {
        return run(args, new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true));
    }

    /** Runs the command line writing to the given streams (tests capture them). */
    public static int run(String[] args, java.io.PrintWriter out, java.io.PrintWriter err) {
        CommandLine cli = new CommandLine(new ParallaxCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("parallax: " + Messages.describe(ex));
            cmd.getErr().flush();
            return 2;
        });
        try {
            return cli.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) { // picocli passes Errors through
            err.println("parallax: " + Messages.describe(e));
            err.flush();
            return 2;
        }
    }
}

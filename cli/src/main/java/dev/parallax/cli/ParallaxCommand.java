package dev.parallax.cli;

import dev.parallax.text.Printable;

import dev.parallax.app.Gui;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parallax} command: subcommands run the engine, no subcommand opens the window. */
@Command(name = "parallax", mixinStandardHelpOptions = true, versionProvider = ParallaxCommand.Version.class,
        description = "Compare news reports of one event side by side.%nWithout a subcommand, opens the window.")
public final class ParallaxCommand implements java.util.concurrent.Callable<Integer> {
    /**
     * The subcommands, in the order the usage lists them. They are added in {@link #run}, not by the
     * annotation: picocli builds each one's model by reflection (about a third of a second at start-up for
     * all seven), so a run that names one builds only that one.
     */
    private static final java.util.List<String> SUBCOMMANDS =
            java.util.List.of("extract", "search", "compare", "versions", "stories", "related", "help");

    // A switch, not a map of constructor references: the window's AOT cache (recorded from a run that builds
    // them all) crashed the JDK 25.0.3 cache writer with lambdas held in this class's static state.
    private static Object subcommand(String name) {
        return switch (name) {
            case "extract" -> new ExtractCommand();
            case "search" -> new SearchCommand();
            case "compare" -> new CompareCommand();
            case "versions" -> new VersionsCommand();
            case "stories" -> new StoriesCommand();
            case "related" -> new RelatedCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException(name);
        };
    }
    @CommandLine.Parameters(arity = "0..*", paramLabel = "FILE", description = "Articles to open in the window.")
    private java.util.List<String> files = java.util.List.of();

    @CommandLine.Option(names = "--screenshot", paramLabel = "PNG",
            description = "Render the window at 1600x1000 once the comparison is shown, write it as PNG, print timings, exit.")
    private java.nio.file.Path screenshot;

    /** {@code --version}: the version the exports carry, which Maven takes from the pom. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"parallax " + dev.parallax.export.Exports.VERSION};
        }
    }

    @Override
    public Integer call() {
        java.util.List<String> args = new java.util.ArrayList<>(files);
        if (screenshot != null) {
            args.add("--screenshot");
            args.add(screenshot.toString());
        }
        return Gui.launch(args.toArray(String[]::new));
    }

    /**
     * A misused argument: one line saying what was wrong and where to read more, exit code 2 (picocli would
     * print the whole usage text). An unknown option that may be a word to search for, or a file whose name
     * starts with a dash, is told about {@code --}.
     */
    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        String name = cmd.getCommandSpec().qualifiedName(" ");
        String line = "parallax: " + Printable.of(ex.getMessage());
        String dashed = unknownOption(ex, cmd, args);
        if (dashed != null) {
            String word = Printable.of(dashed);
            line += "; to pass " + word + " as a query or a file name rather than an option, put -- before it ("
                    + name + " -- " + word + ")";
        }
        cmd.getErr().println(line);
        cmd.getErr().println("parallax: see '" + name + " --help'");
        cmd.getErr().flush();
        return 2;
    }

    /**
     * For an unknown option, or a missing query when the only one given started with a dash: the first
     * argument before any -- that looks like an option but is none of the command's; null otherwise.
     */
    private static String unknownOption(CommandLine.ParameterException ex, CommandLine cmd, String[] args) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException || ex instanceof CommandLine.MissingParameterException)) {
            return null;
        }
        for (String a : args) {
            if (a.equals("--")) {
                return null;
            }
            if (a.startsWith("-") && a.length() > 1 && cmd.getCommandSpec().findOption(a.split("=", 2)[0]) == null) {
                return a;
            }
        }
        return null;
    }

    /**
     * The window's arguments when the command line plainly opens the window: files only, no subcommand,
     * and no option but {@code --screenshot PNG}. Null otherwise (picocli parses it: help, usage errors).
     * picocli's classes cannot go into the start-up cache (their class files are too old for it), and
     * it builds all seven subcommands' models by reflection before opening the window.
     */
    static String[] windowArguments(String[] args) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--screenshot") && i + 1 < args.length && !args[i + 1].startsWith("-")) {
                out.add(args[i]);
                out.add(args[++i]);
            } else if (args[i].startsWith("-") || SUBCOMMANDS.contains(args[i])) {
                return null;
            } else {
                out.add(args[i]);
            }
        }
        return out.toArray(String[]::new);
    }

    /** Runs the command line and returns the process exit code; never throws. */
    public static int run(String[] args) {
        return run(args, new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true));
    }

    /** Runs the command line writing to the given streams (tests capture them). */
    public static int run(String[] args, java.io.PrintWriter out, java.io.PrintWriter err) {
        String[] window = windowArguments(args);
        if (window != null) {
            return Gui.launch(window); // what picocli would call, without building its models first
        }
        CommandLine cli = new CommandLine(new ParallaxCommand());
        // A run naming a subcommand needs only that one; any other run (help, usage, the window) gets them all,
        // as before (the window's AOT cache, recorded from such a run, is left as it was).
        String named = args.length > 0 && SUBCOMMANDS.contains(args[0]) && !"help".equals(args[0]) ? args[0] : null;
        for (String name : SUBCOMMANDS) {
            if (named == null || name.equals(named)) {
                cli.addSubcommand(name, subcommand(name));
            }
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(ParallaxCommand::usageError);
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

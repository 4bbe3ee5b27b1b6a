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
    private static final java.util.Map<String, java.util.function.Supplier<Object>> SUBCOMMANDS = subcommands();

    private static java.util.Map<String, java.util.function.Supplier<Object>> subcommands() {
        java.util.Map<String, java.util.function.Supplier<Object>> all = new java.util.LinkedHashMap<>();
        all.put("extract", ExtractCommand::new);
        all.put("search", SearchCommand::new);
        all.put("compare", CompareCommand::new);
        all.put("versions", VersionsCommand::new);
        all.put("stories", StoriesCommand::new);
        all.put("related", RelatedCommand::new);
        all.put("help", CommandLine.HelpCommand::new);
        return java.util.Collections.unmodifiableMap(all);
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

    /** Runs the command line and returns the process exit code; never throws. */
    public static int run(String[] args) {
        return run(args, new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true));
    }

    /** Runs the command line writing to the given streams (tests capture them). */
    public static int run(String[] args, java.io.PrintWriter out, java.io.PrintWriter err) {
        CommandLine cli = new CommandLine(new ParallaxCommand());
        // A run naming a subcommand needs only that one; the window needs none; help and usage list them all.
        String named = args.length > 0 && SUBCOMMANDS.containsKey(args[0]) && !"help".equals(args[0]) ? args[0] : null;
        boolean usage = args.length > 0 && "help".equals(args[0])
                || java.util.Arrays.stream(args).takeWhile(a -> !a.equals("--")).anyMatch(a -> a.equals("-h") || a.equals("--help"));
        SUBCOMMANDS.forEach((name, command) -> {
            if (named != null ? name.equals(named) : usage) {
                cli.addSubcommand(name, command.get());
            }
        });
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

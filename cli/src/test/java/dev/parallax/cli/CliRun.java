package dev.parallax.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line in this process, with what it printed on each stream and its exit code. */
record CliRun(int code, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ParallaxCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }
}

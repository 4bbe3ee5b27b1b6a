package dev.parallax.cli;

import dev.parallax.export.AtomicWriter;
import dev.parallax.export.Exports;
import dev.parallax.text.Printable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The export options of the commands that compare ({@code --json}, {@code --markdown}, {@code --html}), and
 * their writing: through links to their target, straight into pipes and devices, {@code -} for standard
 * output, one file never named twice, and a failed export never stopping the others.
 */
final class ExportOptions {
    /** The export target that means standard output. */
    private static final Path STDOUT = Path.of("-");

    @Option(names = "--json", paramLabel = "FILE",
            description = "Write the comparison as JSON (the export contract: schema 1 for two articles, 2 for more); - for standard output.")
    private Path json;

    @Option(names = "--markdown", paramLabel = "FILE", description = "Write a Markdown summary (- for standard output).")
    private Path markdown;

    @Option(names = "--html", paramLabel = "FILE", description = "Write a self-contained HTML summary, both texts side by side (- for standard output).")
    private Path html;

    /** Something that prepares one export, to be written to a file or to standard output. */
    interface Writer {
        AtomicWriter.Body body(Exports.Format format);
    }

    /**
     * The summary when no export is asked for, else every export asked for: a failed one is reported and
     * the others are still written; exit code 2 when any failed, else 0.
     */
    int report(PrintWriter out, PrintWriter err, Runnable summary, Writer writer) {
        Map<Exports.Format, Path> exports = exports();
        if (exports.isEmpty()) {
            summary.run();
        }
        boolean failed = false;
        for (var e : exports.entrySet()) {
            Path file = e.getValue();
            try {
                AtomicWriter.Body body = writer.body(e.getKey());
                if (STDOUT.equals(file)) {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    body.writeTo(bytes);
                    out.print(bytes.toString(StandardCharsets.UTF_8));
                    out.flush();
                } else {
                    AtomicWriter.write(file, body);
                    err.println("parallax: wrote " + Printable.of(file.toString()));
                }
            } catch (IOException | RuntimeException ex) {
                err.println("parallax: " + Messages.describeWhole(ex));
                failed = true;
            }
            err.flush();
        }
        out.flush();
        err.flush();
        return failed ? 2 : 0;
    }

    /** True, after saying why on {@code err}, when two exports name one file: the command then exits with 2. */
    boolean refusesTargets(java.io.PrintWriter err) {
        String clash = clash();
        if (clash == null) {
            return false;
        }
        err.println("parallax: " + clash);
        err.flush();
        return true;
    }

    /**
     * The same file (or standard output) named for two exports, as one line; null when every export has its
     * own. Checked before anything is read or written. Character devices such as /dev/null may be shared.
     */
    private String clash() {
        Map<Path, Exports.Format> seen = new java.util.HashMap<>();
        for (var e : exports().entrySet()) {
            Path file = e.getValue();
            if (!STDOUT.equals(file) && isCharacterDevice(file)) {
                continue;
            }
            Path key = STDOUT.equals(file) ? STDOUT : AtomicWriter.destination(file);
            Exports.Format other = seen.putIfAbsent(key, e.getKey());
            if (other != null) {
                String what = STDOUT.equals(file) ? "standard output (-)" : Printable.of(file.toString());
                return what + " is named for both --" + option(other) + " and --" + option(e.getKey())
                        + "; give each export its own file";
            }
        }
        return null;
    }

    private static String option(Exports.Format f) {
        return f.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean isCharacterDevice(Path file) {
        try {
            return (((Integer) Files.getAttribute(file, "unix:mode")) & 0170000) == 0020000;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    Map<Exports.Format, Path> exports() {
        Map<Exports.Format, Path> exports = new EnumMap<>(Exports.Format.class);
        if (json != null) {
            exports.put(Exports.Format.JSON, json);
        }
        if (markdown != null) {
            exports.put(Exports.Format.MARKDOWN, markdown);
        }
        if (html != null) {
            exports.put(Exports.Format.HTML, html);
        }
        return exports;
    }
}

package dev.parallax.export;

import dev.parallax.compare.Comparison;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.parallax.compare.event.Event;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The one way to export a comparison, used by the command line and the window alike: pick a
 * {@link Format} (or let the file name pick it) and the file is written atomically.
 */
public final class Exports {
    /** The tool name every export carries. */
    public static final String TOOL = "parallax";
    /**
     * The version every export carries (JSON {@code version}, Markdown and HTML footers), and the one
     * {@code --version} prints: the pom's, filled into {@code version.properties} when Maven builds.
     */
    public static final String VERSION = readVersion();

    private static String readVersion() {
        try (java.io.InputStream in = Exports.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the build");
            }
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            String v = p.getProperty("version", "").strip();
            if (v.isEmpty() || v.contains("${")) {
                throw new IllegalStateException("version.properties was not filled in by the build: " + v);
            }
            return v;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public enum Format {
        JSON("json", "application/json"),
        MARKDOWN("md", "text/markdown"),
        HTML("html", "text/html");

        private final String extension;
        private final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        /** The usual file extension, without the dot. */
        public String extension() {
            return extension;
        }

        public String mediaType() {
            return mediaType;
        }

        /** The format a file name asks for: .json, .md/.markdown, .html/.htm (any case); empty otherwise. */
        public static Optional<Format> fromFileName(Path file) {
            Path name = file.getFileName();
            if (name == null) {
                return Optional.empty();
            }
            String n = name.toString().toLowerCase(Locale.ROOT);
            int dot = n.lastIndexOf('.');
            String ext = dot < 0 ? "" : n.substring(dot + 1);
            return switch (ext) {
                case "json" -> Optional.of(JSON);
                case "md", "markdown" -> Optional.of(MARKDOWN);
                case "html", "htm" -> Optional.of(HTML);
                default -> Optional.empty();
            };
        }
    }

    private Exports() {
    }

    /** The export as text (UTF-8 when written). */
    public static String render(Comparison comparison, Format format) {
        return switch (format) {
            case JSON -> ComparisonJson.render(comparison);
            case MARKDOWN -> ComparisonMarkdown.render(comparison);
            case HTML -> ComparisonHtml.render(comparison);
        };
    }

    /** An event's export as text: schema-2 JSON, or the Markdown and HTML summaries with the coverage matrix. */
    public static String render(Event event, Format format) {
        return switch (format) {
            case JSON -> EventJson.render(event);
            case MARKDOWN -> EventMarkdown.render(event);
            case HTML -> EventHtml.render(event);
        };
    }

    /** Writes an event's export atomically, as {@link #write(Comparison, Path, Format)} does a comparison's. */
    public static void write(Event event, Path target, Format format) throws IOException {
        AtomicWriter.write(target, body(event, format));
    }

    /**
     * Writes the export to {@code target}, replacing it atomically; on any failure the old file (if any) is
     * left as it was and no temporary file stays behind. Pipes and devices are written straight through
     * (see {@link AtomicWriter}).
     */
    public static void write(Comparison comparison, Path target, Format format) throws IOException {
        AtomicWriter.write(target, body(comparison, format));
    }

    /** An event's export, ready to be written to any stream (standard output, for one). */
    public static AtomicWriter.Body body(Event event, Format format) {
        String text = render(event, format);
        return out -> utf8(out, w -> w.write(text));
    }

    /**
     * A comparison's export, ready to be written to any stream. Everything that can fail on the comparison
     * itself happens here, before a file is opened; the text is then streamed out, never held as one
     * string and again as its bytes (for a long article, both are big).
     */
    public static AtomicWriter.Body body(Comparison comparison, Format format) {
        return switch (format) {
            case JSON -> {
                ComparisonJson doc = ComparisonJson.of(comparison);
                yield out -> Json.MAPPER.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, doc);
            }
            case MARKDOWN -> {
                String md = ComparisonMarkdown.render(comparison);
                yield out -> utf8(out, w -> w.write(md));
            }
            case HTML -> {
                org.jsoup.nodes.Document page = ComparisonHtml.document(comparison);
                yield out -> utf8(out, page::html);
            }
        };
    }

    private interface TextBody {
        void writeTo(Writer w) throws IOException;
    }

    private static void utf8(OutputStream out, TextBody body) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        body.writeTo(w);
        w.flush();
    }

    /**
     * Writes the export in the format the file name asks for.
     *
     * @throws IllegalArgumentException when the extension names no format
     */
    public static Format write(Comparison comparison, Path target) throws IOException {
        Format format = Format.fromFileName(target).orElseThrow(() -> new IllegalArgumentException(
                "Cannot tell the export format from " + target.getFileName()
                        + ": use .json, .md or .html"));
        write(comparison, target, format);
        return format;
    }
}

package dev.parallax.eval;

import dev.parallax.ingest.CharsetDetection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Reads the shared corpus: gzipped pages decoded the way the app decodes them, and its default location. */
public final class CorpusFiles {
    private CorpusFiles() {
    }

    /** The corpus folder: system property {@code parallax.shared} + /corpus, else ../shared/corpus. */
    public static Path defaultCorpus() {
        String shared = System.getProperty("parallax.shared", "../shared");
        return Path.of(shared, "corpus");
    }

    public static String readPage(Path file) {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return CharsetDetection.decode(in.readAllBytes(), true).text();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

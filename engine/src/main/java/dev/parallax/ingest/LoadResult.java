package dev.parallax.ingest;

import dev.parallax.text.Printable;

import java.nio.file.Path;
import dev.parallax.article.Article;

/** The outcome of reading one file: an article, or a one-line reason the user can act on. */
public sealed interface LoadResult {
    Path path();

    /** The path as shown in a message: control characters in a file name are shown escaped, never sent raw. */
    static String shown(Path path) {
        return Printable.of(String.valueOf(path));
    }

    record Loaded(Path path, Article article, Decoded decoding) implements LoadResult {
        /** A one-line warning when the file was read but not cleanly (damaged bytes), else null. */
        public String warning() {
            java.util.List<String> parts = new java.util.ArrayList<>();
            int n = decoding == null ? 0 : decoding.invalidBytes();
            if (n > 0) {
                parts.add(n + (n == 1 ? " byte is" : " bytes are") + " not valid "
                        + decoding.charset().name() + (n == 1 ? " and shows" : " and show")
                        + " as \uFFFD; the file may be damaged or in another encoding");
            }
            if (article != null) {
                parts.addAll(article.notices());
            }
            String where = article != null ? Printable.of(article.path()) : shown(path); // a web page: its address
            return parts.isEmpty() ? null : where + ": " + String.join("; ", parts);
        }
    }

    /** @param source what the user named when it is no file (a web address), else null */
    record Failed(Path path, String reason, String source) implements LoadResult {
        public Failed(Path path, String reason) {
            this(path, reason, null);
        }

        /** The message as shown to users: the file (or address), then why. */
        public String message() {
            return (source != null ? Printable.of(source) : shown(path)) + ": " + reason;
        }
    }
}

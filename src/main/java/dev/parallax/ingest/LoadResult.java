package dev.parallax.ingest;

import java.nio.file.Path;

/** The outcome of reading one file: an article, or a one-line reason the user can act on. */
public sealed interface LoadResult {
    Path path();

    record Loaded(Path path, Article article, Decoded decoding) implements LoadResult {
    }

    record Failed(Path path, String reason) implements LoadResult {
        /** The message as shown to users: the file, then why. */
        public String message() {
            return path + ": " + reason;
        }
    }
}

package dev.parallax.index;

import java.io.IOException;

/** The index cannot be used and cannot be repaired here; the message says why and what the user can do. */
public final class IndexUnusableException extends IOException {
    public IndexUnusableException(String message) {
        super(message);
    }
}

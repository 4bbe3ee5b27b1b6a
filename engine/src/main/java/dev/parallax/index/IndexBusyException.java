package dev.parallax.index;

import java.io.IOException;

/** Another Parallax process is writing to the index; readers may still open it. */
public final class IndexBusyException extends IOException {
    public IndexBusyException(String location, Throwable cause) {
        super("the index at " + location + " is being written by another Parallax process", cause);
    }
}

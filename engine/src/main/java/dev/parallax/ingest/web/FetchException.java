package dev.parallax.ingest.web;

import java.io.IOException;

/** A page that could not be fetched; the message is one line a reader can act on, without the address. */
public final class FetchException extends IOException {
    public FetchException(String message) {
        super(message);
    }
}

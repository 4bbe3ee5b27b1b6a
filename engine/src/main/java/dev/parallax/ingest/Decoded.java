package dev.parallax.ingest;

import java.nio.charset.Charset;

/**
 * Text decoded from bytes, with the charset used and how it was chosen (for messages and tests).
 *
 * @param invalidBytes bytes that fit no character of the charset and show as U+FFFD (damaged input)
 */
public record Decoded(String text, Charset charset, String how, int invalidBytes) {
    public Decoded(String text, Charset charset, String how) {
        this(text, charset, how, 0);
    }
}

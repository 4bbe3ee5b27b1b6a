package dev.parallax.ingest;

import java.nio.charset.Charset;

/** Text decoded from bytes, with the charset used and how it was chosen (for messages and tests). */
public record Decoded(String text, Charset charset, String how) {
}

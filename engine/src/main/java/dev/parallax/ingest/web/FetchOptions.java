package dev.parallax.ingest.web;

import java.time.Duration;

/**
 * How a page is fetched.
 *
 * @param connectTimeout how long to wait for a connection to the server
 * @param timeout        how long the whole fetch may take, redirects and body included
 * @param maxBytes       the largest body accepted, compressed or unpacked
 * @param userAgent      the User-Agent header: Parallax names itself honestly
 */
public record FetchOptions(Duration connectTimeout, Duration timeout, long maxBytes, String userAgent) {
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** Articles are kilobytes; even a page with inline images is rarely past a few megabytes. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** Redirects followed before giving up (a chain this long is a loop or a trap). */
    public static final int MAX_REDIRECTS = 5;

    public static String userAgent(String version) {
        return "Parallax/" + version + " (+desktop news comparison reader)";
    }

    public static FetchOptions defaults(String version) {
        return new FetchOptions(CONNECT_TIMEOUT, TIMEOUT, MAX_BYTES, userAgent(version));
    }
}

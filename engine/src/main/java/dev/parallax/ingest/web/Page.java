package dev.parallax.ingest.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A page as the server sent it.
 *
 * @param requested the address asked for
 * @param finalUri  where the redirects ended
 * @param headers   the final answer's headers (names in lower case)
 * @param body      the bytes, with gzip or deflate undone
 * @param mediaType the Content-Type's media type in lower case, or null when the server gave none
 * @param charset   the Content-Type's charset parameter, or null
 */
public record Page(URI requested, URI finalUri, int status, Map<String, List<String>> headers, byte[] body,
                   String mediaType, String charset, Instant fetchedAt) {
    public Page {
        headers = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(headers)); // sorted: stable manifests
    }
}

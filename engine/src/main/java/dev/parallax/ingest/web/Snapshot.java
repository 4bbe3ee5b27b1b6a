package dev.parallax.ingest.web;

import java.util.List;
import java.util.Map;

/**
 * One kept version of a page, as its URL's manifest lists it. The bytes are in the store under
 * {@code sha256}; {@code textSha256} is the hash of the article text read from them (title and body),
 * which decides whether a new fetch is a new version.
 *
 * @param fetchedAt ISO-8601 instant (UTC)
 * @param canonical the page's {@code rel=canonical} address, or null
 */
public record Snapshot(String sha256, String fetchedAt, String finalUrl, String canonical, int status,
                       Map<String, List<String>> headers, String mediaType, String charset, long size, String title,
                       String textSha256) {
}

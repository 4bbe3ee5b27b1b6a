package dev.parallax.article;

/**
 * Where an article read from the web came from: the address asked for, where redirects ended, the page's
 * own {@code rel=canonical} address, when it was fetched and the SHA-256 of the snapshot kept of its bytes,
 * so an export can cite exactly what was compared.
 *
 * @param fetchedAt ISO-8601 instant (UTC) of the snapshot cited
 * @param sha256    lower-case hex SHA-256 of the snapshot's bytes (as received, content encoding undone)
 */
public record WebSource(String url, String finalUrl, String canonical, String fetchedAt, String sha256) {
}

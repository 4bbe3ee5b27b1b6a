package dev.parallax.ingest;

import dev.parallax.ingest.html.ArticleFinder;

/**
 * Finds the article inside a saved HTML page: title, body blocks in reading order, the chrome removed
 * around them, and metadata. The work is done in {@link dev.parallax.ingest.html}.
 */
public final class HtmlExtractor {
    private final ArticleFinder finder = new ArticleFinder();

    public Extraction extract(String html, String baseUri) {
        return finder.extract(html, baseUri);
    }
}

package dev.parallax.ingest;

/**
 * Facts about an article found outside its body text; any field may be null when the source does not say.
 * {@code web} is set only for an article fetched from an address (see {@link WebSource}).
 */
public record Metadata(String byline, String date, String publisher, String url, WebSource web) {
    public static final Metadata NONE = new Metadata(null, null, null, null);

    public Metadata(String byline, String date, String publisher, String url) {
        this(byline, date, publisher, url, null);
    }

    public Metadata withWeb(WebSource source) {
        return new Metadata(byline, date, publisher, url, source);
    }
}

package dev.parallax.ingest;

/** Facts about an article found outside its body text; any field may be null when the source does not say. */
public record Metadata(String byline, String date, String publisher, String url) {
    public static final Metadata NONE = new Metadata(null, null, null, null);
}

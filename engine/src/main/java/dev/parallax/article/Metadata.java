package dev.parallax.article;

import java.util.List;

/**
 * Facts about an article found outside its body text; any field may be null when the source does not say.
 *
 * @param byline    the authors joined by ", " (the single field earlier exports carry)
 * @param date      when it was published: ISO 8601 with an offset, or a date alone when that is all the page says
 * @param publisher the site or organisation that published it
 * @param url       the page's canonical address
 * @param authors   the people who wrote it, one name each
 * @param modified  when it was last changed, as {@code date}
 * @param notes     what the extraction did that a reader should know (a date dropped, a body taken from data)
 * @param web       the snapshot it was read from, only for an article fetched from an address ({@link WebSource})
 */
public record Metadata(String byline, String date, String publisher, String url, List<String> authors,
                       String modified, List<String> notes, WebSource web) {
    public static final Metadata NONE = new Metadata(null, null, null, null);

    public Metadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
        notes = notes == null ? List.of() : List.copyOf(notes);
        if (byline == null && !authors.isEmpty()) {
            byline = String.join(", ", authors);
        }
    }

    /** Metadata with a single byline (plain text files): the byline is also the one author. */
    public Metadata(String byline, String date, String publisher, String url) {
        this(byline, date, publisher, url, byline == null ? List.of() : List.of(byline), null, List.of(), null);
    }

    /** Metadata read from a page (not yet tied to a snapshot). */
    public Metadata(String byline, String date, String publisher, String url, List<String> authors, String modified,
                    List<String> notes) {
        this(byline, date, publisher, url, authors, modified, notes, null);
    }

    /** The same metadata with one more note. */
    public Metadata withNote(String note) {
        List<String> more = new java.util.ArrayList<>(notes);
        more.add(note);
        return new Metadata(byline, date, publisher, url, authors, modified, more, web);
    }

    public Metadata withWeb(WebSource source) {
        return new Metadata(byline, date, publisher, url, authors, modified, notes, source);
    }
}

package dev.parallax.ingest.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Tells web addresses from file names, and parses them into what may be fetched (http and https only). */
public final class WebAddress {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.\\-]*://");

    private WebAddress() {
    }

    /** True for anything written as {@code scheme://...}: such an argument is an address, never a file name. */
    public static boolean looksLikeAddress(String s) {
        return s != null && SCHEME.matcher(s.strip()).find();
    }

    /**
     * The address to fetch, without its fragment (a place in the page, never sent to the server).
     *
     * @throws FetchException for a malformed address, a scheme other than http and https, or no host
     */
    public static URI parse(String s) throws FetchException {
        String text = s.strip();
        int hash = text.indexOf('#');
        if (hash >= 0) {
            text = text.substring(0, hash);
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new FetchException("not a valid web address (" + e.getReason() + ")");
        }
        check(uri);
        return uri.getPath() == null || uri.getPath().isEmpty() ? uri.resolve("/") : uri;
    }

    /** Refuses what Parallax never fetches: other schemes (file:, ftp:, javascript:) and addresses without a host. */
    static void check(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException("only http and https addresses can be opened, not " + (scheme.isEmpty()
                    ? "an address without a scheme" : scheme + ":"));
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new FetchException("not a valid web address (no host name)");
        }
    }
}

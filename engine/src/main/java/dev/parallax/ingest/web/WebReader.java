package dev.parallax.ingest.web;

import dev.parallax.article.Article;
import dev.parallax.ingest.ArticleLoader;
import dev.parallax.ingest.LoadResult;
import dev.parallax.text.Printable;
import dev.parallax.article.WebSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads articles from web addresses: fetches the page, reads the article from its bytes as a saved page
 * would be read, and keeps a snapshot. The command line and the window both read addresses through this
 * class; an article read here cites its address, fetch time and snapshot hash in its metadata.
 */
public final class WebReader implements AutoCloseable {
    private final Fetcher fetcher;
    private final SnapshotStore store;
    private final ArticleLoader loader;

    /**
     * A read address: the result as for a file, the snapshot kept (null when nothing was), and a notice
     * for the reader (null, or why an earlier snapshot was read instead of the page).
     */
    public record Read(LoadResult result, SnapshotStore.Kept kept, String notice) {
    }

    public WebReader(Fetcher fetcher, SnapshotStore store, ArticleLoader loader) {
        this.fetcher = fetcher;
        this.store = store;
        this.loader = loader;
    }

    public SnapshotStore store() {
        return store;
    }

    @Override
    public void close() {
        fetcher.close();
    }

    /**
     * Fetches an address and reads its article, keeping a new snapshot when the article text changed. When
     * the page cannot be fetched but was kept before, the latest snapshot is read, with a notice saying so.
     *
     * @throws InterruptedException when the thread is interrupted meanwhile (a cancelled window task)
     */
    public Read read(String address) throws InterruptedException {
        String url;
        Page page;
        try {
            url = WebAddress.parse(address).toString();
        } catch (FetchException e) {
            return failed(address, e.getMessage());
        }
        try {
            page = fetcher.fetch(address);
        } catch (FetchException e) {
            return fromLatestSnapshot(address, url, e.getMessage());
        }
        String sha = SnapshotStore.sha256(page.body());
        LoadResult r = loader.fromPage(store.blob(sha), url, page.body(), Fetcher.saysHtml(page.mediaType()),
                page.charset());
        if (!(r instanceof LoadResult.Loaded loaded)) {
            return new Read(r, null, null); // a page without an article is not kept
        }
        Article a = loaded.article();
        Snapshot fetched = new Snapshot(sha, page.fetchedAt().toString(), page.finalUri().toString(),
                canonical(loaded.decoding().text(), page.finalUri().toString()), page.status(), page.headers(),
                page.mediaType(), page.charset(), page.body().length, a.title(), textHash(a));
        SnapshotStore.Kept kept;
        try {
            kept = store.keep(url, fetched, page.body());
        } catch (IOException e) {
            return failed(address, "fetched, but its snapshot could not be saved in " + store.root() + " ("
                    + e.getMessage() + ")");
        }
        Snapshot cited = kept.snapshot();
        return new Read(new LoadResult.Loaded(store.blob(cited.sha256()), cite(a, url, cited), loaded.decoding()),
                kept, null);
    }

    private Read fromLatestSnapshot(String address, String url, String why) {
        List<Snapshot> versions;
        try {
            versions = store.versions(url);
        } catch (IOException e) {
            versions = List.of();
        }
        if (versions.isEmpty()) {
            return failed(address, why);
        }
        Snapshot latest = versions.getLast();
        LoadResult r = readSnapshot(url, latest);
        String notice = r instanceof LoadResult.Loaded ? Printable.of(address) + ": " + why
                + "; read the snapshot of " + latest.fetchedAt() + " instead" : null;
        return new Read(r instanceof LoadResult.Loaded ? r : failed(address, why).result(), null, notice);
    }

    /** Reads a kept version offline, exactly as it was read when fetched. */
    public LoadResult readSnapshot(String url, Snapshot s) {
        byte[] bytes;
        try {
            bytes = store.read(s);
        } catch (IOException e) {
            return new LoadResult.Failed(null, e.getMessage(), url);
        }
        LoadResult r = loader.fromPage(store.blob(s.sha256()), url, bytes, Fetcher.saysHtml(s.mediaType()), s.charset());
        return r instanceof LoadResult.Loaded l ? new LoadResult.Loaded(l.path(), cite(l.article(), url, s), l.decoding()) : r;
    }

    private static Read failed(String address, String why) {
        return new Read(new LoadResult.Failed(null, why, address), null, null);
    }

    private static Article cite(Article a, String url, Snapshot s) {
        WebSource source = new WebSource(url, s.finalUrl(), s.canonical(), s.fetchedAt(), s.sha256());
        return new Article(a.path(), a.title(), a.text(), a.blocks(), a.removed(), a.language(),
                a.metadata().withWeb(source));
    }

    /** What decides whether a fetch is a new version: the title and the article text, nothing around them. */
    static String textHash(Article a) {
        String t = (a.title() == null ? "" : a.title()) + "\n\n" + a.text();
        return SnapshotStore.sha256(t.getBytes(StandardCharsets.UTF_8));
    }

    /** The page's {@code <link rel=canonical>} as an absolute http(s) address, or null. */
    static String canonical(String html, String base) {
        for (Element link : Jsoup.parse(html, base).select("link[rel][href]")) {
            for (String rel : link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
                String href = link.absUrl("href");
                if (rel.equals("canonical") && (href.startsWith("http://") || href.startsWith("https://"))) {
                    return Printable.stripControls(href);
                }
            }
        }
        return null;
    }
}

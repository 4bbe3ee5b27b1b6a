package dev.parallax.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.article.Article;
import dev.parallax.ingest.ArticleLoader;
import dev.parallax.ingest.LoadResult;
import dev.parallax.article.WebSource;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fetched pages read as articles, kept as snapshots, and new versions only when the text changed. */
class WebReaderTest {
    @TempDir
    Path library;

    private final LoopbackSite site = new LoopbackSite();

    @AfterEach
    void stop() {
        site.close();
    }

    private WebReader reader() {
        return new WebReader(new Fetcher(FetchOptions.defaults("0.0.1")), new SnapshotStore(library.resolve("snapshots")),
                new ArticleLoader());
    }

    private static String paragraph(String words) {
        return words + " The ministry said the figures would be reviewed again next week by an independent panel.";
    }

    @Test
    void aFetchedArticleCitesItsSnapshotAndTheSnapshotKeepsEverything() throws Exception {
        String html = LoopbackSite.article("Flood waters rise", paragraph("Water rose 3 metres overnight."),
                paragraph("\u201CWe are ready,\u201D the mayor said."))
                .replace("</head>", "<link rel=\"canonical\" href=\"/news/flood\"></head>");
        site.html("/story", html);
        site.redirect("/short", 301, "/story");
        WebReader.Read read = reader().read(site.url("/short"));
        LoadResult.Loaded loaded = assertInstanceOf(LoadResult.Loaded.class, read.result());
        Article a = loaded.article();
        assertEquals("Flood waters rise", a.title());
        assertTrue(a.text().contains("Water rose 3 metres overnight."));
        assertEquals(site.url("/short"), a.path());
        WebSource web = a.metadata().web();
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        assertEquals(SnapshotStore.sha256(bytes), web.sha256());
        assertEquals(site.url("/story"), web.finalUrl());
        assertEquals(site.url("/news/flood"), web.canonical());
        assertEquals(site.url("/short"), web.url());

        // the bytes, content-addressed, and a manifest with headers, final URL, canonical and time
        Path blob = library.resolve("snapshots/blobs").resolve(web.sha256().substring(0, 2)).resolve(web.sha256());
        assertEquals(blob, loaded.path());
        assertEquals(html, Files.readString(blob));
        List<Path> manifests;
        try (Stream<Path> s = Files.list(library.resolve("snapshots/pages"))) {
            manifests = s.toList();
        }
        assertEquals(1, manifests.size());
        JsonNode m = new ObjectMapper().readTree(manifests.getFirst().toFile());
        assertEquals(site.url("/short"), m.get("url").asText());
        JsonNode v = m.get("versions").get(0);
        assertEquals(web.fetchedAt(), v.get("fetchedAt").asText());
        assertEquals(site.url("/news/flood"), v.get("canonical").asText());
        assertEquals("text/html; charset=utf-8", v.get("headers").get("content-type").get(0).asText());
        assertEquals(bytes.length, v.get("size").asInt());
        assertEquals("Flood waters rise", v.get("title").asText());
    }

    @Test
    void aNewVersionIsKeptOnlyWhenTheArticleTextChanged() throws Exception {
        AtomicReference<String> current = new AtomicReference<>(LoopbackSite.article("Talks collapse",
                paragraph("Negotiators left after 12 hours."), paragraph("\u201CThere is no deal,\u201D Ms Weber said.")));
        site.handle("/live", ex -> LoopbackSite.send(ex, 200, "text/html; charset=utf-8",
                current.get().getBytes(StandardCharsets.UTF_8)));
        WebReader reader = reader();
        String url = site.url("/live");
        WebReader.Read first = reader.read(url);
        assertTrue(first.kept().added());
        // the same article inside different chrome (a rotating ad): not a new version
        current.set(current.get().replace("<footer>", "<footer><div class=\"ad\">Buy shoes today</div>"));
        WebReader.Read again = reader.read(url);
        assertFalse(again.kept().added());
        assertEquals(first.kept().snapshot(), again.kept().snapshot());
        assertEquals(1, reader.store().versions(url).size());
        // a stealth edit: a number and a quotation changed
        current.set(current.get().replace("12 hours", "14 hours").replace("no deal", "no deal yet"));
        WebReader.Read edited = reader.read(url);
        assertTrue(edited.kept().added());
        assertEquals(2, edited.kept().number());
        List<Snapshot> versions = reader.store().versions(url);
        assertEquals(2, versions.size());
        Article older = ((LoadResult.Loaded) reader.readSnapshot(url, versions.get(0))).article();
        assertTrue(older.text().contains("12 hours"));
        assertEquals(versions.get(0).sha256(), older.metadata().web().sha256());
        assertTrue(((LoadResult.Loaded) edited.result()).article().text().contains("14 hours"));
    }

    @Test
    void theServerCharsetIsReadAndAWrongOneIsOverruled() throws Exception {
        String text = paragraph("The caf\u00E9 owner called it a \u201Cdisaster\u201D \u2014 and closed.");
        String page = "<html><head><title>Caf\u00E9 closes</title></head><body><article><p>" + text
                + "</p><p>" + text + "</p></article></body></html>";
        // no <meta>: only the header says windows-1252, and the bytes are windows-1252
        site.page("/cp1252", 200, "text/html; charset=windows-1252", page.getBytes(Charset.forName("windows-1252")));
        // the header says ISO-8859-1 but the bytes are UTF-8 (a server default): read as UTF-8
        site.page("/wrong", 200, "text/html; charset=ISO-8859-1", page.getBytes(StandardCharsets.UTF_8));
        for (String path : List.of("/cp1252", "/wrong")) {
            LoadResult.Loaded l = assertInstanceOf(LoadResult.Loaded.class, reader().read(site.url(path)).result());
            assertTrue(l.article().text().contains("caf\u00E9 owner called it a \u201Cdisaster\u201D \u2014 and"),
                    path + ": " + l.article().text());
            assertEquals(path.equals("/wrong") ? "UTF-8" : "windows-1252", l.decoding().charset().name());
        }
    }

    @Test
    void failuresKeepNothing() throws Exception {
        site.page("/gone", 404, "text/html", new byte[0]);
        site.page("/pdf", 200, "text/html", "%PDF-1.4\n%\u00E2\u00E3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
        site.page("/empty", 200, "text/html", "<html><body><nav>Home</nav></body></html>".getBytes(StandardCharsets.UTF_8));
        WebReader reader = reader();
        LoadResult.Failed gone = assertInstanceOf(LoadResult.Failed.class, reader.read(site.url("/gone")).result());
        assertEquals(site.url("/gone") + ": the server answered 404 Not Found (check the address; the page may have "
                + "been removed)", gone.message());
        LoadResult.Failed pdf = assertInstanceOf(LoadResult.Failed.class, reader.read(site.url("/pdf")).result());
        assertTrue(pdf.message().contains("looks like a PDF document"), pdf.message());
        assertInstanceOf(LoadResult.Failed.class, reader.read(site.url("/empty")).result());
        assertFalse(Files.exists(library.resolve("snapshots")), "nothing is written for a failed fetch");
    }

    @Test
    void aDamagedSnapshotIsNeverReadAsThePage() throws Exception {
        site.html("/a", LoopbackSite.article("Bridge reopens", paragraph("The bridge reopened on Monday.")));
        WebReader reader = reader();
        String url = site.url("/a");
        Snapshot kept = reader.read(url).kept().snapshot();
        Path blob = reader.store().blob(kept.sha256());
        Files.writeString(blob, Files.readString(blob).replace("Monday", "Sunday"));
        LoadResult.Failed f = assertInstanceOf(LoadResult.Failed.class, reader.readSnapshot(url, kept));
        assertTrue(f.message().endsWith("is damaged (its SHA-256 does not match)"), f.message());
    }

    @Test
    void aPageKeptBeforeIsReadFromItsSnapshotWhenTheSiteFails() throws Exception {
        AtomicReference<Integer> status = new AtomicReference<>(200);
        String html = LoopbackSite.article("Bridge reopens", paragraph("The bridge reopened on Monday."));
        site.handle("/bridge", ex -> LoopbackSite.send(ex, status.get(), "text/html",
                html.getBytes(StandardCharsets.UTF_8)));
        WebReader reader = reader();
        String url = site.url("/bridge");
        String sha = ((LoadResult.Loaded) reader.read(url).result()).article().metadata().web().sha256();
        status.set(503);
        WebReader.Read offline = reader.read(url);
        LoadResult.Loaded l = assertInstanceOf(LoadResult.Loaded.class, offline.result());
        assertEquals(sha, l.article().metadata().web().sha256());
        assertTrue(offline.notice().contains("503 Service Unavailable"), offline.notice());
        assertTrue(offline.notice().contains("read the snapshot of"), offline.notice());
        assertNull(offline.kept());
    }
}

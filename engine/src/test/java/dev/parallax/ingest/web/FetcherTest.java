package dev.parallax.ingest.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fetcher against a real server on 127.0.0.1: redirects, errors, limits, encodings. */
class FetcherTest {
    private final LoopbackSite site = new LoopbackSite();
    private static final byte[] PAGE = LoopbackSite.article("Storm hits coast",
            "The storm reached the coast on Tuesday night, officials said.").getBytes(StandardCharsets.UTF_8);

    @AfterEach
    void stop() {
        site.close();
    }

    private static Fetcher fetcher() {
        return new Fetcher(FetchOptions.defaults("9.9.9"));
    }

    private static Fetcher fetcher(Duration timeout, long maxBytes) {
        return new Fetcher(new FetchOptions(Duration.ofSeconds(10), timeout, maxBytes, FetchOptions.userAgent("9.9.9")));
    }

    private String failure(Fetcher f, String url) {
        return assertThrows(FetchException.class, () -> f.fetch(url)).getMessage();
    }

    @Test
    void fetchesAPageWithAnHonestUserAgentAskingForCompression() throws Exception {
        site.page("/a", 200, "text/html; charset=UTF-8", PAGE);
        Page p = fetcher().fetch(site.url("/a#comments"));
        assertArrayEquals(PAGE, p.body());
        assertEquals("text/html", p.mediaType());
        assertEquals("UTF-8", p.charset());
        assertEquals(site.url("/a"), p.finalUri().toString());
        assertEquals("Parallax/9.9.9 (+desktop news comparison reader)", site.requests.getFirst().getFirst("User-Agent"));
        assertEquals("gzip, deflate", site.requests.getFirst().getFirst("Accept-Encoding"));
    }

    @Test
    void followsFiveRedirectsButNotSix() throws Exception {
        site.page("/article", 200, "text/html", PAGE);
        for (int i = 1; i <= 6; i++) {
            // relative and absolute Location headers, and every redirect status
            int status = new int[] {301, 302, 303, 307, 308, 301}[i - 1];
            site.redirect("/hop" + i, status, i == 1 ? "/article" : i % 2 == 0 ? site.url("/hop" + (i - 1)) : "hop" + (i - 1));
        }
        Page p = fetcher().fetch(site.url("/hop5"));
        assertEquals(site.url("/article"), p.finalUri().toString());
        assertEquals(site.url("/hop5"), p.requested().toString());
        assertTrue(failure(fetcher(), site.url("/hop6")).startsWith("too many redirects (more than 5)"));
    }

    @Test
    void refusesARedirectLoopAndASchemeChange() {
        site.redirect("/loop1", 302, "/loop2");
        site.redirect("/loop2", 302, "/loop1");
        site.redirect("/ftp", 301, "ftp://127.0.0.1/article.html");
        site.redirect("/file", 301, "file:///etc/passwd");
        site.redirect("/nowhere", 302, "");
        assertTrue(failure(fetcher(), site.url("/loop1")).startsWith("redirect loop"));
        assertTrue(failure(fetcher(), site.url("/ftp")).contains("redirected to a ftp: address"));
        assertTrue(failure(fetcher(), site.url("/file")).contains("redirected to a file: address"));
        assertTrue(failure(fetcher(), site.url("/nowhere")).contains("without saying where"));
        assertEquals(5, site.requests.size()); // two for the loop, one each for the others: ftp and file never asked
    }

    @Test
    void errorStatusesAreOneClearLine() {
        site.page("/gone", 404, "text/html", "<h1>Not here</h1>".getBytes(StandardCharsets.UTF_8));
        site.page("/broken", 500, "text/html", "<h1>Oops</h1>".getBytes(StandardCharsets.UTF_8));
        site.page("/paywall", 403, "text/html", new byte[0]);
        assertTrue(failure(fetcher(), site.url("/gone")).startsWith("the server answered 404 Not Found"));
        assertTrue(failure(fetcher(), site.url("/broken")).startsWith("the server answered 500 Internal Server Error"));
        assertTrue(failure(fetcher(), site.url("/paywall")).contains("403 Forbidden (the page may need a login"));
    }

    @Test
    void onlyHttpAndHttpsAddressesAreFetched() {
        assertTrue(failure(fetcher(), "ftp://127.0.0.1/x").contains("only http and https"));
        assertTrue(failure(fetcher(), "file:///etc/passwd").contains("only http and https"));
        assertTrue(failure(fetcher(), "http:///nohost").contains("no host"));
        assertTrue(failure(fetcher(), "http://exa mple.com/").startsWith("not a valid web address"));
    }

    @Test
    void aSlowServerTimesOut() {
        site.handle("/slow", ex -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LoopbackSite.send(ex, 200, "text/html", PAGE);
        });
        String why = failure(fetcher(Duration.ofMillis(300), FetchOptions.MAX_BYTES), site.url("/slow"));
        assertEquals("no complete answer within 0.3 s (the server is slow or the page endless; raise --timeout)", why);
    }

    @Test
    void aBodyThatNeverEndsStopsAtTheSizeCap() {
        site.handle("/endless", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0); // chunked, no length announced
            byte[] chunk = "<p>more and more and more</p>\n".repeat(2000).getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = ex.getResponseBody()) {
                while (true) {
                    out.write(chunk);
                }
            } catch (IOException closedByTheClient) {
                // expected: the client stops reading at the cap
            }
        });
        String why = failure(fetcher(Duration.ofSeconds(60), 1024 * 1024), site.url("/endless"));
        assertEquals("too large for an article (over 1 MB; raise the limit with --max-download)", why);
    }

    @Test
    void anAnnouncedLengthOverTheCapIsRefusedUnread() {
        site.page("/big", 200, "text/html", new byte[300_000]);
        assertTrue(failure(fetcher(Duration.ofSeconds(60), 100_000), site.url("/big")).startsWith("too large"));
    }

    @Test
    void gzipAndDeflateAreUndone() throws Exception {
        site.page("/gz", 200, "text/html", LoopbackSite.gzip(PAGE), "Content-Encoding", "gzip");
        site.page("/zlib", 200, "text/html", deflate(PAGE, false), "Content-Encoding", "deflate");
        site.page("/raw", 200, "text/html", deflate(PAGE, true), "Content-Encoding", "deflate");
        site.page("/br", 200, "text/html", PAGE, "Content-Encoding", "br");
        site.page("/bad", 200, "text/html", "not gzip at all".getBytes(StandardCharsets.UTF_8), "Content-Encoding", "gzip");
        assertArrayEquals(PAGE, fetcher().fetch(site.url("/gz")).body());
        assertArrayEquals(PAGE, fetcher().fetch(site.url("/zlib")).body());
        assertArrayEquals(PAGE, fetcher().fetch(site.url("/raw")).body());
        assertTrue(failure(fetcher(), site.url("/br")).contains("compressed as \"br\""));
        assertTrue(failure(fetcher(), site.url("/bad")).contains("gzip compression is damaged"));
    }

    @Test
    void aGzipBombStopsAtTheCap() {
        site.page("/bomb", 200, "text/html", LoopbackSite.gzip(new byte[5 * 1024 * 1024]), "Content-Encoding", "gzip");
        assertTrue(failure(fetcher(Duration.ofSeconds(60), 1024 * 1024), site.url("/bomb")).startsWith("too large"));
    }

    @Test
    void pdfsAndImagesAreRefusedByTheirType() {
        site.page("/report.pdf", 200, "application/pdf", "%PDF-1.7\n...".getBytes(StandardCharsets.UTF_8));
        site.page("/photo", 200, "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        assertEquals("not a web page but a PDF document (application/pdf); Parallax reads HTML pages and plain text",
                failure(fetcher(), site.url("/report.pdf")));
        assertTrue(failure(fetcher(), site.url("/photo")).startsWith("not a web page but an image (image/jpeg)"));
    }

    @Test
    void aClosedPortIsAConnectionFailure() {
        LoopbackSite closed = new LoopbackSite();
        String url = closed.url("/a");
        closed.close();
        assertTrue(failure(fetcher(), url).startsWith("could not connect to 127.0.0.1:"));
    }

    @Test
    void anUntrustedCertificateIsATlsFailure(@TempDir Path dir) throws Exception {
        // a self-signed certificate made now, for 127.0.0.1: no trust store here knows it
        Path store = dir.resolve("site.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "site", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=127.0.0.1",
                "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
        keytool.getInputStream().transferTo(OutputStream.nullOutputStream());
        assertEquals(0, keytool.waitFor());
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(store)) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        HttpsServer https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(tls));
        https.createContext("/", ex -> LoopbackSite.send(ex, 200, "text/html", PAGE));
        https.start();
        try {
            String why = failure(fetcher(), "https://127.0.0.1:" + https.getAddress().getPort() + "/a");
            assertEquals("the secure connection failed: the site's certificate is not trusted here (self-signed, "
                    + "expired or for another name), or the connection was tampered with", why);
        } finally {
            https.stop(0);
        }
    }

    @Test
    void theContentTypeParametersAreRead() {
        assertEquals("text/html", Fetcher.mediaType(" Text/HTML ; charset=\"ISO-8859-1\""));
        assertEquals("ISO-8859-1", Fetcher.parameter("text/html; charset=\"ISO-8859-1\"", "charset"));
        assertNull(Fetcher.parameter("text/html", "charset"));
        assertNull(Fetcher.saysHtml(null));
    }

    private static byte[] deflate(byte[] bytes, boolean raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
            d.write(bytes);
        }
        return out.toByteArray();
    }
}

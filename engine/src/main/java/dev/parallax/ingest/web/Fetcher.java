package dev.parallax.ingest.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.GZIPInputStream;
import javax.net.ssl.SSLException;

/**
 * Fetches one web page with the JDK's HttpClient. Redirects are followed here rather than by the client,
 * so they can be counted and a loop or a jump to another scheme refused; gzip and deflate are asked for
 * and undone here (HttpClient does neither); the body is read against a size cap and the whole fetch
 * against one deadline. Every failure is a {@link FetchException} with one line; nothing is written.
 */
public final class Fetcher implements AutoCloseable {
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final FetchOptions options;
    private final HttpClient client;

    public Fetcher(FetchOptions options) {
        this.options = options;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(options.connectTimeout())
                .build();
    }

    public FetchOptions options() {
        return options;
    }

    /** Stops the client's connections and threads (an exchange still running is aborted). */
    @Override
    public void close() {
        client.shutdownNow();
    }

    /**
     * Fetches the page at an address. Interrupting the calling thread (a cancelled window task) aborts the
     * exchange and throws {@link InterruptedException}.
     */
    public Page fetch(String address) throws FetchException, InterruptedException {
        URI uri = WebAddress.parse(address);
        URI requested = uri;
        long deadline = System.nanoTime() + options.timeout().toNanos();
        Set<URI> seen = new HashSet<>(List.of(uri));
        int redirects = 0;
        while (true) {
            HttpResponse<byte[]> r = send(uri, deadline);
            int status = r.statusCode();
            if (REDIRECTS.contains(status)) {
                URI next = redirectTarget(uri, r);
                if (!seen.add(next)) {
                    throw new FetchException("redirect loop (" + next + " was already visited); the site sends "
                            + "Parallax in circles");
                }
                if (++redirects > FetchOptions.MAX_REDIRECTS) {
                    throw new FetchException("too many redirects (more than " + FetchOptions.MAX_REDIRECTS + ")");
                }
                uri = next;
                continue;
            }
            if (status >= 400) {
                throw new FetchException("the server answered " + status + statusText(status));
            }
            if (status < 200 || status >= 300) {
                throw new FetchException("unexpected answer from the server (status " + status + ")");
            }
            String contentType = r.headers().firstValue("content-type").orElse(null);
            String mediaType = mediaType(contentType);
            String refused = refusedType(mediaType);
            if (refused != null) {
                throw new FetchException(refused);
            }
            long length = r.headers().firstValueAsLong("content-length").orElse(-1);
            if (r.body() == null || length > options.maxBytes()) {
                throw tooLarge();
            }
            byte[] body = decode(r.body(), r.headers().firstValue("content-encoding").orElse(null));
            Map<String, List<String>> headers = new TreeMap<>();
            r.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
            return new Page(requested, uri, status, headers, body, mediaType, parameter(contentType, "charset"),
                    Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        }
    }

    private HttpResponse<byte[]> send(URI uri, long deadline) throws FetchException, InterruptedException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw timedOut();
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                // HTTP/2 only where TLS negotiates it: an h2c upgrade on plain http confuses some servers
                .version(uri.getScheme().equalsIgnoreCase("https") ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                .timeout(Duration.ofNanos(left))
                .header("User-Agent", options.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1")
                .header("Accept-Encoding", "gzip, deflate")
                .GET()
                .build();
        CompletableFuture<HttpResponse<byte[]>> answer = client.sendAsync(request, this::body);
        try {
            return answer.get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true); // aborts the exchange: a slow or endless body stops here
            throw timedOut();
        } catch (InterruptedException e) {
            answer.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            throw describe(e.getCause(), uri);
        }
    }

    /** Reads the body only of an answer that will be used: a 2xx page of a readable type within the cap. */
    private HttpResponse.BodySubscriber<byte[]> body(HttpResponse.ResponseInfo info) {
        int status = info.statusCode();
        boolean wanted = status >= 200 && status < 300
                && refusedType(mediaType(info.headers().firstValue("content-type").orElse(null))) == null
                && info.headers().firstValueAsLong("content-length").orElse(-1) <= options.maxBytes();
        return wanted ? new CappedBody(options.maxBytes()) : new Skipped();
    }

    private URI redirectTarget(URI from, HttpResponse<?> r) throws FetchException {
        String location = r.headers().firstValue("location").orElse(null);
        if (location == null || location.isBlank()) {
            throw new FetchException("the server redirected (" + r.statusCode() + ") without saying where to");
        }
        URI next;
        try {
            next = from.resolve(new URI(location.strip()));
            if (next.getRawFragment() != null) {
                next = new URI(next.getScheme(), next.getRawSchemeSpecificPart(), null);
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException("the server redirected to an invalid address");
        }
        String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException("the server redirected to a " + scheme + ": address; Parallax follows only "
                    + "http and https");
        }
        WebAddress.check(next);
        return next;
    }

    /** The media type of a Content-Type header in lower case, or null. */
    static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int semi = contentType.indexOf(';');
        String type = (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
        return type.isEmpty() ? null : type;
    }

    /** A parameter of a header such as Content-Type ({@code charset}), unquoted, or null. */
    static String parameter(String header, String name) {
        if (header == null) {
            return null;
        }
        for (String part : header.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq).strip().equalsIgnoreCase(name)) {
                String v = part.substring(eq + 1).strip().replace("\"", "").replace("'", "");
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }

    /** Why a media type is not read (PDF, images, ...), or null when it is a page or text (or unsaid). */
    static String refusedType(String mediaType) {
        if (mediaType == null || isHtml(mediaType) || mediaType.equals("text/plain")) {
            return null;
        }
        String what = mediaType.equals("application/pdf") ? "a PDF document"
                : mediaType.startsWith("image/") ? "an image"
                : mediaType.startsWith("video/") || mediaType.startsWith("audio/") ? "a recording"
                : "a " + mediaType + " file";
        return "not a web page but " + what + " (" + mediaType + "); Parallax reads HTML pages and plain text";
    }

    /** Whether the server said HTML (true), plain text (false), or nothing (null: the bytes decide). */
    public static Boolean saysHtml(String mediaType) {
        return mediaType == null ? null : isHtml(mediaType);
    }

    private static boolean isHtml(String mediaType) {
        return mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml");
    }

    private byte[] decode(byte[] body, String encoding) throws FetchException {
        String e = encoding == null ? "identity" : encoding.strip().toLowerCase(Locale.ROOT);
        try {
            return switch (e) {
                case "", "identity" -> body;
                case "gzip", "x-gzip" -> unpack(new GZIPInputStream(new ByteArrayInputStream(body)));
                case "deflate" -> inflate(body);
                default -> throw new FetchException("the page is compressed as \"" + e
                        + "\", which Parallax cannot unpack");
            };
        } catch (FetchException x) {
            throw x;
        } catch (IOException x) {
            throw new FetchException("the page's " + e + " compression is damaged (" + x.getMessage() + ")");
        }
    }

    /** HTTP's "deflate" is zlib-wrapped by the standard, raw by some servers: both are read. */
    private byte[] inflate(byte[] body) throws IOException {
        try {
            return unpack(new InflaterInputStream(new ByteArrayInputStream(body)));
        } catch (java.util.zip.ZipException zlibFailed) {
            return unpack(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(true)));
        }
    }

    private byte[] unpack(InputStream in) throws IOException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
                if (out.size() > options.maxBytes()) { // a small body that unpacks to gigabytes
                    throw tooLarge();
                }
            }
            return out.toByteArray();
        }
    }

    private FetchException tooLarge() {
        return new FetchException(String.format(Locale.ROOT, "too large for an article (over %s; raise the limit "
                + "with --max-download)", megabytes(options.maxBytes())));
    }

    private FetchException timedOut() {
        return new FetchException("no complete answer within " + seconds(options.timeout())
                + " (the server is slow or the page endless; raise --timeout)");
    }

    /** One line for a failure of the exchange itself, by the first cause that names it. */
    private FetchException describe(Throwable t, URI uri) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof TooLargeBody) {
                return tooLarge();
            }
            if (c instanceof HttpConnectTimeoutException) {
                return new FetchException("no connection within " + seconds(options.connectTimeout())
                        + " (the server is down or unreachable; raise --connect-timeout)");
            }
            if (c instanceof HttpTimeoutException) {
                return timedOut();
            }
            if (c instanceof SSLException) {
                return new FetchException(untrusted(c) ? "the secure connection failed: the site's certificate is "
                        + "not trusted here (self-signed, expired or for another name), or the connection was tampered with"
                        : "the secure connection failed (" + oneLine(c.getMessage()) + ")");
            }
            if (c instanceof UnknownHostException || c instanceof UnresolvedAddressException) {
                return new FetchException("server not found (" + uri.getHost() + "); check the address and the "
                        + "network");
            }
            if (c instanceof ConnectException) {
                return new FetchException("could not connect to " + uri.getHost() + (uri.getPort() < 0 ? ""
                        : ":" + uri.getPort()) + " (connection refused or network unreachable)");
            }
        }
        return new FetchException("network error (" + oneLine(t.getMessage() == null ? t.getClass().getSimpleName()
                : t.getMessage()) + ")");
    }

    /** Whether a TLS failure comes from the certificate (not trusted, expired, wrong name). */
    private static boolean untrusted(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof java.security.cert.CertificateException
                    || c instanceof java.security.GeneralSecurityException && c.getClass().getName().contains("CertPath")) {
                return true;
            }
        }
        return false;
    }

    private static String oneLine(String s) {
        String line = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }

    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB"
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    private static String statusText(int status) {
        return switch (status) {
            case 401, 403 -> (status == 401 ? " Unauthorized" : " Forbidden")
                    + " (the page may need a login or a subscription: save it from the browser and open the file)";
            case 404 -> " Not Found (check the address; the page may have been removed)";
            case 410 -> " Gone (the page was removed)";
            case 429 -> " Too Many Requests (try again later)";
            case 451 -> " Unavailable For Legal Reasons";
            case 500 -> " Internal Server Error (a fault of the site; try again later)";
            case 502, 503, 504 -> (status == 503 ? " Service Unavailable" : status == 502 ? " Bad Gateway"
                    : " Gateway Timeout") + " (the site is down or overloaded; try again later)";
            default -> status >= 500 ? " (a fault of the site; try again later)" : " (the page cannot be fetched)";
        };
    }

    /** Thrown inside the body reader when the body passes the cap. */
    private static final class TooLargeBody extends IOException {
        TooLargeBody() {
            super("too large");
        }
    }

    /** Collects the body up to a cap; past it, cancels the exchange so an endless body stops. */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final long max;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        CappedBody(long max) {
            this.max = max;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : items) {
                if (out.size() + (long) b.remaining() > max) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLargeBody());
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                out.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }

        @Override
        public CompletableFuture<byte[]> getBody() {
            return result;
        }
    }

    /** A body not wanted (a redirect, an error page, a PDF, one announced too large): never read. */
    private static final class Skipped implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();

        @Override
        public void onSubscribe(Flow.Subscription s) {
            s.cancel();
            result.complete(null);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
        }

        @Override
        public void onError(Throwable t) {
            result.complete(null);
        }

        @Override
        public void onComplete() {
            result.complete(null);
        }

        @Override
        public CompletableFuture<byte[]> getBody() {
            return result;
        }
    }
}

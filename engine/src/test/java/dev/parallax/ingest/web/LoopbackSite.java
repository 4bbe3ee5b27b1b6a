package dev.parallax.ingest.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/** A real HTTP server on the loopback interface (an ephemeral port), serving pages a test builds. */
public final class LoopbackSite implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    /** The request headers of every request served, in order (for User-Agent and Accept-Encoding checks). */
    public final List<com.sun.net.httpserver.Headers> requests = new CopyOnWriteArrayList<>();

    public LoopbackSite() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void handle(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            requests.add(exchange.getRequestHeaders());
            try (exchange) {
                if (!exchange.getRequestURI().getPath().equals(path)) { // contexts match by prefix
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                handler.handle(exchange);
            }
        });
    }

    /** Serves fixed bytes with a status and Content-Type (null: none sent), plus header pairs. */
    public void page(String path, int status, String contentType, byte[] body, String... headers) {
        handle(path, ex -> send(ex, status, contentType, body, headers));
    }

    public void html(String path, String html) {
        page(path, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    public void redirect(String path, int status, String location) {
        page(path, status, null, new byte[0], "Location", location);
    }

    public static void send(HttpExchange ex, int status, String contentType, byte[] body, String... headers)
            throws IOException {
        if (contentType != null) {
            ex.getResponseHeaders().add("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            ex.getResponseHeaders().add(headers[i], headers[i + 1]);
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    public static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A news page with a title and paragraphs (long enough to be read as an article). */
    public static String article(String title, String... paragraphs) {
        StringBuilder b = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>")
                .append(title).append("</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a>"
                        + "</nav><article><h1>").append(title).append("</h1>");
        for (String p : paragraphs) {
            b.append("<p>").append(p).append("</p>");
        }
        return b.append("</article><footer>Copyright 2026 Example News. All rights reserved.</footer></body></html>")
                .toString();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow(); // a slow or endless handler is interrupted
    }
}

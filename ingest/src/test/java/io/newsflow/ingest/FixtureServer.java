package io.newsflow.ingest;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-process HTTP server on 127.0.0.1 for fixture sites: routes are paths with handlers; it counts requests per
 * path and keeps their headers. Slow handlers wait on {@link #release} (bounded), so closing never hangs.
 */
public final class FixtureServer implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    public final List<Headers> requests = new CopyOnWriteArrayList<>();
    public final CountDownLatch release = new CountDownLatch(1);

    @FunctionalInterface
    public interface Handler {
        void handle(HttpExchange exchange, int hit) throws IOException;
    }

    public FixtureServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            requests.add(exchange.getRequestHeaders());
            int hit = hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
            Handler h = routes.get(path);
            try (exchange) {
                if (h == null) send(exchange, 404, "text/plain", "not here".getBytes(StandardCharsets.UTF_8));
                else h.handle(exchange, hit);
            }
        });
        server.start();
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public FixtureServer route(String path, Handler handler) {
        routes.put(path, handler);
        return this;
    }

    public FixtureServer page(String path, String contentType, String body) {
        return route(path, (ex, hit) -> send(ex, 200, contentType, body.getBytes(charsetOf(contentType))));
    }

    public int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    public static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    public void awaitRelease(long seconds) {
        try {
            release.await(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Charset charsetOf(String contentType) {
        int i = contentType == null ? -1 : contentType.toLowerCase().indexOf("charset=");
        return i < 0 ? StandardCharsets.UTF_8 : Charset.forName(contentType.substring(i + 8).strip());
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}

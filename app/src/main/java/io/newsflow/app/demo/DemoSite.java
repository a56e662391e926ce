package io.newsflow.app.demo;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The bundled demo corpus served as a small news site on loopback, so the demo ingests it the way production ingests
 * an outlet (feed, robots.txt, polite HTTP fetches) instead of reading files. On 127.0.0.1, a free port:
 * <ul>
 *   <li>{@code /} — a home page linking the articles, with the feed in {@code <link rel=alternate>};</li>
 *   <li>{@code /feed.xml} — an RSS 2.0 feed (written with ROME) listing every article;</li>
 *   <li>{@code /news/<name>} — each article: the HTML pages as they are ({@code text/html; charset=utf-8}), the
 *       plain-text ones as {@code text/plain; charset=utf-8};</li>
 *   <li>{@code /robots.txt} — allows everything but {@code /drafts/}.</li>
 * </ul>
 * Every request served is reported to the listener (the demo prints them). {@link #close()} stops the server and its
 * threads (named {@value #THREAD_PREFIX}N) and frees the port.
 */
public final class DemoSite implements AutoCloseable {
    public static final String THREAD_PREFIX = "newsflow-demo-site-";
    static final String HOST = "127.0.0.1";
    static final String SITE_NAME = "newsflow demo site";
    static final String ROBOTS = "# newsflow demo site: crawl anything but drafts\nUser-agent: *\nDisallow: /drafts/\n";

    private record Resource(String contentType, byte[] body) {}

    private final HttpServer server;
    private final ExecutorService threads;
    private final Map<String, Resource> resources = new LinkedHashMap<>();
    private final List<String> articlePaths = new ArrayList<>();
    private final Consumer<String> requests;
    private volatile boolean started;

    private DemoSite(Consumer<String> requests) throws IOException {
        this.requests = requests;
        AtomicInteger n = new AtomicInteger();
        threads = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, THREAD_PREFIX + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(HOST), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::serve);
    }

    /**
     * Starts serving the bundled corpus.
     *
     * @param requests receives one line per request served ({@code GET /feed.xml → 200})
     */
    public static DemoSite start(Consumer<String> requests) throws IOException {
        DemoSite site = new DemoSite(requests);
        try {
            site.publish();
            site.server.start();
            site.started = true;
            return site;
        } catch (IOException | RuntimeException e) {
            site.close();
            throw e;
        }
    }

    /** The host to allow-list in the fetch settings (a loopback literal, refused by the address guard otherwise). */
    public String host() {
        return HOST;
    }

    /** {@code http://127.0.0.1:<port>}, no trailing slash. */
    public String baseUrl() {
        return "http://" + HOST + ":" + server.getAddress().getPort();
    }

    public String feedUrl() {
        return baseUrl() + "/feed.xml";
    }

    /** The article pages' URLs, in the corpus index's order. */
    public List<String> articleUrls() {
        return articlePaths.stream().map(p -> baseUrl() + p).toList();
    }

    private void publish() throws IOException {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("rss_2.0");
        feed.setTitle(SITE_NAME);
        feed.setLink(baseUrl() + "/");
        feed.setDescription("Articles on Russia–Armenia relations written for the newsflow demo");
        feed.setLanguage("en");
        List<SyndEntry> entries = new ArrayList<>();
        Document home = Document.createShell(baseUrl() + "/");
        home.title(SITE_NAME);
        home.head().appendElement("link").attr("rel", "alternate").attr("type", "application/rss+xml")
                .attr("title", SITE_NAME).attr("href", "/feed.xml");
        home.body().appendElement("h1").text(SITE_NAME);
        Element list = home.body().appendElement("ul");
        for (String name : DemoCorpus.names()) {
            byte[] body = DemoCorpus.read(name);
            boolean html = name.endsWith(".html");
            String path = "/news/" + name.substring(0, name.lastIndexOf('.'));
            String title = html ? htmlTitle(body) : textTitle(body);
            resources.put(path, new Resource(html ? "text/html; charset=utf-8" : "text/plain; charset=utf-8", body));
            articlePaths.add(path);
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(title);
            entry.setLink(baseUrl() + path);
            entries.add(entry);
            list.appendElement("li").appendElement("a").attr("href", path).text(title);
        }
        feed.setEntries(entries);
        try {
            resources.put("/feed.xml", new Resource("application/rss+xml; charset=utf-8",
                    new SyndFeedOutput().outputString(feed).getBytes(StandardCharsets.UTF_8)));
        } catch (FeedException e) {
            throw new IOException("cannot write the demo feed: " + e.getMessage(), e);
        }
        resources.put("/", new Resource("text/html; charset=utf-8", home.outerHtml().getBytes(StandardCharsets.UTF_8)));
        resources.put("/robots.txt", new Resource("text/plain; charset=utf-8", ROBOTS.getBytes(StandardCharsets.UTF_8)));
    }

    /** The page's {@code og:title}, else its {@code <title>}. */
    private static String htmlTitle(byte[] page) {
        Document doc = Jsoup.parse(new String(page, StandardCharsets.UTF_8));
        Element og = doc.selectFirst("meta[property=og:title]");
        return og != null && !og.attr("content").isBlank() ? og.attr("content") : doc.title();
    }

    /** A text article's first non-blank line (its title, as the plain-text extractor reads it). */
    private static String textTitle(byte[] text) {
        return new String(text, StandardCharsets.UTF_8).lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            Resource r = "GET".equals(exchange.getRequestMethod()) ? resources.get(path) : null;
            int status = r != null ? 200 : "GET".equals(exchange.getRequestMethod()) ? 404 : 405;
            byte[] body = r != null ? r.body() : ("HTTP " + status + "\n").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", r != null ? r.contentType() : "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            requests.accept(exchange.getRequestMethod() + " " + path + " → " + status);
        }
    }

    /** Stops serving, ends the server's threads and frees the port. */
    @Override
    public void close() {
        if (started) server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package io.newsflow.demo;

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
 *   <li>{@code /} — a home page linking the articles, with the feeds in {@code <link rel=alternate>};</li>
 *   <li>{@code /feed.xml} — an RSS 2.0 feed (written with ROME) listing the hand-written articles, and
 *       {@code /feeds/<outlet>.xml} — one feed per invented outlet of the generated stories ({@link DemoCorpus});</li>
 *   <li>{@code /news/<name>} and {@code /news/<outlet>/<slug>} — each article: the HTML pages as they are
 *       ({@code text/html; charset=utf-8}), the plain-text ones as {@code text/plain; charset=utf-8};</li>
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

    /**
     * Feed entries that lead nowhere, so the pipeline-health panel has something to show: a story an outlet took down
     * (404, dead letter {@code HTTP_ERROR}) and a draft that robots.txt forbids (dead letter {@code ROBOTS_DISALLOWED}).
     * Outlet id → path.
     */
    public static final Map<String, String> BROKEN_LINKS = Map.of(
            "monitor", "/news/monitor/withdrawn-story",
            "ledger", "/drafts/ledger/unpublished-story");

    private record Resource(String contentType, byte[] body) {}

    private final HttpServer server;
    private final ExecutorService threads;
    private final Map<String, Resource> resources = new LinkedHashMap<>();
    private final List<String> articlePaths = new ArrayList<>();
    private final Map<String, String> feedPaths = new LinkedHashMap<>();
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

    /** The article pages' URLs, in the corpus index's order. */
    public List<String> articleUrls() {
        return articlePaths.stream().map(p -> baseUrl() + p).toList();
    }

    /** Feed name → feed URL: the site's own feed ({@link DemoCorpus#SITE_FEED}) and one per outlet. */
    public Map<String, String> feedUrls() {
        Map<String, String> out = new LinkedHashMap<>();
        feedPaths.forEach((feed, path) -> out.put(feed, baseUrl() + path));
        return out;
    }

    private void publish() throws IOException {
        Document home = Document.createShell(baseUrl() + "/");
        home.title(SITE_NAME);
        home.body().appendElement("h1").text(SITE_NAME);
        Map<String, List<DemoCorpus.Page>> byFeed = new LinkedHashMap<>();
        for (DemoCorpus.Page page : DemoCorpus.pages()) {
            resources.put(page.path(), new Resource(page.contentType(), page.body()));
            articlePaths.add(page.path());
            byFeed.computeIfAbsent(page.feed(), k -> new ArrayList<>()).add(page);
        }
        Map<String, String> outletNames = DemoCorpus.outlets();
        for (Map.Entry<String, List<DemoCorpus.Page>> feed : byFeed.entrySet()) {
            boolean own = feed.getKey().equals(DemoCorpus.SITE_FEED);
            String title = own ? SITE_NAME : outletNames.get(feed.getKey());
            String path = own ? "/feed.xml" : "/feeds/" + feed.getKey() + ".xml";
            feedPaths.put(feed.getKey(), path);
            resources.put(path, new Resource("application/rss+xml; charset=utf-8", feed(title, feed.getValue(),
                    BROKEN_LINKS.get(feed.getKey()))));
            home.head().appendElement("link").attr("rel", "alternate").attr("type", "application/rss+xml")
                    .attr("title", title).attr("href", path);
            home.body().appendElement("h2").text(title);
            Element list = home.body().appendElement("ul");
            for (DemoCorpus.Page page : feed.getValue()) {
                list.appendElement("li").appendElement("a").attr("href", page.path()).text(page.title());
            }
        }
        resources.put("/", new Resource("text/html; charset=utf-8", home.outerHtml().getBytes(StandardCharsets.UTF_8)));
        resources.put("/robots.txt", new Resource("text/plain; charset=utf-8", ROBOTS.getBytes(StandardCharsets.UTF_8)));
    }

    /** An RSS 2.0 feed (written with ROME) listing {@code pages}, and {@code brokenLink} (a path, or null) last. */
    private byte[] feed(String title, List<DemoCorpus.Page> pages, String brokenLink) throws IOException {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("rss_2.0");
        feed.setTitle(title);
        feed.setLink(baseUrl() + "/");
        feed.setDescription("Articles on Russia–Armenia relations written for the newsflow demo");
        feed.setLanguage("en");
        List<SyndEntry> entries = new ArrayList<>();
        for (DemoCorpus.Page page : pages) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(page.title());
            entry.setLink(baseUrl() + page.path());
            entries.add(entry);
        }
        if (brokenLink != null) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle("(no longer available)");
            entry.setLink(baseUrl() + brokenLink);
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed).getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IOException("cannot write the demo feed " + title + ": " + e.getMessage(), e);
        }
    }

    /** The page's {@code og:title}, else its {@code <title>}. */
    static String htmlTitle(byte[] page) {
        Document doc = Jsoup.parse(new String(page, StandardCharsets.UTF_8));
        Element og = doc.selectFirst("meta[property=og:title]");
        return og != null && !og.attr("content").isBlank() ? og.attr("content") : doc.title();
    }

    /** A text article's first non-blank line (its title, as the plain-text extractor reads it). */
    static String textTitle(byte[] text) {
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

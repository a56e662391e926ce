package io.newsflow.devstack.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * A news site of many hosts on this machine, for tests and benchmarks of ingest at scale: host {@code i} (0-based) is
 * {@code 127.0.0.(2+i)} on a port of its own, each a separate HTTP server, so every host is a distinct host to the
 * fetcher (its own politeness, its own fetch-queue key). Loopback addresses are refused by ingest's address guard
 * unless allow-listed: give the fetcher {@link #allowHosts()} as {@code ingest.fetch.allowHosts}, nothing is let
 * through otherwise.
 *
 * <p>It serves the articles of a {@link Corpus} (by default {@link Articles#corpus(int)}), article {@code n} on host
 * {@code n % hosts}, deterministically (the same text for the same {@code n} on every run); each host has
 * {@code /feed.xml} (RSS with all its released articles), {@code /sitemap.xml}, {@code /robots.txt} (allows all, names
 * the sitemap) and {@code /articles/N.html}. Every article is released (listed) from the start unless
 * {@link #release(int)} was called first, which lets a benchmark offer articles at a rate it chooses; when each article
 * was released is kept ({@link #releasedNanos(int)}).
 *
 * <p>Article pages carry an ETag and answer {@code If-None-Match} with 304 while they do not change; {@link #revise}
 * changes an article's text (a correction), {@link #restyle} only its markup, so tests can follow updated articles.
 *
 * <p>Every request is recorded ({@link #requests()}) with its host, path, User-Agent, when it started and ended and its status;
 * {@link #maxConcurrent(String)} is the most requests one host handled at once, so a test can assert that no host was
 * fetched by two ingest processes at the same time (each process fetches a host one request at a time). A request
 * "ends" when its answer is ready, before the body is written; {@code latency} holds each request open that long first,
 * so that overlapping fetchers would be seen. Thread-safe. Test code only: it ships in devstack's test-jar.
 */
public final class LoopbackNewsSite implements AutoCloseable {
    /** One request as the site saw it; times are {@link System#nanoTime()}. */
    public record Request(String host, String path, String userAgent, long startNanos, long endNanos, int status) {}

    private final List<HttpServer> servers = new ArrayList<>();
    private final List<String> hosts = new ArrayList<>();
    private final Map<String, Integer> ports = new ConcurrentHashMap<>();
    private final Map<String, int[]> inFlight = new ConcurrentHashMap<>(); // host -> {now, most}
    private final List<Request> requests = java.util.Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService executor = Executors.newFixedThreadPool(8, r -> {
        Thread t = new Thread(r, "loopback-news-site");
        t.setDaemon(true);
        return t;
    });
    private final Corpus corpus;
    private final int articles;
    private final Duration latency;
    private final AtomicLongArray releasedAt;
    private volatile int released;
    private volatile int feedLimit = Integer.MAX_VALUE;
    private final Map<Integer, UnaryOperator<String>> revisions = new ConcurrentHashMap<>(); // article -> edits of its page
    private final Map<Integer, Integer> restyles = new ConcurrentHashMap<>(); // article -> markup changes (same text)

    private LoopbackNewsSite(Corpus corpus, Duration latency) {
        this.corpus = corpus;
        this.articles = corpus.size();
        this.latency = latency;
        this.releasedAt = new AtomicLongArray(articles);
        this.released = 0;
        release(articles);
    }

    /**
     * Starts {@code hosts} hosts (at most 250) serving {@code articles} articles between them, each request held
     * {@code latency} before it is answered.
     */
    public static LoopbackNewsSite start(int hosts, int articles, Duration latency) throws IOException {
        return start(hosts, Articles.corpus(articles), latency);
    }

    /** Starts {@code hosts} hosts (at most 250) serving {@code corpus}, each request held {@code latency}. */
    public static LoopbackNewsSite start(int hosts, Corpus corpus, Duration latency) throws IOException {
        if (hosts < 1 || hosts > 250) throw new IllegalArgumentException("hosts must be 1..250, was " + hosts);
        LoopbackNewsSite site = new LoopbackNewsSite(corpus, latency);
        try {
            for (int i = 0; i < hosts; i++) site.serve("127.0.0." + (2 + i));
        } catch (IOException | RuntimeException e) {
            site.close();
            throw e;
        }
        return site;
    }

    private void serve(String host) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, 0), 50);
        server.createContext("/", exchange -> handle(host, exchange));
        server.setExecutor(executor);
        server.start();
        servers.add(server);
        hosts.add(host);
        ports.put(host, server.getAddress().getPort());
        inFlight.put(host, new int[2]);
    }

    /** The hosts' addresses ({@code 127.0.0.2}, ...), in order. */
    public List<String> hosts() {
        return List.copyOf(hosts);
    }

    /** What ingest must allow-list to fetch from this site: every host, on its port. */
    public List<String> allowHosts() {
        return hosts.stream().map(h -> h + ":" + ports.get(h)).toList();
    }

    /** The base URL of {@code host}, {@code http://127.0.0.N:PORT}. */
    public String baseUrl(String host) {
        return "http://" + host + ":" + ports.get(host);
    }

    /** The RSS feed of {@code host}. */
    public String feedUrl(String host) {
        return baseUrl(host) + "/feed.xml";
    }

    /** Number of articles served, over all hosts. */
    public int articleCount() {
        return articles;
    }

    /** The URL of article {@code n}. */
    public String articleUrl(int n) {
        return baseUrl(hostOf(n)) + "/articles/" + n + ".html";
    }

    /** Every article's URL, article 0 first. */
    public List<String> articleUrls() {
        return IntStream.range(0, articles).mapToObj(this::articleUrl).toList();
    }

    /** The host that serves article {@code n}. */
    public String hostOf(int n) {
        return hosts.get(n % hosts.size());
    }

    /**
     * Lists only articles {@code 0 .. count-1} in feeds and sitemaps from now on (pages stay reachable by URL); raise
     * it over time to offer articles at a rate. Counts beyond the corpus mean all of it.
     */
    public synchronized void release(int count) {
        int upTo = Math.min(Math.max(count, 0), articles);
        long now = System.nanoTime();
        for (int n = released; n < upTo; n++) releasedAt.set(n, now);
        released = upTo;
    }

    /**
     * Lists at most the newest {@code items} released articles of a host in its feed and sitemap from now on (by
     * default all), as real feeds do: a long-running benchmark then does not measure ever longer feeds.
     */
    public void limitFeeds(int items) {
        if (items < 1) throw new IllegalArgumentException("items must be positive, was " + items);
        feedLimit = items;
    }

    /**
     * When article {@code n} was (last) released into its host's feed and sitemap, as {@link System#nanoTime()}, or 0
     * while it is not listed: the moment it was published, as a reader of the feed would have it.
     */
    public long releasedNanos(int n) {
        return n < released ? releasedAt.get(n) : 0;
    }

    /**
     * Article {@code n}'s page changes from now on, as a corrected or updated story: {@code edit} rewrites its HTML
     * (after the edits given before). Its page gets a new ETag; its URL stays.
     */
    public void revise(int n, UnaryOperator<String> edit) {
        revisions.merge(n, edit, (earlier, later) -> page -> later.apply(earlier.apply(page)));
    }

    /** Article {@code n}'s text changes from now on: {@code paragraph} (plain text) is added at the end of its body. */
    public void revise(int n, String paragraph) {
        revise(n, page -> page.replace("</article>", "<p>" + paragraph + "</p>\n</article>"));
    }

    /** Article {@code n}'s page changes from now on without its text changing (new markup only): a new ETag, the same article. */
    public void restyle(int n) {
        restyles.merge(n, 1, Integer::sum);
    }

    /** Every request so far (a copy). */
    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** The most requests {@code host} was handling at one time. */
    public int maxConcurrent(String host) {
        int[] counts = inFlight.get(host);
        synchronized (counts) {
            return counts[1];
        }
    }

    private void handle(String host, HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        int[] counts = inFlight.get(host);
        synchronized (counts) {
            counts[0]++;
            counts[1] = Math.max(counts[1], counts[0]);
        }
        byte[] body;
        String type;
        int status = 200;
        String etag = null;
        try {
            if (!latency.isZero()) Thread.sleep(latency);
            String path = exchange.getRequestURI().getPath();
            type = "text/html; charset=utf-8";
            String text = switch (path) {
                case "/robots.txt" -> {
                    type = "text/plain; charset=utf-8";
                    yield "User-agent: *\nAllow: /\nSitemap: " + baseUrl(host) + "/sitemap.xml\n";
                }
                case "/feed.xml" -> {
                    type = "application/rss+xml; charset=utf-8";
                    yield Articles.feed(baseUrl(host), corpus, listed(host));
                }
                case "/sitemap.xml" -> {
                    type = "application/xml; charset=utf-8";
                    yield Articles.sitemap(baseUrl(host), corpus, listed(host));
                }
                default -> {
                    Integer n = Articles.number(path);
                    if (n == null || n >= articles || !hostOf(n).equals(host)) {
                        status = 404;
                        yield "not found";
                    }
                    String page = current(n, corpus.page(baseUrl(host), n));
                    etag = "\"" + Integer.toHexString(page.hashCode()) + "\"";
                    if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) status = 304;
                    yield page;
                }
            };
            body = status == 304 ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            body = new byte[0];
            type = "text/plain";
            status = 503;
        } finally {
            synchronized (counts) {
                counts[0]--;
            }
            requests.add(new Request(host, exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst("User-Agent"),
                    start, System.nanoTime(), status));
        }
        exchange.getResponseHeaders().set("Content-Type", type);
        if (etag != null) exchange.getResponseHeaders().set("ETag", etag);
        exchange.sendResponseHeaders(status, status == 304 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Article {@code n}'s page as it is now: with the {@link #revise} edits and the {@link #restyle} marks. */
    private String current(int n, String page) {
        UnaryOperator<String> edit = revisions.get(n);
        if (edit != null) page = edit.apply(page);
        Integer styled = restyles.get(n);
        if (styled != null) page = page.replace("<body>", "<body><!-- layout " + styled + " -->");
        return page;
    }

    /** The released articles of {@code host}, at most the newest {@link #limitFeeds feed limit}, oldest first. */
    private List<Integer> listed(String host) {
        int index = hosts.indexOf(host);
        int upTo = released;
        List<Integer> numbers = new ArrayList<>();
        for (int n = index; n < upTo; n += hosts.size()) numbers.add(n);
        return numbers.subList(Math.max(0, numbers.size() - feedLimit), numbers.size());
    }

    @Override
    public void close() {
        for (HttpServer server : servers) server.stop(0);
        executor.shutdownNow();
    }
}

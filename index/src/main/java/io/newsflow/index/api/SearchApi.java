package io.newsflow.index.api;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newsflow.index.client.ElasticsearchClients;
import io.newsflow.schemas.QuadClass;
import io.newsflow.index.search.ArticleSearch;
import io.newsflow.index.search.Citations;
import io.newsflow.index.search.Dashboards;
import io.newsflow.index.search.EventSearch;
import io.newsflow.index.search.IndexSizes;
import io.newsflow.index.search.Relations;
import io.newsflow.index.settings.IndexSettings;
import io.newsflow.schemas.EventType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * The read-only page and HTTP API of {@code newsflow serve} (JDK {@link HttpServer}; JSON out, UTF-8). {@code GET /}
 * is the built-in monitoring page ({@link WebAssets}); every API endpoint takes the filters of
 * {@link QueryParameters} (the same as {@code newsflow search}); see {@code docs/operations.md} and {@code docs/dashboards.md}.
 *
 * <ul>
 *   <li>{@code GET /api/search} → {@code {"hits": [ArticleHit...]}}: ranked articles with highlighted passages</li>
 *   <li>{@code GET /api/events} → {@code {"events": [EventDocument...]}}: matching events, oldest first</li>
 *   <li>{@code GET /api/dashboard/events-per-week} → {@code {"buckets": [{week, type, count}...]}}</li>
 *   <li>{@code GET /api/dashboard/actor-pairs} → {@code {"buckets": [{term, count}...]}} (term: "Source → Target"; never
 *       an actor with itself)</li>
 *   <li>{@code GET /api/dashboard/actors} → {@code {"buckets": [{term, count}...]}}: actors in the most articles</li>
 *   <li>{@code GET /api/dashboard/coverage} → {@code {"buckets": [{outlet, language, count}...]}}</li>
 *   <li>{@code GET /api/dashboard/coverage-over-time?split=outlet|language&interval=day|week|month} →
 *       {@code {"periods": [...], "series": [{name, stories: [...], articles: [...]}]}}</li>
 *   <li>{@code GET /api/dashboard/relations?a=RUS&b=ARM} → {@code {"a", "b", "points": [{week, quadClass, count}...]}}</li>
 *   <li>{@code GET /api/relations/events?a=RUS&b=ARM&quad=VERBAL_CONFLICT&week=2025-05-05} → {@code {"events": [...]}}</li>
 *   <li>{@code GET /api/citations?cites=tass.ru} → {@code {"domain", "articles", "outlets": [{term, count}...]}}: who
 *   cites or links to a domain; {@code GET /api/citations?outlet=X} → {@code {"outlet", "articles", "cited": [...],
 *   "linked": [...]}}: what an outlet cites and links to (both with the usual filters: from, to, language, ...)</li>
 *   <li>{@code GET /api/pipeline} → {@code {"indexes": [{index, alias, documents, bytes}...], "kafka": {...}|null}}</li>
 *   <li>{@code GET /api/meta} → {@code {"eventTypes": [...], "quadClasses": {"VERBAL_COOPERATION": [types...], ...}}}</li>
 *   <li>{@code GET /api/health} → {@code {"articles": n, "events": n}}</li>
 * </ul>
 *
 * Errors: 400 for a bad parameter, 401 without the token when one is configured, 404 for an unknown path, 405 for a
 * method other than GET, 502 when Elasticsearch fails; API errors have the body {@code {"error": "..."}}. Every
 * answer says {@code nosniff} and {@code no-store}; the page is sent with a Content-Security-Policy that allows only
 * its own scripts and requests.
 */
public final class SearchApi implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SearchApi.class);
    static final int THREADS = 4;
    static final int DEFAULT_HITS = 10;
    static final int DEFAULT_BUCKETS = 20;
    static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final HttpServer server;
    private final ExecutorService executor;
    private final TokenAuthenticator auth;
    private final ObjectMapper json = ElasticsearchClients.objectMapper();

    private interface Endpoint {
        Object answer(QueryParameters p) throws IOException;
    }

    private SearchApi(HttpServer server, ExecutorService executor, String token) {
        this.server = server;
        this.executor = executor;
        this.auth = token == null ? null : new TokenAuthenticator(token);
    }

    /** Starts with no pipeline status beyond the index (see {@link #start(ElasticsearchClient, IndexSettings, PipelineStatus)}). */
    public static SearchApi start(ElasticsearchClient client, IndexSettings settings) throws IOException {
        return start(client, settings, PipelineStatus.NONE);
    }

    /** Starts listening on {@code settings.serve()} host and port (0: a free port; see {@link #port()}). */
    public static SearchApi start(ElasticsearchClient client, IndexSettings settings, PipelineStatus pipeline) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(settings.serve().host(), settings.serve().port()), 0);
        ExecutorService executor = Executors.newFixedThreadPool(THREADS);
        server.setExecutor(executor);
        SearchApi api = new SearchApi(server, executor, settings.serve().token());
        ArticleSearch articles = new ArticleSearch(client, settings.articlesIndex());
        EventSearch events = new EventSearch(client, settings.eventsIndex());
        Dashboards dashboards = new Dashboards(client, settings.articlesIndex(), settings.eventsIndex());
        Relations relations = new Relations(client, settings.eventsIndex());
        Citations citations = new Citations(client, settings.articlesIndex());
        IndexSizes sizes = new IndexSizes(client, settings.articlesIndex(), settings.eventsIndex());
        api.route("/api/search", DEFAULT_HITS, Set.of(), p -> Map.of("hits", articles.search(p.query())));
        api.route("/api/events", DEFAULT_HITS, Set.of(), p -> Map.of("events", events.timeline(p.query())));
        api.route("/api/dashboard/events-per-week", DEFAULT_BUCKETS, Set.of(), p -> Map.of("buckets", dashboards.eventsPerTypePerWeek(p.query())));
        api.route("/api/dashboard/actor-pairs", DEFAULT_BUCKETS, Set.of(), p -> Map.of("buckets", dashboards.topActorPairs(p.query())));
        api.route("/api/dashboard/actors", DEFAULT_BUCKETS, Set.of(), p -> Map.of("buckets", dashboards.topActors(p.query())));
        api.route("/api/dashboard/coverage", DEFAULT_BUCKETS, Set.of(), p -> Map.of("buckets", dashboards.coverage(p.query())));
        api.route("/api/dashboard/coverage-over-time", DEFAULT_BUCKETS, Set.of("split", "interval"), p -> dashboards.coverageOverTime(
                p.query(), p.extraEnum("split", Dashboards.Split.class, Dashboards.Split.OUTLET),
                p.extraEnum("interval", Dashboards.Interval.class, Dashboards.Interval.DAY)));
        api.route("/api/dashboard/relations", DEFAULT_BUCKETS, Set.of("a", "b"), p -> {
            Relations.Pair pair = pair(p);
            return Map.of("a", pair.a(), "b", pair.b(), "points", relations.perWeek(p.query(), pair));
        });
        api.route("/api/relations/events", DEFAULT_HITS, Set.of("a", "b", "quad", "week"), p -> Map.of("events",
                relations.events(p.query(), pair(p), p.extraEnum("quad", QuadClass.class, null), p.extraDate("week"))));
        api.route("/api/citations", DEFAULT_BUCKETS, Set.of("cites"), p -> { // who cites X, or what outlet=X cites
            String cites = p.extra("cites", null);
            return cites != null ? citations.whoCites(p.query(), cites) : citations.whatItCites(p.query());
        });
        api.route("/api/pipeline", 1, Set.of(), p -> {
            Map<String, Object> status = new LinkedHashMap<>();
            status.put("indexes", sizes.sizes());
            status.put("kafka", pipeline.snapshot());
            return status;
        });
        api.route("/api/meta", 1, Set.of(), p -> Map.of("eventTypes", Arrays.stream(EventType.values()).map(Enum::name).toList(),
                "quadClasses", Arrays.stream(QuadClass.values()).collect(Collectors.toMap(Enum::name,
                        q -> q.types().stream().map(Enum::name).sorted().toList(), (x, y) -> x, LinkedHashMap::new))));
        api.route("/api/health", 1, Set.of(), p -> Map.of("articles", articles.count(),
                "events", client.count(c -> c.index(settings.eventsIndex()).ignoreUnavailable(true).allowNoIndices(true)).count()));
        Map<String, WebAssets.Asset> assets = WebAssets.load();
        api.guard(server.createContext("/", exchange -> api.serveAsset(exchange, assets)));
        server.start();
        log.info("page and API listening on http://{}:{}/ ({})", settings.serve().host(), api.port(),
                api.auth == null ? "no token: loopback only" : "token required");
        return api;
    }

    private static Relations.Pair pair(QueryParameters p) {
        return new Relations.Pair(p.extra("a", Relations.Pair.DEFAULT.a()), p.extra("b", Relations.Pair.DEFAULT.b()));
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    private void guard(HttpContext context) {
        if (auth != null) context.setAuthenticator(auth);
    }

    private void route(String path, int defaultSize, Set<String> extra, Endpoint endpoint) {
        guard(server.createContext(path, exchange -> {
            if (!exchange.getRequestURI().getPath().equals(path)) {
                send(exchange, 404, Map.of("error", "no such endpoint: " + exchange.getRequestURI().getPath()));
                return;
            }
            if (!"GET".equals(exchange.getRequestMethod())) {
                send(exchange, 405, Map.of("error", "only GET is supported"));
                return;
            }
            Object answer;
            try {
                QueryParameters p = QueryParameters.parse(exchange.getRequestURI(), defaultSize, extra);
                answer = endpoint.answer(p);
            } catch (IllegalArgumentException e) {
                send(exchange, 400, Map.of("error", e.getMessage()));
                return;
            } catch (IOException | RuntimeException e) {
                log.warn("{} failed: {}", exchange.getRequestURI(), e.toString());
                send(exchange, 502, Map.of("error", "Elasticsearch request failed: " + e.getMessage()));
                return;
            }
            send(exchange, 200, answer);
        }));
    }

    private void serveAsset(HttpExchange exchange, Map<String, WebAssets.Asset> assets) throws IOException {
        String path = exchange.getRequestURI().getPath();
        WebAssets.Asset asset = assets.get(path);
        if (asset == null) {
            send(exchange, 404, Map.of("error", "no such page or endpoint: " + path));
        } else if (!"GET".equals(exchange.getRequestMethod())) {
            send(exchange, 405, Map.of("error", "only GET is supported"));
        } else {
            if (path.equals("/")) exchange.getResponseHeaders().set("Content-Security-Policy", PAGE_POLICY);
            write(exchange, 200, asset.contentType(), asset.body());
        }
    }

    private void send(HttpExchange exchange, int status, Object body) throws IOException {
        write(exchange, status, "application/json; charset=utf-8", json.writeValueAsBytes(body));
    }

    private static void write(HttpExchange exchange, int status, String contentType, byte[] bytes) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", contentType);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Cache-Control", "no-store");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(1);
        executor.shutdownNow();
    }
}

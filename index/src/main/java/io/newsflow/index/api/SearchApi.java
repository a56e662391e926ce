package io.newsflow.index.api;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newsflow.index.IndexSettings;
import io.newsflow.index.client.ElasticsearchClients;
import io.newsflow.index.search.ArticleSearch;
import io.newsflow.index.search.Dashboards;
import io.newsflow.index.search.EventSearch;
import io.newsflow.index.search.SearchQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The read-only HTTP API of {@code newsflow serve} (JDK {@link HttpServer}; JSON out, UTF-8). Every endpoint takes
 * the parameters of {@link QueryParameters}; see README for examples.
 *
 * <ul>
 *   <li>{@code GET /api/search} → {@code {"hits": [ArticleHit...]}}: ranked articles with highlighted passages</li>
 *   <li>{@code GET /api/events} → {@code {"events": [EventDocument...]}}: matching events, oldest first</li>
 *   <li>{@code GET /api/dashboard/events-per-week} → {@code {"buckets": [{week, type, count}...]}}</li>
 *   <li>{@code GET /api/dashboard/actor-pairs} → {@code {"buckets": [{term, count}...]}} (term: "Source → Target")</li>
 *   <li>{@code GET /api/dashboard/coverage} → {@code {"buckets": [{outlet, language, count}...]}}</li>
 *   <li>{@code GET /api/health} → {@code {"articles": n, "events": n}}</li>
 * </ul>
 *
 * Errors: 400 for a bad parameter, 404 for an unknown path, 405 for a method other than GET, 502 when Elasticsearch
 * fails; the body is {@code {"error": "..."}}. No authentication: listen on loopback or put a proxy in front.
 */
public final class SearchApi implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SearchApi.class);
    static final int THREADS = 4;
    static final int DEFAULT_HITS = 10;
    static final int DEFAULT_BUCKETS = 20;

    private final HttpServer server;
    private final ExecutorService executor;
    private final ObjectMapper json = ElasticsearchClients.objectMapper();

    private interface Endpoint {
        Object answer(SearchQuery q) throws IOException;
    }

    private SearchApi(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Starts listening on {@code settings.serve()} host and port (0: a free port; see {@link #port()}). */
    public static SearchApi start(ElasticsearchClient client, IndexSettings settings) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(settings.serve().host(), settings.serve().port()), 0);
        ExecutorService executor = Executors.newFixedThreadPool(THREADS);
        server.setExecutor(executor);
        SearchApi api = new SearchApi(server, executor);
        ArticleSearch articles = new ArticleSearch(client, settings.articlesIndex());
        EventSearch events = new EventSearch(client, settings.eventsIndex());
        Dashboards dashboards = new Dashboards(client, settings.articlesIndex(), settings.eventsIndex());
        api.route("/api/search", DEFAULT_HITS, q -> Map.of("hits", articles.search(q)));
        api.route("/api/events", DEFAULT_HITS, q -> Map.of("events", events.timeline(q)));
        api.route("/api/dashboard/events-per-week", DEFAULT_BUCKETS, q -> Map.of("buckets", dashboards.eventsPerTypePerWeek(q)));
        api.route("/api/dashboard/actor-pairs", DEFAULT_BUCKETS, q -> Map.of("buckets", dashboards.topActorPairs(q)));
        api.route("/api/dashboard/coverage", DEFAULT_BUCKETS, q -> Map.of("buckets", dashboards.coverage(q)));
        api.route("/api/health", 1, q -> Map.of("articles", articles.count(),
                "events", client.count(c -> c.index(settings.eventsIndex()).ignoreUnavailable(true).allowNoIndices(true)).count()));
        server.createContext("/", exchange -> api.send(exchange, 404, Map.of("error", "no such endpoint: " + exchange.getRequestURI().getPath())));
        server.start();
        log.info("search API listening on http://{}:{}/api/", settings.serve().host(), api.port());
        return api;
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    private void route(String path, int defaultSize, Endpoint endpoint) {
        server.createContext(path, exchange -> {
            if (!exchange.getRequestURI().getPath().equals(path)) {
                send(exchange, 404, Map.of("error", "no such endpoint: " + exchange.getRequestURI().getPath()));
                return;
            }
            if (!"GET".equals(exchange.getRequestMethod())) {
                send(exchange, 405, Map.of("error", "only GET is supported"));
                return;
            }
            SearchQuery q;
            try {
                q = QueryParameters.parse(exchange.getRequestURI(), defaultSize);
            } catch (IllegalArgumentException e) {
                send(exchange, 400, Map.of("error", e.getMessage()));
                return;
            }
            try {
                send(exchange, 200, endpoint.answer(q));
            } catch (IOException | RuntimeException e) {
                log.warn("{} failed: {}", exchange.getRequestURI(), e.toString());
                send(exchange, 502, Map.of("error", "Elasticsearch request failed: " + e.getMessage()));
            }
        });
    }

    private void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
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

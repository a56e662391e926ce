package io.newsflow.demo.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntToLongFunction;

/**
 * When articles become searchable in Elasticsearch, seen from outside as a user would see them. Every
 * {@value #POLL_MILLIS} ms it
 * <ul>
 *   <li>counts the articles index ({@code _count}, cheap): the {@link #samples()} from which the end-to-end rates
 *       come;</li>
 *   <li>while some {@link #track tracked} articles are not yet seen, searches the documents fetched since shortly
 *       before the earliest of them was offered ({@code fetchedAt}, {@value #MARGIN_SECONDS} s of margin for clock
 *       and rounding) and notes, for each tracked URL found, the time of the first search that returned it. A
 *       document is searchable once a refresh included it; this is the first poll after that, so each searchable
 *       time is late by up to one poll ({@value #POLL_MILLIS} ms) plus the search's own time.</li>
 * </ul>
 * Searching only the recent window keeps the watcher's own load on Elasticsearch small (a few hundred documents per
 * poll at the paced rate) instead of reading every document on each poll. Runs on a daemon thread until closed.
 */
final class SearchableWatcher implements AutoCloseable {
    static final int POLL_MILLIS = 250;
    static final int MARGIN_SECONDS = 5;
    private static final int PAGE = 5000;

    /** One count of the index: at {@code nanos} ({@link System#nanoTime()}) it held {@code count} articles. */
    record Sample(long nanos, long count) {}

    /** The part of an article document read back. */
    record Indexed(String url) {}

    private final ElasticsearchClient client;
    private final String index;
    private final long wallMinusNanos = System.currentTimeMillis() * 1_000_000L - System.nanoTime();
    private final List<Sample> samples = new ArrayList<>();
    private final Map<String, Integer> pending = new ConcurrentHashMap<>();
    private final Map<String, Long> seen = new ConcurrentHashMap<>();
    private volatile IntToLongFunction offeredNanos = n -> 0;
    private final Thread thread;
    private volatile boolean running = true;

    private SearchableWatcher(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
        this.thread = new Thread(this::run, "bench-searchable");
        thread.setDaemon(true);
    }

    /** Starts watching the articles index (or alias) {@code index}. */
    static SearchableWatcher start(ElasticsearchClient client, String index) {
        SearchableWatcher watcher = new SearchableWatcher(client, index);
        watcher.thread.start();
        return watcher;
    }

    /**
     * Notes when each of {@code urls} (URL to article number) becomes searchable; {@code offeredNanos} tells when
     * article {@code n} was offered (0 while not yet), which bounds the search window.
     */
    void track(Map<String, Integer> urls, IntToLongFunction offeredNanos) {
        this.offeredNanos = offeredNanos;
        pending.putAll(urls);
    }

    /** When each tracked URL was first found ({@link System#nanoTime()}). */
    Map<String, Long> seen() {
        return Map.copyOf(seen);
    }

    /** Tracked URLs not found yet. */
    int pending() {
        return pending.size();
    }

    /** Every count so far, oldest first. */
    List<Sample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    /** The latest count (0 before the index exists). */
    long count() {
        try {
            return client.count(c -> c.index(index)).count();
        } catch (ElasticsearchException | IOException notYet) {
            return 0;
        }
    }

    private void run() {
        while (running) {
            try {
                long count = count();
                synchronized (samples) {
                    samples.add(new Sample(System.nanoTime(), count));
                }
                if (!pending.isEmpty()) findTracked();
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException closing) {
                return;
            } catch (IOException | RuntimeException e) {
                // the node is busy or the index not there yet: the next poll tries again
            }
        }
    }

    private void findTracked() throws IOException {
        long earliest = pending.values().stream().mapToLong(n -> offeredNanos.applyAsLong(n)).filter(t -> t > 0).min().orElse(0);
        if (earliest == 0) return;
        Instant from = Instant.ofEpochSecond(0, earliest + wallMinusNanos).minusSeconds(MARGIN_SECONDS);
        String query = """
                {"size": %d, "_source": ["url"], "sort": [{"fetchedAt": "asc"}],
                 "query": {"range": {"fetchedAt": {"gte": "%s"}}}}""".formatted(PAGE, from);
        SearchResponse<Indexed> response = client.search(s -> s.index(index).withJson(new StringReader(query)), Indexed.class);
        long now = System.nanoTime();
        for (Hit<Indexed> hit : response.hits().hits()) {
            String url = hit.source() == null ? null : hit.source().url();
            if (url != null && pending.remove(url) != null) seen.put(url, now);
        }
    }

    /**
     * Every document of the index as {@code id -> url}, read page by page in URL order (then fetch time), after a
     * refresh so that nothing written is left out; a URL indexed twice (in two indexes) shows as two entries.
     */
    List<Map.Entry<String, String>> allDocuments() throws IOException {
        client.indices().refresh(r -> r.index(index));
        List<Map.Entry<String, String>> documents = new ArrayList<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            SearchResponse<Indexed> page = client.search(s -> {
                s.index(index).size(PAGE).source(src -> src.filter(f -> f.includes("url")))
                        .sort(o -> o.field(f -> f.field("url"))).sort(o -> o.field(f -> f.field("fetchedAt")));
                return from == null ? s : s.searchAfter(from);
            }, Indexed.class);
            List<Hit<Indexed>> hits = page.hits().hits();
            for (Hit<Indexed> hit : hits) documents.add(Map.entry(hit.id(), hit.source() == null ? "" : hit.source().url()));
            if (hits.size() < PAGE) return documents;
            after = hits.getLast().sort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(10_000);
    }
}

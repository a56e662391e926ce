package io.newsflow.ingest.sources;

import io.newsflow.ingest.settings.SourceSettings;
import io.newsflow.ingest.state.FeedState;
import io.newsflow.ingest.state.IngestState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Runs ingest continuously: polls each source when its interval has passed since its last poll (a restart takes the
 * last poll time of feeds and sitemaps from the state, so it does not hammer every source at start), files and single
 * URLs once; logs the progress line every {@code progressEvery}; until {@link #close()}. A source whose poll throws
 * is logged and polled again at its next interval: one broken source never stops the others.
 */
public final class SourceScheduler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SourceScheduler.class);
    static final Duration TICK = Duration.ofSeconds(1);

    private final SourceIngester ingester;
    private final IngestState state;
    private final Clock clock;
    private final Consumer<String> progress;
    private final ExecutorService pool;
    private final ExecutorService loop = Executors.newSingleThreadExecutor(r -> new Thread(r, "newsflow-ingest-scheduler"));
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private volatile boolean stopped;

    public SourceScheduler(SourceIngester ingester, IngestState state, Clock clock, Consumer<String> progress) {
        this.ingester = ingester;
        this.state = state;
        this.clock = clock;
        this.progress = progress;
        this.pool = Executors.newFixedThreadPool(ingester.settings().fetch().threads());
    }

    /** Starts polling in the background. */
    public void start() {
        loop.submit(this::run);
    }

    /** A fatal error (Kafka unreachable for state writes, say), or null. */
    public Throwable failure() {
        return failure.get();
    }

    private void run() {
        Map<String, Long> due = new HashMap<>();
        for (SourceSettings s : ingester.settings().sources()) {
            long last = s.url() == null ? 0 : state.feed(s.url()).map(FeedState::polledAt).orElse(0L);
            due.put(s.name(), last + s.interval().toMillis());
        }
        long nextProgress = clock.millis() + ingester.settings().progressEvery().toMillis();
        try {
            while (!stopped) {
                long now = clock.millis();
                for (SourceSettings s : ingester.settings().sources()) {
                    Long at = due.get(s.name());
                    if (at == null || at > now || !running.add(s.name())) continue;
                    due.put(s.name(), s.once() ? null : now + s.interval().toMillis());
                    pool.submit(() -> pollSafely(s));
                }
                if (now >= nextProgress) {
                    nextProgress = now + ingester.settings().progressEvery().toMillis();
                    progress.accept(ingester.metrics().progress());
                }
                Thread.sleep(TICK.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void pollSafely(SourceSettings source) {
        try {
            ingester.poll(source);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (org.apache.kafka.common.KafkaException e) {
            failure.compareAndSet(null, e); // without Kafka nothing can be stored: stop rather than lose articles
        } catch (RuntimeException e) {
            log.error("polling source {} failed; it is polled again at its next interval", source.name(), e);
        } finally {
            running.remove(source.name());
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        loop.shutdownNow();
        pool.shutdownNow();
        loop.awaitTermination(30, TimeUnit.SECONDS);
        pool.awaitTermination(30, TimeUnit.SECONDS);
    }
}

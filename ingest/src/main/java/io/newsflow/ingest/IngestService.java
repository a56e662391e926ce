package io.newsflow.ingest;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.ingest.distribute.FetchQueue;
import io.newsflow.ingest.distribute.FetchQueueWorker;
import io.newsflow.ingest.distribute.HostOwnership;
import io.newsflow.ingest.distribute.RecheckTasks;
import io.newsflow.ingest.fetch.HttpFetcher;
import io.newsflow.ingest.metrics.IngestMetrics;
import io.newsflow.ingest.metrics.MetricsServer;
import io.newsflow.ingest.model.IngestReport;
import io.newsflow.ingest.publish.KafkaArticleSink;
import io.newsflow.ingest.settings.IngestSettings;
import io.newsflow.ingest.sources.SourceIngester;
import io.newsflow.ingest.sources.SourceScheduler;
import io.newsflow.ingest.state.IngestState;
import io.newsflow.ingest.state.KafkaStateLog;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.stage.KafkaReachable;
import io.newsflow.schemas.stage.Stage;
import io.newsflow.schemas.stage.StageStartException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Source ingest wired to Kafka: the article sink (idempotent producer), the state replayed from the compacted
 * {@code ingest-state} topic, one polite {@link HttpFetcher}, Prometheus metrics (served on {@code metricsPort} when
 * set). {@link #runOnce()} is {@code newsflow ingest --once}; {@link #start(Duration, Consumer)} the continuous run.
 * With {@code ingest.distribute.enabled} the continuous run shares the sources with the other processes of its group
 * through the fetch-queue topic ({@link FetchQueueWorker}); {@code --once} always polls every source here.
 * Closing stops polling (and the fetch-queue work), then closes the fetcher, the sink and the state, in that order.
 */
public final class IngestService implements Stage {
    private static final Logger log = LoggerFactory.getLogger(IngestService.class);
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final HttpFetcher fetcher;
    private final IngestState state;
    private final KafkaArticleSink sink;
    private final SourceIngester ingester;
    private final MetricsServer metricsServer;
    private final String bootstrapServers;
    private final Topics topics;
    private final IngestSettings settings;
    private volatile SourceScheduler scheduler;
    private volatile FetchQueue queue;
    private volatile FetchQueueWorker worker;
    private volatile boolean closed;
    private volatile StageStartException startFailure;

    public IngestService(String bootstrapServers, Topics topics, IngestSettings settings) {
        this.bootstrapServers = bootstrapServers;
        this.topics = topics;
        this.settings = settings;
        this.state = IngestState.load(new KafkaStateLog(bootstrapServers, topics.ingestState()), settings.updates().maxPages());
        try {
            this.sink = new KafkaArticleSink(bootstrapServers, topics, Map.of());
        } catch (RuntimeException e) {
            state.close(); // its producer would leak
            throw e;
        }
        this.fetcher = new HttpFetcher(settings.fetch());
        this.ingester = new SourceIngester(settings, fetcher, state, sink, new IngestMetrics(registry), Clock.systemUTC());
        try {
            this.metricsServer = settings.metricsPort() > 0 ? new MetricsServer(registry, settings.metricsPort()) : null;
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("cannot serve metrics on port " + settings.metricsPort(), e);
        }
    }

    /** Polls every configured source once, then rechecks the article pages due. */
    public IngestReport runOnce() throws InterruptedException {
        return ingester.runOnce();
    }

    /** Checks Kafka, then polls every source on its interval, in the background; the progress line is logged. */
    @Override
    public void start(Duration timeout) throws StageStartException, InterruptedException {
        start(timeout, line -> log.info("{}", line));
    }

    /**
     * Checks Kafka (up to {@code timeout}), then polls every source on its interval, in the background.
     *
     * @param progress receives the progress line
     */
    public SourceScheduler start(Duration timeout, Consumer<String> progress) throws StageStartException, InterruptedException {
        try {
            KafkaReachable.require(bootstrapServers, timeout);
        } catch (StageStartException e) {
            startFailure = e;
            throw e;
        }
        SourceScheduler started = settings.distribute().enabled() ? distributed(progress)
                : new SourceScheduler(ingester, state, Clock.systemUTC(), progress);
        started.start();
        scheduler = started;
        return started;
    }

    /** The fetch-queue worker, started, and a scheduler that lists only the sources of the hosts it holds. */
    private SourceScheduler distributed(Consumer<String> progress) {
        HostOwnership ownership = new HostOwnership();
        queue = new FetchQueue(bootstrapServers, topics.fetchQueue());
        FetchQueue tasks = queue;
        worker = new FetchQueueWorker(bootstrapServers, topics.fetchQueue(), ingester, state, sink, tasks, ownership);
        worker.start();
        log.info("ingest shares its sources with the other processes of group {} through {}",
                settings.distribute().groupId(), topics.fetchQueue().name());
        RecheckTasks rechecks = new RecheckTasks(tasks, ownership, settings.updates().maxPages());
        return new SourceScheduler(ingester, state, Clock.systemUTC(), progress, ownership::owns, tasks::list, rechecks::offer);
    }

    /** STARTING until {@link #start}, then RUNNING until closed; FAILED when the start or the scheduler failed (no Kafka). */
    @Override
    public Health health() {
        SourceScheduler s = scheduler;
        FetchQueueWorker w = worker;
        Throwable failure = startFailure != null ? startFailure : s == null ? null : s.failure();
        if (failure == null && w != null) failure = w.failure();
        if (failure != null) return Health.failed(failure);
        if (closed) return Health.of(Status.STOPPED);
        return Health.of(s == null ? Status.STARTING : Status.RUNNING);
    }

    public IngestMetrics metrics() {
        return ingester.metrics();
    }

    public IngestReport report() {
        return ingester.report();
    }

    /** The Prometheus exposition text of the metrics. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        closed = true;
        try {
            if (scheduler != null) scheduler.close();
            if (worker != null) worker.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (queue != null) queue.close();
            if (metricsServer != null) metricsServer.close();
            if (fetcher != null) fetcher.close();
            if (sink != null) sink.close();
            state.close();
        }
    }
}

package io.newsflow.ingest;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Source ingest wired to Kafka: the article sink (idempotent producer), the state replayed from the compacted
 * {@code ingest-state} topic, one polite {@link HttpFetcher}, Prometheus metrics (served on {@code metricsPort} when
 * set). {@link #runOnce()} is {@code newsflow ingest --once}; {@link #start(Consumer)} the continuous run. Closing
 * stops polling, then closes the fetcher, the sink and the state, in that order.
 */
public final class IngestService implements AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final HttpFetcher fetcher;
    private final IngestState state;
    private final KafkaArticleSink sink;
    private final SourceIngester ingester;
    private final MetricsServer metricsServer;
    private SourceScheduler scheduler;

    public IngestService(String bootstrapServers, Topics topics, IngestSettings settings) {
        this.state = IngestState.load(new KafkaStateLog(bootstrapServers, topics.ingestState()));
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

    /** Polls every configured source once. */
    public IngestReport runOnce() throws InterruptedException {
        return ingester.runOnce();
    }

    /** Starts polling every source on its interval, in the background; {@code progress} receives the progress line. */
    public SourceScheduler start(Consumer<String> progress) {
        scheduler = new SourceScheduler(ingester, state, Clock.systemUTC(), progress);
        scheduler.start();
        return scheduler;
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
        try {
            if (scheduler != null) scheduler.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (metricsServer != null) metricsServer.close();
            if (fetcher != null) fetcher.close();
            if (sink != null) sink.close();
            state.close();
        }
    }
}

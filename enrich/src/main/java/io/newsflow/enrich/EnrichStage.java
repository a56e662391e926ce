package io.newsflow.enrich;

import io.newsflow.schemas.Topics;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the enrich topology: starts Kafka Streams, waits until it is running, and closes it. A fatal Streams error
 * shuts the client down (logged with its cause) rather than retrying silently forever.
 */
public final class EnrichStage implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EnrichStage.class);
    private final KafkaStreams streams;
    private final CountDownLatch running = new CountDownLatch(1);

    public EnrichStage(String bootstrapServers, EnrichSettings settings, Topics topics, ArticleEnricher enricher) {
        this.streams = new KafkaStreams(EnrichTopology.build(topics, enricher), EnrichTopology.config(bootstrapServers, settings));
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.RUNNING) running.countDown();
            log.debug("enrich: {} -> {}", before, now);
        });
        streams.setUncaughtExceptionHandler(e -> {
            log.error("enrich stopped on an unexpected error", e);
            return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
    }

    /** Starts processing and waits (up to {@code timeout}) until Streams reports RUNNING. */
    public void start(Duration timeout) throws InterruptedException, TimeoutException {
        streams.start();
        if (!running.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new TimeoutException("enrich did not reach RUNNING within " + timeout + " (state " + streams.state() + ")");
        }
        log.info("enrich running (exactly once)");
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
    }
}

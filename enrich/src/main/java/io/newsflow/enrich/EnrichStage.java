package io.newsflow.enrich;

import io.newsflow.schemas.Topics;
import io.newsflow.schemas.stage.KafkaReachable;
import io.newsflow.schemas.stage.Stage;
import io.newsflow.schemas.stage.StageStartException;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs the enrich topology: checks Kafka, starts Kafka Streams, waits until it is running, and closes it. A fatal
 * Streams error shuts the client down (logged with its cause, {@link #health} then {@code FAILED}) rather than retrying
 * silently forever.
 */
public final class EnrichStage implements Stage {
    private static final Logger log = LoggerFactory.getLogger(EnrichStage.class);
    private final String bootstrapServers;
    private final KafkaStreams streams;
    private final CountDownLatch running = new CountDownLatch(1);
    private volatile boolean closed;
    private volatile StageStartException startFailure;
    private final StateDiskWatch disk;

    public EnrichStage(String bootstrapServers, EnrichSettings settings, Topics topics, ArticleEnricher enricher) {
        this.bootstrapServers = bootstrapServers;
        this.streams = new KafkaStreams(EnrichTopology.build(topics, enricher), EnrichTopology.config(bootstrapServers, settings));
        this.disk = new StateDiskWatch(java.nio.file.Path.of(settings.stateDir()));
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.RUNNING) running.countDown();
            log.debug("enrich: {} -> {}", before, now);
        });
        streams.setUncaughtExceptionHandler(e -> {
            log.error("enrich stopped on an unexpected error", e);
            return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
    }

    /** Checks Kafka, starts processing and waits (up to {@code timeout} each) until Streams reports RUNNING. */
    @Override
    public void start(Duration timeout) throws InterruptedException, StageStartException {
        try {
            KafkaReachable.require(bootstrapServers, timeout);
        } catch (StageStartException e) {
            startFailure = e;
            throw e;
        }
        streams.start();
        disk.start();
        if (!running.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            startFailure = new StageStartException("enrich did not reach RUNNING within " + timeout + " (state " + streams.state() + ")");
            throw startFailure;
        }
        log.info("enrich running (exactly once)");
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** RUNNING while Streams runs or rebalances; FAILED when the start failed or Streams stopped without {@link #close}. */
    @Override
    public Health health() {
        if (startFailure != null) return Health.failed(startFailure);
        return switch (streams.state()) {
            case CREATED -> Health.of(Status.STARTING);
            case RUNNING, REBALANCING -> Health.of(Status.RUNNING);
            case PENDING_SHUTDOWN, NOT_RUNNING -> closed ? Health.of(Status.STOPPED) : failed();
            case PENDING_ERROR, ERROR -> failed();
        };
    }

    private Health failed() {
        return Health.failed(new IllegalStateException("enrich stopped: Streams state " + streams.state()));
    }

    /** Whether the disk under the state directory is low (a warning is logged each minute while it is). */
    public boolean stateDiskLow() {
        return disk.isLow();
    }

    @Override
    public void close() {
        closed = true;
        disk.close();
        streams.close(Duration.ofSeconds(30));
    }
}

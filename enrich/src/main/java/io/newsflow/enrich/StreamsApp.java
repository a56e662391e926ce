package io.newsflow.enrich;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * One of the enrich stage's two Kafka Streams applications, with what the stage needs to know of it: whether it has
 * reached RUNNING, and whether it stopped without being asked to. An unexpected error in a stream thread shuts the
 * client down (logged with its cause) rather than retrying silently forever, and {@code onStop} hears of any stop the
 * stage did not ask for, so the stage can stop the other application too instead of running half.
 */
final class StreamsApp {
    private static final Logger log = LoggerFactory.getLogger(StreamsApp.class);
    private final String name;
    private final KafkaStreams streams;
    private volatile boolean reachedRunning;
    private volatile boolean closing;

    /**
     * @param name   what the logs and the health call it ("analysis", "story linking")
     * @param onStop called, from a Streams thread, when the application stops on its own (an error, or a shutdown
     *               not asked for by {@link #close}); must not close this application from that thread
     */
    StreamsApp(String name, Topology topology, Properties config, Consumer<StreamsApp> onStop) {
        this.name = name;
        this.streams = new KafkaStreams(topology, config);
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.RUNNING) reachedRunning = true;
            log.debug("enrich {}: {} -> {}", name, before, now);
            if (!closing && stopped(now)) onStop.accept(this);
        });
        streams.setUncaughtExceptionHandler(e -> {
            log.error("enrich {} stopped on an unexpected error", name, e);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
    }

    private static boolean stopped(KafkaStreams.State state) {
        return switch (state) {
            case PENDING_SHUTDOWN, NOT_RUNNING, PENDING_ERROR, ERROR -> true;
            case CREATED, REBALANCING, RUNNING -> false;
        };
    }

    String name() {
        return name;
    }

    void start() {
        streams.start();
    }

    /** Whether it has been RUNNING at least once since {@link #start}. */
    boolean reachedRunning() {
        return reachedRunning;
    }

    KafkaStreams.State state() {
        return streams.state();
    }

    /** True once it has stopped (or is stopping) without {@link #close} having been called. */
    boolean failed() {
        return !closing && stopped(streams.state());
    }

    /** Stops it (waiting up to {@code timeout}); from then on its stop is not a failure. A second call does nothing more. */
    void close(Duration timeout) {
        closing = true;
        streams.close(timeout);
    }

    @Override
    public String toString() {
        return name + " " + streams.state();
    }
}

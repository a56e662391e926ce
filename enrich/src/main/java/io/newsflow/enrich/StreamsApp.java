package io.newsflow.enrich;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.MissingSourceTopicException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * One of the enrich stage's two Kafka Streams applications, with what the stage needs to know of it: whether it has
 * reached RUNNING, and whether it stopped without being asked to. An unexpected error in a stream thread shuts the
 * client down (logged with its cause) rather than retrying silently forever; the one exception is a source topic
 * reported missing that is in fact there with its old id (see {@link SourceTopics}), which replaces the thread. And
 * {@code onStop} hears of any stop the stage did not ask for, so the stage can stop the other application too instead
 * of running half.
 */
final class StreamsApp {
    private static final Logger log = LoggerFactory.getLogger(StreamsApp.class);
    private final String name;
    private final KafkaStreams streams;
    private volatile boolean reachedRunning;
    private volatile boolean closing;
    /** Longest wait for a missing source topic to be back before the client is shut down. */
    static final Duration TOPIC_WAIT = Duration.ofSeconds(20);
    /** Least time between two thread replacements: a topic that keeps going missing stops the application. */
    static final Duration REPLACE_SPACING = Duration.ofMinutes(2);
    private final SourceTopics sources;
    private volatile long lastReplaced = System.nanoTime() - REPLACE_SPACING.toNanos() - 1;

    /**
     * @param name   what the logs and the health call it ("analysis", "story linking")
     * @param onStop called, from a Streams thread, when the application stops on its own (an error, or a shutdown
     *               not asked for by {@link #close}); must not close this application from that thread
     */
    StreamsApp(String name, Topology topology, Properties config, Consumer<StreamsApp> onStop) {
        this.name = name;
        this.streams = new KafkaStreams(topology, config);
        this.sources = new SourceTopics(topology, config);
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.RUNNING && !reachedRunning) {
                reachedRunning = true;
                Thread.ofPlatform().daemon().name("enrich-" + name.replace(' ', '-') + "-topic-ids").start(sources::remember);
            }
            log.debug("enrich {}: {} -> {}", name, before, now);
            if (!closing && stopped(now)) onStop.accept(this);
        });
        streams.setUncaughtExceptionHandler(this::onError);
    }

    /**
     * A source topic missing while it exists with the id it had (a restarting broker's moment of blindness) replaces the
     * stream thread, at most once per {@link #REPLACE_SPACING}; anything else shuts the client down.
     */
    private StreamThreadExceptionResponse onError(Throwable e) {
        if (causedBy(e, MissingSourceTopicException.class) && System.nanoTime() - lastReplaced > REPLACE_SPACING.toNanos()) {
            try {
                if (sources.unchangedWithin(TOPIC_WAIT)) {
                    lastReplaced = System.nanoTime();
                    log.warn("enrich {}: a source topic was reported missing but is there with the same id (a broker restart?); "
                            + "replacing the stream thread: {}", name, e.toString());
                    return StreamThreadExceptionResponse.REPLACE_THREAD;
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            log.error("enrich {}: its source topics {} are gone or were created again (new ids)", name, sources.names());
        }
        log.error("enrich {} stopped on an unexpected error", name, e);
        return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) if (kind.isInstance(t)) return true;
        return false;
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

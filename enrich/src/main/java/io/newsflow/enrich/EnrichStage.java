package io.newsflow.enrich;

import io.newsflow.schemas.Topics;
import io.newsflow.schemas.stage.KafkaReachable;
import io.newsflow.schemas.stage.Stage;
import io.newsflow.schemas.stage.StageStartException;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runs the enrich stage: its two Kafka Streams applications, the analysis ({@link AnalysisTopology}) and story linking
 * ({@link StoriesTopology}), in this process. Checks Kafka, starts both, waits until both are running, and closes both.
 * They start and stop together: when either stops without {@link #close} (a fatal error shuts its client down, logged
 * with its cause), the stage stops the other one too and {@link #health} is {@code FAILED} naming the one that stopped,
 * so a stage never runs half (analysing without linking, or linking nothing).
 */
public final class EnrichStage implements Stage {
    private static final Logger log = LoggerFactory.getLogger(EnrichStage.class);
    /** Longest wait for each application's close. */
    static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);
    /** Pause between looks at the applications' states while the stage starts. */
    private static final long START_POLL_MILLIS = 50;
    private final String bootstrapServers;
    private final StreamsApp analysis;
    private final StreamsApp stories;
    private final List<StreamsApp> apps;
    private volatile boolean closed;
    private volatile StageStartException startFailure;
    /** The application that stopped first without being asked to; null while none has. */
    private volatile StreamsApp stoppedFirst;
    private final StateDiskWatch disk;

    public EnrichStage(String bootstrapServers, EnrichSettings settings, Topics topics, ArticleEnricher enricher) {
        this.bootstrapServers = bootstrapServers;
        this.analysis = new StreamsApp("analysis", AnalysisTopology.build(topics, enricher),
                AnalysisTopology.config(bootstrapServers, settings), this::stoppedOnItsOwn);
        this.stories = new StreamsApp("story linking", StoriesTopology.build(topics),
                StoriesTopology.config(bootstrapServers, settings), this::stoppedOnItsOwn);
        this.apps = List.of(analysis, stories);
        this.disk = new StateDiskWatch(Path.of(settings.stateDir()));
    }

    /** Stops the other application (on a thread of its own: this runs on a Streams thread, which must not close it). */
    private synchronized void stoppedOnItsOwn(StreamsApp app) {
        if (stoppedFirst != null || closed) return;
        stoppedFirst = app;
        StreamsApp other = app == analysis ? stories : analysis;
        log.error("enrich: the {} application stopped ({}); stopping the {} application too, the stage does not run half",
                app.name(), app.state(), other.name());
        Thread.ofPlatform().name("enrich-stop-" + other.name().replace(' ', '-')).daemon()
                .start(() -> other.close(CLOSE_TIMEOUT));
    }

    /** Checks Kafka, starts both applications and waits (up to {@code timeout} each) until both report RUNNING. */
    @Override
    public void start(Duration timeout) throws InterruptedException, StageStartException {
        try {
            KafkaReachable.require(bootstrapServers, timeout);
        } catch (StageStartException e) {
            startFailure = e;
            throw e;
        }
        apps.forEach(StreamsApp::start);
        disk.start();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!apps.stream().allMatch(StreamsApp::reachedRunning)) {
            if (stoppedFirst != null || System.nanoTime() > deadline) {
                startFailure = new StageStartException(stoppedFirst != null
                        ? "enrich stopped while starting: the " + stoppedFirst.name() + " application stopped (" + described() + ")"
                        : "enrich did not reach RUNNING within " + timeout + " (" + described() + ")");
                throw startFailure;
            }
            Thread.sleep(START_POLL_MILLIS);
        }
        log.info("enrich running (analysis and story linking, each exactly once)");
    }

    /** Each application's Streams state, analysis first, by name ("analysis", "story linking"). */
    public Map<String, KafkaStreams.State> states() {
        Map<String, KafkaStreams.State> states = new LinkedHashMap<>();
        for (StreamsApp app : apps) states.put(app.name(), app.state());
        return states;
    }

    /** The applications' states in a word when they agree ({@code RUNNING}), else each named ({@code analysis RUNNING, story linking ERROR}). */
    public String state() {
        Map<String, KafkaStreams.State> states = states();
        if (states.values().stream().distinct().count() == 1) return states.values().iterator().next().name();
        return states.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    /**
     * RUNNING while both applications run or rebalance; STARTING until both have started; FAILED when the start failed
     * or either application stopped without {@link #close} (the failure names it); STOPPED after {@link #close}.
     */
    @Override
    public Health health() {
        if (startFailure != null) return Health.failed(startFailure);
        StreamsApp first = stoppedFirst;
        if (first == null) first = apps.stream().filter(StreamsApp::failed).findFirst().orElse(null);
        if (first != null) {
            return Health.failed(new IllegalStateException("enrich stopped: the " + first.name() + " application stopped ("
                    + described() + "); the stage stops both"));
        }
        if (apps.stream().anyMatch(a -> a.state() == KafkaStreams.State.CREATED)) return Health.of(Status.STARTING);
        if (closed) return Health.of(Status.STOPPED);
        return Health.of(Status.RUNNING);
    }

    private String described() {
        return apps.stream().map(StreamsApp::toString).collect(Collectors.joining(", "));
    }

    /** Whether the disk under the state directory is low (a warning is logged each minute while it is). */
    public boolean stateDiskLow() {
        return disk.isLow();
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        disk.close();
        for (StreamsApp app : apps) app.close(CLOSE_TIMEOUT);
    }
}

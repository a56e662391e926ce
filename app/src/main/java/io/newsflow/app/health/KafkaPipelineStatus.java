package io.newsflow.app.health;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.index.api.PipelineStatus;
import io.newsflow.ingest.settings.SourceSettings;
import io.newsflow.ingest.state.FeedState;
import io.newsflow.ingest.state.IngestState;
import io.newsflow.schemas.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The pipeline-health data that lives only in Kafka, read without changing anything (no consumer group of its own,
 * nothing produced or committed), for the page's health panel:
 * <ul>
 *   <li><b>consumer lag per stage</b>: for enrich (its analysis application's id as group, input {@code raw-articles};
 *       its story-linking application's, input {@code story-linking}) and index (its group, input {@code enriched-articles}), the records between the group's committed offsets and the
 *       topic's end; {@code null} when the group has committed nothing yet;</li>
 *   <li><b>dead letters per reason per day</b>, from the whole {@code dead-letters} topic (the day of each letter's
 *       {@code timestamp}, UTC; the latest {@value DeadLetterTally#DAYS_KEPT} days with letters);</li>
 *   <li><b>fetch errors per host</b>: ingest's dead letters whose source is an http(s) URL, by host, with the last
 *       reason (the {@value DeadLetterTally#HOSTS_KEPT} hosts whose latest error was read last);</li>
 *   <li><b>last successful poll per source</b>: the {@code polledAt} that ingest records on {@code ingest-state} for
 *       each feed or sitemap it read (a 200 or a 304), named after the configured source with that URL.</li>
 * </ul>
 * A snapshot is computed at most once per {@link #CACHE} (the page refreshes every minute; several open pages and a
 * stage's {@code /metrics} share it). The two topics are read incrementally: the counts are kept and each snapshot
 * reads only the records written since the last one, so a scrape costs the new dead letters, not all of them. Thread-safe.
 */
public final class KafkaPipelineStatus implements PipelineStatus, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(KafkaPipelineStatus.class);
    static final Duration CACHE = Duration.ofSeconds(15);
    static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(10);
    static final String NOTE = "Lag, dead letters, fetch errors and polls are read from Kafka (no consumer group, nothing committed).";
    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** A stage that consumes a topic: its name, consumer group and input topic. */
    public record Stage(String name, String group, String topic) {}

    /** Lag of one stage, in records ({@code null}: the group has committed nothing yet). */
    public record StageLag(String stage, String group, String topic, Long lag) {}

    /** Dead letters per day (UTC), one series per reason code; {@code total} letters in all. */
    public record DeadLetterSeries(List<LocalDate> days, List<Series> series, long total) {}

    /** One reason's counts, aligned with {@link DeadLetterSeries#days()}. */
    public record Series(String name, List<Long> counts) {}

    /** Fetch errors of one host: how many dead letters, and the reason of the latest. */
    public record HostErrors(String host, long count, String lastReason) {}

    /** A feed's or sitemap's last successful poll (null: never), and the configured source it belongs to. */
    public record Poll(String source, String url, Instant lastPoll) {}

    /** What the page shows; {@code complete} is false when a topic could not be read to its end in time. */
    public record Snapshot(List<StageLag> lag, DeadLetterSeries deadLetters, List<HostErrors> fetchErrors, List<Poll> polls,
                           Instant readAt, boolean complete, String note) {}

    private final String bootstrapServers;
    private final Topics topics;
    private final List<Stage> stages;
    private final List<SourceSettings> sources;
    private final Clock clock;
    private final Admin admin;
    private Snapshot cached;
    /** Kept open between snapshots with the positions it reached; dropped (and the counts with it) when Kafka fails. */
    private TopicReader reader;
    private final Map<org.apache.kafka.common.TopicPartition, Long> positions = new java.util.HashMap<>();
    private DeadLetterTally letters = new DeadLetterTally();
    private final Map<String, Instant> polled = new TreeMap<>();
    /** The last failure to read Kafka and when, so a down cluster costs one timeout per {@link #CACHE}, not one per request. */
    private IOException failure;
    private Instant failedAt;

    /**
     * @param stages  the consuming stages to report lag for
     * @param sources configured sources, to name the polled feeds (a polled URL no source lists is shown by URL)
     */
    public KafkaPipelineStatus(String bootstrapServers, Topics topics, List<Stage> stages, List<SourceSettings> sources, Clock clock) {
        this.bootstrapServers = bootstrapServers;
        this.topics = topics;
        this.stages = List.copyOf(stages);
        this.sources = List.copyOf(sources);
        this.clock = clock;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "newsflow-serve-health"));
    }

    /** The status of {@code config}'s pipeline: lag of enrich (analysis, story linking) and index, polls named after {@code sources}. */
    public static KafkaPipelineStatus of(NewsflowConfig config, List<SourceSettings> sources) {
        Topics topics = config.topics();
        return new KafkaPipelineStatus(config.kafka().bootstrapServers(), topics, List.of(
                new Stage("enrich", config.enrich().analysisApplicationId(), topics.rawArticles().name()),
                new Stage("enrich stories", config.enrich().storiesApplicationId(), topics.storyLinking().name()),
                new Stage("index", config.index().groupId(), topics.enrichedArticles().name())), sources, Clock.systemUTC());
    }

    @Override
    public synchronized Snapshot snapshot() throws IOException {
        if (cached != null && cached.readAt().plus(CACHE).isAfter(clock.instant())) return cached;
        if (failure != null && failedAt.plus(CACHE).isAfter(clock.instant())) throw failure; // Kafka down: say so at once
        try {
            if (reader == null) reader = new TopicReader(bootstrapServers);
            List<StageLag> lag = new ArrayList<>();
            for (Stage s : stages) lag.add(lag(reader, s));
            boolean complete = reader.readNew(topics.deadLetters().name(), positions, (key, value) ->
                    letters.add(topics.deadLetters().valueSerde().deserializer().deserialize(topics.deadLetters().name(), value)),
                    () -> letters = new DeadLetterTally());
            complete &= reader.readNew(topics.ingestState().name(), positions, (key, value) -> {
                if (key == null || value == null || !key.startsWith(IngestState.FEED_KEY)) return;
                try {
                    FeedState f = JSON.readValue(value, FeedState.class);
                    polled.put(f.url(), Instant.ofEpochMilli(f.polledAt()));
                } catch (IOException e) {
                    log.debug("unreadable feed state {}: {}", key, e.toString());
                }
            }, polled::clear);
            cached = new Snapshot(lag, letters.series(), letters.hosts(), polls(new TreeMap<>(polled)), clock.instant(), complete,
                    complete ? NOTE : NOTE + " Partial: a topic was not read to its end within " + TopicReader.READ_LIMIT.toSeconds() + " s.");
            return cached;
        } catch (org.apache.kafka.common.KafkaException | IOException e) {
            dropReader(); // start over from the topics' start when Kafka answers again
            if (e instanceof IOException io) throw io;
            failure = new IOException("cannot read pipeline status from Kafka at " + bootstrapServers + ": " + e.getMessage(), e);
            failedAt = clock.instant();
            throw failure;
        }
    }

    private StageLag lag(TopicReader reader, Stage stage) throws IOException {
        List<TopicPartition> partitions = reader.partitions(stage.topic());
        Map<TopicPartition, OffsetAndMetadata> committed;
        try {
            committed = admin.listConsumerGroupOffsets(stage.group()).partitionsToOffsetAndMetadata()
                    .get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("cannot read the offsets of consumer group " + stage.group() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (partitions.isEmpty() || committed.keySet().stream().noneMatch(partitions::contains)) {
            return new StageLag(stage.name(), stage.group(), stage.topic(), null);
        }
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> end : reader.endOffsets(partitions).entrySet()) {
            OffsetAndMetadata at = committed.get(end.getKey());
            lag += Math.max(0, end.getValue() - (at == null ? 0 : at.offset()));
        }
        return new StageLag(stage.name(), stage.group(), stage.topic(), lag);
    }

    private List<Poll> polls(Map<String, Instant> polled) {
        List<Poll> out = new ArrayList<>();
        for (SourceSettings s : sources) {
            if (s.url() != null) out.add(new Poll(s.name(), s.url(), polled.remove(s.url())));
        }
        polled.forEach((url, at) -> out.add(new Poll(url, url, at)));
        return out;
    }

    private void dropReader() {
        if (reader != null) reader.close();
        reader = null;
        positions.clear();
        letters = new DeadLetterTally();
        polled.clear();
    }

    @Override
    public synchronized void close() {
        if (reader != null) reader.close();
        admin.close(Duration.ofSeconds(2));
    }
}

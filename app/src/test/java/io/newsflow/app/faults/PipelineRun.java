package io.newsflow.app.faults;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.ResponseBody;
import io.newsflow.app.config.ConfigLoader;
import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.app.pipeline.Pipeline;
import io.newsflow.devstack.ChildJvm;
import io.newsflow.index.client.ElasticsearchClients;
import io.newsflow.ingest.model.IngestReport;
import io.newsflow.schemas.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One pipeline run of the fault tests against a real broker and Elasticsearch: its own topic prefix, Streams application
 * id, consumer group and index names (all {@code name}-based, so a clean and a faulty run share one dev stack), enrich and
 * index as child processes ({@link ChildJvm} running {@link #STAGE_JAR}, logs in {@code logs}), ingest of files in this
 * JVM through
 * {@link Pipeline#ingest} (what {@code newsflow ingest FILES} runs), and the probes a test asserts on.
 */
final class PipelineRun implements AutoCloseable {
    /** Longest wait for a stage to say it runs: enrich's own start timeout (60 s) plus a JVM start on a busy machine. */
    static final Duration START_PATIENCE = Duration.ofSeconds(120);
    /** The stages' jar, built by {@code package} before failsafe runs (what the launcher runs). */
    static final Path STAGE_JAR = Path.of("target", "newsflow.jar");
    /** Heap of one stage process; the launcher's default is 1 GiB, less leaves room on a 2-core, shared machine. */
    static final String STAGE_HEAP = "-Xmx512m";

    final String name;
    private final Path config;
    private final Path logs;
    private final NewsflowConfig settings;
    private final Admin admin;
    private final ElasticsearchClient elasticsearch;
    private final Map<String, Integer> starts = new HashMap<>();
    private ChildJvm enrich;
    private ChildJvm index;

    PipelineRun(String name, String bootstrapServers, String elasticsearchUrl, Path work, Path logs) throws IOException {
        this.name = name;
        this.logs = logs;
        Files.createDirectories(work);
        Files.createDirectories(logs);
        this.config = Files.writeString(work.resolve(name + ".yaml"), """
                kafka:
                  bootstrapServers: %s
                  topicPrefix: "%s."
                  partitions: 3
                enrich:
                  applicationId: %s-enrich
                  stateDir: %s
                index:
                  hosts: ["%s"]
                  articlesIndex: %s-articles
                  eventsIndex: %s-events
                  replicas: 0
                  groupId: %s-index
                  bulk:
                    initialBackoff: PT0.2S
                    maxBackoff: PT2S
                """.formatted(bootstrapServers, name, name, stateDir(work, name), elasticsearchUrl, name, name, name));
        this.settings = ConfigLoader.load(config, Map.of());
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
        this.elasticsearch = ElasticsearchClients.create(settings.index());
    }

    /** Enrich's state directory of the run called {@code name} in {@code work} (the disk-full test mounts a file system there). */
    static Path stateDir(Path work, String name) {
        return work.resolve(name + "-state");
    }

    Topics topics() {
        return settings.topics();
    }

    String bootstrapServers() {
        return settings.kafka().bootstrapServers();
    }

    /** Starts (or restarts) {@code newsflow enrich} and waits until it says it runs. */
    ChildJvm startEnrich() throws IOException, InterruptedException {
        return start("enrich");
    }

    /** Starts (or restarts) {@code newsflow index} and waits until it says it runs. */
    ChildJvm startIndex() throws IOException, InterruptedException {
        return start("index");
    }

    private ChildJvm start(String stage) throws IOException, InterruptedException {
        ChildJvm process = launch(stage);
        process.awaitOwnOutput(stage + " running", START_PATIENCE);
        return process;
    }

    /** Starts {@code newsflow stage} ({@code enrich} or {@code index}) without waiting for it to run; stopped with the run. */
    ChildJvm launch(String stage) throws IOException {
        int n = starts.merge(stage, 1, Integer::sum);
        ChildJvm process = ChildJvm.start(stage, STAGE_JAR, STAGE_HEAP, Map.of(), logs.resolve(name + "-" + stage + "-" + n + ".log"),
                stage, "-c", config.toString());
        if (stage.equals("enrich")) enrich = process;
        else index = process;
        return process;
    }

    ChildJvm enrich() {
        return enrich;
    }

    ChildJvm index() {
        return index;
    }

    /** Reads a folder of articles into the raw-articles topic, as {@code newsflow ingest DIR} does. */
    IngestReport ingest(Path dir) throws Exception {
        try (Pipeline pipeline = new Pipeline(settings)) {
            return pipeline.ingest(List.of(dir));
        }
    }

    /** Appends a line (time, run name, message) to {@code progress.log} beside the stages' logs, for reading after a run. */
    void note(String format, Object... args) throws IOException {
        Files.writeString(logs.resolve("progress.log"), java.time.Instant.now() + " " + name + ": " + format.formatted(args) + "\n",
                java.nio.charset.StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    /**
     * Records on the enriched-articles and events topics that belong to transactions still open: the sum over their
     * partitions of the high watermark minus the last stable offset. Above zero, a kill of enrich now lands inside an
     * open transaction whose records are already on the broker (Streams' producer keeps records in memory for up to
     * {@code linger.ms}, 100 ms, and flushes them at each commit, so most of the time an open transaction's records
     * are not on the broker yet).
     */
    long openTransactionRecords() throws Exception {
        List<String> outputs = List.of(topics().enrichedArticles().name(), topics().events().name());
        Map<TopicPartition, Long> all = latestOffsets(outputs, IsolationLevel.READ_UNCOMMITTED);
        Map<TopicPartition, Long> stable = latestOffsets(outputs, IsolationLevel.READ_COMMITTED);
        long open = 0;
        for (TopicPartition p : all.keySet()) open += all.get(p) - stable.get(p);
        return open;
    }

    /** The end offset of every partition of {@code topics}, as a consumer of that isolation level sees it. */
    private Map<TopicPartition, Long> latestOffsets(List<String> topics, IsolationLevel isolation) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (String topic : topics) {
            int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic).partitions().size();
            for (int p = 0; p < partitions; p++) latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
        }
        Map<TopicPartition, Long> offsets = new HashMap<>();
        admin.listOffsets(latest, new ListOffsetsOptions(isolation)).all().get(30, TimeUnit.SECONDS)
                .forEach((p, info) -> offsets.put(p, info.offset()));
        return offsets;
    }

    /** Waits (at most {@code patience}) until enrich has committed some raw articles: its backlog fell below {@code backlog}. */
    void awaitEnrichProgress(long backlog, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (enrichBacklog() >= backlog && System.nanoTime() < deadline) Thread.sleep(100);
    }

    /**
     * Raw articles enrich has not committed yet: end offsets of raw-articles minus the analysis application's committed
     * offsets. Zero does not mean enrich's output is complete: story linking, behind the story-linking topic, runs after it.
     */
    long enrichBacklog() throws Exception {
        Map<TopicPartition, Long> ends = latestOffsets(List.of(topics().rawArticles().name()), IsolationLevel.READ_UNCOMMITTED);
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(settings.enrich().analysisApplicationId())
                .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
        long backlog = 0;
        for (var end : ends.entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            backlog += end.getValue() - (done == null ? 0 : done.offset());
        }
        return backlog;
    }

    long articleCount() throws IOException {
        return count(settings.index().articlesIndex());
    }

    long eventCount() throws IOException {
        return count(settings.index().eventsIndex());
    }

    private long count(String alias) throws IOException {
        elasticsearch.indices().refresh(r -> r.index(alias).ignoreUnavailable(true).allowNoIndices(true));
        return elasticsearch.count(c -> c.index(alias).ignoreUnavailable(true).allowNoIndices(true)).count();
    }

    /** Every document of the articles index, by id, without the fields that record when it was written. */
    Map<String, Map<String, Object>> articleDocuments() throws IOException {
        return documents(settings.index().articlesIndex());
    }

    /** Every document of the events index, by id, without the fields that record when it was written. */
    Map<String, Map<String, Object>> eventDocuments() throws IOException {
        return documents(settings.index().eventsIndex());
    }

    /**
     * Fields that differ between two runs over the same input by design: when ingest read the file, when enrich
     * analysed it (also the documents' external version), when index wrote it.
     */
    static final List<String> WALL_CLOCK_FIELDS = List.of("fetchedAt", "enrichedAt", "indexedAt");

    @SuppressWarnings({"rawtypes", "unchecked"})
    private Map<String, Map<String, Object>> documents(String alias) throws IOException {
        elasticsearch.indices().refresh(r -> r.index(alias));
        Map<String, Map<String, Object>> all = new TreeMap<>();
        ResponseBody<Map> page = elasticsearch.search(s -> s.index(alias).size(1000).scroll(t -> t.time("2m"))
                .query(q -> q.matchAll(m -> m)), Map.class);
        String scroll = page.scrollId();
        try {
            while (!page.hits().hits().isEmpty()) {
                for (Hit<Map> hit : page.hits().hits()) {
                    Map<String, Object> source = new TreeMap<>(hit.source());
                    WALL_CLOCK_FIELDS.forEach(source::remove);
                    all.put(hit.id(), source);
                }
                String id = scroll;
                page = elasticsearch.scroll(s -> s.scrollId(id).scroll(t -> t.time("2m")), Map.class);
                scroll = page.scrollId();
            }
        } finally {
            String id = scroll;
            elasticsearch.clearScroll(c -> c.scrollId(id));
        }
        return all;
    }

    /** Values on {@code topic} to its end: committed ones only, or every record written (aborted ones included). */
    <V> List<V> topic(io.newsflow.schemas.Topic<String, V> topic, boolean committed) {
        return io.newsflow.schemas.TopicRecords.readToEnd(bootstrapServers(), topic, committed);
    }

    /** Counts how often each key of {@code values} occurs (a count above 1 is a duplicate). */
    static <V> Map<String, Long> occurrences(List<V> values, Function<V, String> id) {
        return values.stream().collect(Collectors.groupingBy(id, TreeMap::new, Collectors.counting()));
    }

    /** Stops both stages normally (SIGTERM) and closes the clients; kills what does not stop. */
    @Override
    public void close() throws Exception {
        try {
            for (ChildJvm p : new ChildJvm[] {index, enrich}) {
                if (p != null && p.alive()) p.stop();
            }
        } finally {
            admin.close();
            elasticsearch._transport().close();
        }
    }
}

package io.newsflow.ingest.distribute;

import io.newsflow.ingest.metrics.IngestMetrics;
import io.newsflow.ingest.publish.ArticleSink;
import io.newsflow.ingest.settings.DistributeSettings;
import io.newsflow.ingest.settings.SourceSettings;
import io.newsflow.ingest.settings.SourceType;
import io.newsflow.ingest.sources.SourceIngester;
import io.newsflow.ingest.state.IngestState;
import io.newsflow.schemas.DeadLetterReason;
import io.newsflow.schemas.DeadLetters;
import io.newsflow.schemas.Topic;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The consuming side of the fetch-queue topic: this process's share of the ingest work. It joins the consumer group
 * {@code ingest.distribute.groupId}; Kafka gives each partition, hence each host, to exactly one member, and moves it
 * when a member joins or leaves.
 *
 * <p>Work goes in batches of at most {@code batchSize} tasks: the tasks of one host run one after another (the
 * {@code HostPacer} spaces them by {@code hostDelay}), at most {@value #HOST_TASKS_PER_BATCH} per batch, different
 * hosts in parallel on {@code fetch.threads} threads.
 * After a batch: articles, dead letters and the page tasks it listed are flushed, then the state that records them,
 * then the offsets are committed (a commit refused by a rebalance under way is retried after the next poll, or when
 * the partition is revoked). Rebalances happen only inside {@code poll}, between batches, so a partition leaves
 * this process only when none of its fetches is in flight: one host is never fetched by two processes at once.
 * Assignment is cooperative (sticky): a process joining or leaving moves only the partitions that change hands. A
 * partition gained is taken after {@link IngestState#restore()} has read what its previous owner stored, so its
 * seen URLs stay seen. Stopping finishes the requests in flight (at most {@link #STOP_TIMEOUT}), commits only the
 * tasks done and leaves the group.
 *
 * <p>A task that cannot be decoded, or names a source this process does not know, becomes a dead letter
 * ({@code UNDECODABLE_RECORD}); a task that throws, a dead letter {@code UNPARSABLE}; neither stops the worker. Only
 * Kafka failing (state or articles cannot be stored) does: {@link #failure()}.
 */
public final class FetchQueueWorker implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FetchQueueWorker.class);
    static final Duration POLL = Duration.ofMillis(500);
    /**
     * Most tasks of one host done in one batch: a batch lasts about this many {@code hostDelay}s, whatever its hosts'
     * backlogs, and every host in it moves on; the rest is read again in the next batch.
     */
    static final int HOST_TASKS_PER_BATCH = 5;
    /** Longest wait for the fetches in flight when stopping; past it they are interrupted. */
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final String bootstrapServers;
    private final Topic<String, byte[]> topic;
    private final DistributeSettings settings;
    private final SourceIngester ingester;
    private final IngestState state;
    private final ArticleSink sink;
    private final FetchQueue queue;
    private final HostOwnership ownership;
    private final Map<String, SourceSettings> sources;
    private final ExecutorService pool;
    private final ExecutorService loop = Executors.newSingleThreadExecutor(r -> new Thread(r, "newsflow-ingest-fetch-queue"));
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final PartitionProgress progress = new PartitionProgress();
    /** Done but not yet committed, per partition (a commit refused during a rebalance); the loop's thread only. */
    private final Map<TopicPartition, OffsetAndMetadata> uncommitted = new HashMap<>();
    private volatile boolean stopping;

    public FetchQueueWorker(String bootstrapServers, Topic<String, byte[]> topic, SourceIngester ingester, IngestState state,
                            ArticleSink sink, FetchQueue queue, HostOwnership ownership) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.settings = ingester.settings().distribute();
        this.ingester = ingester;
        this.state = state;
        this.sink = sink;
        this.queue = queue;
        this.ownership = ownership;
        this.sources = ingester.settings().sources().stream().collect(Collectors.toMap(SourceSettings::name, Function.identity()));
        this.pool = Executors.newFixedThreadPool(ingester.settings().fetch().threads());
    }

    /** Joins the group and works in the background until {@link #close()}. */
    public void start() {
        loop.submit(this::run);
    }

    /** A fatal error (Kafka unreachable for state, articles or offsets), or null. */
    public Throwable failure() {
        return failure.get();
    }

    private void run() {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig(), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic.name()), new Rebalance(consumer));
            while (!stopping) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
                if (!records.isEmpty()) {
                    Map<TopicPartition, OffsetAndMetadata> done = work(consumer, records);
                    state.checkpoint(() -> {
                        sink.flush();
                        queue.flush();
                    });
                    uncommitted.putAll(done);
                }
                commit(consumer, uncommitted.keySet());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("the fetch-queue worker stopped: {}", e.toString(), e);
            failure.compareAndSet(null, e);
        } finally {
            ownership.lose(ownership.partitions());
        }
    }

    /**
     * Commits what was done on {@code partitions}. A rebalance under way refuses the commit: it is tried again after
     * the next poll, or from the revocation callback if the partition leaves. A commit refused because the partition
     * already went elsewhere (this process was too slow) is dropped: its tasks were checkpointed, so the next owner
     * finds their pages seen and only lists the sources again.
     */
    private void commit(KafkaConsumer<byte[], byte[]> consumer, Collection<TopicPartition> partitions) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition p : partitions) if (uncommitted.containsKey(p)) offsets.put(p, uncommitted.get(p));
        if (offsets.isEmpty()) return;
        try {
            consumer.commitSync(offsets);
        } catch (RebalanceInProgressException e) {
            log.debug("commit deferred until the rebalance is over: {}", e.getMessage());
            return;
        } catch (CommitFailedException e) {
            log.warn("fetch-queue offsets {} not committed (the partitions moved on); their next owner finds the work done: {}", offsets, e.getMessage());
        }
        uncommitted.keySet().removeAll(offsets.keySet());
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> c = new HashMap<>();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
        c.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-ingest-fetch-queue");
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.batchSize());
        c.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, (int) settings.maxPollInterval().toMillis());
        // cooperative: a join or leave moves only the partitions that change hands; the others keep working, unrestored
        c.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName());
        return c;
    }

    /**
     * Runs one batch, hosts in parallel, each host's tasks in order and at most {@link #HOST_TASKS_PER_BATCH} of them
     * (a host with hundreds of new links must not hold the batch, and the other hosts, for hundreds of
     * {@code hostDelay}s); returns, per partition, the offset to commit, and makes the consumer read again from the
     * first task not done (see {@link PartitionProgress}).
     */
    private Map<TopicPartition, OffsetAndMetadata> work(KafkaConsumer<byte[], byte[]> consumer, ConsumerRecords<byte[], byte[]> records)
            throws InterruptedException {
        Map<String, List<ConsumerRecord<byte[], byte[]>>> byHost = new LinkedHashMap<>();
        for (ConsumerRecord<byte[], byte[]> r : records) {
            if (progress.doneBefore(r)) continue;
            String host = r.key() == null ? "" : new String(r.key(), StandardCharsets.UTF_8);
            List<ConsumerRecord<byte[], byte[]>> tasks = byHost.computeIfAbsent(host, h -> new ArrayList<>());
            if (tasks.size() < HOST_TASKS_PER_BATCH) tasks.add(r);
        }
        Set<ConsumerRecord<byte[], byte[]>> done = ConcurrentHashMap.newKeySet();
        List<Future<?>> hosts = new ArrayList<>();
        for (List<ConsumerRecord<byte[], byte[]>> tasks : byHost.values()) {
            hosts.add(pool.submit(() -> {
                for (ConsumerRecord<byte[], byte[]> r : tasks) {
                    if (stopping) return null;
                    execute(r);
                    done.add(r);
                }
                return null;
            }));
        }
        RuntimeException failed = null; // thrown only once every host's fetch is over: none may outlive this process's turn
        for (Future<?> f : hosts) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof InterruptedException) continue;
                RuntimeException cause = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                if (failed == null) failed = cause;
                else failed.addSuppressed(cause);
            }
        }
        if (failed != null) throw failed;
        Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
        progress.settle(records, done).forEach((p, next) -> {
            if (next <= records.records(p).getLast().offset()) consumer.seek(p, next);
            commit.put(p, new OffsetAndMetadata(next));
        });
        return commit;
    }

    /** Does one task; a failure of the task itself becomes a dead letter, a Kafka failure goes on. */
    private void execute(ConsumerRecord<byte[], byte[]> r) throws InterruptedException {
        FetchTask task;
        try {
            task = FetchTask.fromJson(r.value());
        } catch (IOException | IllegalArgumentException e) {
            deadLetter(r, DeadLetterReason.UNDECODABLE_RECORD, "not a fetch task: " + e.getMessage());
            return;
        }
        SourceSettings source = sources.get(task.source());
        if (source == null) {
            deadLetter(r, DeadLetterReason.UNDECODABLE_RECORD, "the fetch task names source '" + task.source()
                    + "', which this process's ingest.sources lacks (every process of group " + settings.groupId() + " needs the same list)");
            return;
        }
        try {
            switch (task.kind()) {
                case LIST -> list(source);
                case PAGE -> ingester.fetch(source, task.link());
            }
        } catch (KafkaException e) {
            throw e;
        } catch (RuntimeException e) {
            log.error("fetch task {} of source {} failed", task.kind(), source.name(), e);
            deadLetter(r, DeadLetterReason.UNPARSABLE, "fetch task " + task.kind() + " of source " + source.name() + " failed: " + e);
        }
    }

    private void list(SourceSettings source) throws InterruptedException {
        if (source.type() == SourceType.FILES) {
            ingester.files(source);
            return;
        }
        for (SourceIngester.Link link : ingester.links(source).wanted()) queue.page(source.name(), link);
    }

    private void deadLetter(ConsumerRecord<byte[], byte[]> r, DeadLetterReason reason, String message) {
        log.warn("dead letter {}: {}", reason, message);
        sink.deadLetter(DeadLetters.forRecord(ArticleSink.STAGE, reason, message, r));
        ingester.metrics().failed(reason.code());
    }

    /** Keeps {@link HostOwnership} in step with the partitions held; restores the state of partitions gained. */
    private final class Rebalance implements ConsumerRebalanceListener {
        private final KafkaConsumer<byte[], byte[]> consumer;

        Rebalance(KafkaConsumer<byte[], byte[]> consumer) {
            this.consumer = consumer;
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            commit(consumer, partitions);
            uncommitted.keySet().removeAll(partitions);
            progress.forget(partitions);
            ownership.lose(numbers(partitions));
            if (!partitions.isEmpty()) log.info("fetch-queue partitions revoked: {}", numbers(partitions));
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (partitions.isEmpty()) return;
            state.restore();
            ownership.gain(numbers(partitions), consumer.partitionsFor(topic.name()).size());
            log.info("fetch-queue partitions assigned: {} (now holding {})", numbers(partitions), ownership.partitions());
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            uncommitted.keySet().removeAll(partitions);
            progress.forget(partitions);
            ownership.lose(numbers(partitions));
        }

        private static List<Integer> numbers(Collection<TopicPartition> partitions) {
            return partitions.stream().map(TopicPartition::partition).sorted().toList();
        }
    }

    /**
     * Stops taking tasks, lets the fetches in flight finish (at most {@link #STOP_TIMEOUT}), commits what was done and
     * leaves the group, so the hosts move to the other processes at once.
     */
    @Override
    public void close() throws InterruptedException {
        stopping = true;
        loop.shutdown();
        if (!loop.awaitTermination(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            pool.shutdownNow();
            loop.shutdownNow();
            loop.awaitTermination(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
        pool.shutdownNow();
    }
}

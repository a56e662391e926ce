package io.newsflow.schemas;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads a topic from the start with its own serdes, for tests' assertions on what a run produced: the one topic reader
 * of every module's integration tests (schemas' test-jar). Each read uses a fresh consumer group, waits at most
 * {@link #PATIENCE} for the expected number of values, then polls once more so that extra (duplicate) values show.
 */
public final class TopicRecords {
    /**
     * Guard against a hung test, not a performance assertion: a passing read returns as soon as its values arrived.
     * 180 s: with the fault tests' child processes and other builds on the same 2 cores (load average 6),
     * EnrichStageIT's two-instance rebalance had committed 179 of 200 articles after 90 s.
     */
    public static final Duration PATIENCE = Duration.ofSeconds(180);

    private TopicRecords() {}

    /** Every value on {@code topic}, transactional or not, once at least {@code expected} arrived. */
    public static <V> List<V> read(String bootstrapServers, Topic<String, V> topic, int expected) {
        return read(bootstrapServers, topic, expected, Map.of(), Duration.ofMillis(500));
    }

    /** Every committed value on {@code topic} (isolation {@code read_committed}), to check an exactly-once writer. */
    public static <V> List<V> readCommitted(String bootstrapServers, Topic<String, V> topic, int expected) {
        return read(bootstrapServers, topic, expected, Map.of(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                Duration.ofSeconds(2)); // duplicates from a retried transaction would show in this last poll
    }

    /**
     * Returns as soon as {@code count} committed values (isolation {@code read_committed}) are readable on
     * {@code topic}, with no last poll after them: for tests that check what else had happened by then. Fails after
     * {@link #PATIENCE}.
     */
    public static void awaitCommitted(String bootstrapServers, Topic<String, ?> topic, int count) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (var consumer = new KafkaConsumer<>(config, topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            fromStart(consumer, topic);
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            int seen = 0;
            while (seen < count) {
                if (System.nanoTime() > deadline) throw new IllegalStateException(seen + " of " + count + " committed on " + topic.name());
                seen += consumer.poll(Duration.ofMillis(50)).count();
            }
        }
    }

    /**
     * The first {@code count} committed records on {@code topic} (isolation {@code read_committed}) with their keys and
     * timestamps, read from the start of every partition without a consumer group: for tests that look at when the
     * broker appended each record. Fails after {@link #PATIENCE} with how many had arrived.
     */
    public static <V> List<ConsumerRecord<String, V>> committedRecords(String bootstrapServers, Topic<String, V> topic, int count) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, V>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            fromStart(consumer, topic);
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (records.size() < count) {
                if (System.nanoTime() > deadline) throw new IllegalStateException(records.size() + " of " + count + " committed on " + topic.name());
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    /**
     * Every value on {@code topic} from its start to its end as of the call, without a consumer group: with
     * {@code committed} only those of committed transactions (isolation {@code read_committed}, up to the last stable
     * offset), otherwise every record written, aborted transactions included ({@code read_uncommitted}). The difference
     * of the two counts is the number of records in aborted transactions. Fails after {@link #PATIENCE}. To look again
     * at a growing topic, a {@link TopicTail} reads only what is new.
     */
    public static <V> List<V> readToEnd(String bootstrapServers, Topic<String, V> topic, boolean committed) {
        try (TopicTail<V> tail = new TopicTail<>(bootstrapServers, topic, committed)) {
            return tail.readNew();
        }
    }

    /** Assigns every partition of {@code topic} to {@code consumer} at its first offset; returns them. */
    static List<TopicPartition> fromStart(KafkaConsumer<?, ?> consumer, Topic<String, ?> topic) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), PATIENCE).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return partitions;
    }

    private static <V> List<V> read(String bootstrapServers, Topic<String, V> topic, int expected, Map<String, Object> extra,
                                     Duration lastPoll) {
        Map<String, Object> config = new HashMap<>(extra);
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-read-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<V> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            consumer.subscribe(List.of(topic.name()));
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
            }
            consumer.poll(lastPoll).forEach(r -> values.add(r.value()));
        }
        return values;
    }
}

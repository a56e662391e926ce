package io.newsflow.schemas;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;

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
    /** Guard against a hung test, not a performance assertion: a passing read returns as soon as its values arrived. */
    public static final Duration PATIENCE = Duration.ofSeconds(90);

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

package io.newsflow.app.health;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Read-only access to Kafka for the health panel: end offsets of a topic, and every record of a topic from its start
 * to the end offsets seen when reading began. Assigns partitions itself (no consumer group, nothing committed, so it
 * changes nothing and is invisible to the stages), {@code read_committed}. Not thread-safe: one reader per snapshot.
 */
final class TopicReader implements AutoCloseable {
    /** Longest a whole read may take before it stops with what it has. */
    static final Duration READ_LIMIT = Duration.ofSeconds(10);
    static final Duration POLL = Duration.ofMillis(200);

    private final KafkaConsumer<String, byte[]> consumer;

    TopicReader(String bootstrapServers) {
        consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-serve-health"), new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** The topic's partitions; empty when it does not exist. */
    List<TopicPartition> partitions(String topic) {
        var infos = consumer.partitionsFor(topic, READ_LIMIT);
        return infos == null ? List.of() : infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    }

    Map<TopicPartition, Long> endOffsets(List<TopicPartition> partitions) {
        return consumer.endOffsets(partitions, READ_LIMIT);
    }

    /**
     * Passes every record of {@code topic} (key, value) to {@code each}, up to the end offsets as they were at the
     * start. Returns false when {@link #READ_LIMIT} ran out first (the caller says the data is partial).
     */
    boolean readAll(String topic, BiConsumer<String, byte[]> each) {
        List<TopicPartition> partitions = partitions(topic);
        if (partitions.isEmpty()) return true;
        Map<TopicPartition, Long> end = endOffsets(partitions);
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        long deadline = System.nanoTime() + READ_LIMIT.toNanos();
        while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            if (System.nanoTime() > deadline) return false;
            for (ConsumerRecord<String, byte[]> r : consumer.poll(POLL)) {
                TopicPartition p = new TopicPartition(r.topic(), r.partition());
                if (r.offset() < end.get(p)) each.accept(r.key(), r.value());
            }
        }
        return true;
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}

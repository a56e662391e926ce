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
 * Read-only access to Kafka for the health panel: end offsets of a topic, and the records of a topic from where the
 * last read stopped (its start the first time) at least to the end offsets seen when reading began. Assigns partitions
 * itself (no consumer group, nothing committed, so it changes nothing and is invisible to the stages), {@code read_committed}.
 * Not thread-safe: its owner serialises the reads.
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
     * Passes the records of {@code topic} (key, value) that follow {@code positions} to {@code each}, at least up to the
     * end offsets as they were at the start (a poll may bring a few written since: they are passed on too), and moves
     * {@code positions} to the consumer's position past them: kept between calls, each call reads only what is new. A
     * partition not in {@code positions} is read from its start. When a position lies beyond its partition's end (the
     * topic was deleted and created again), {@code reset} runs and the topic is read from its start.
     * Returns false when {@link #READ_LIMIT} ran out first (the caller says the data is partial; the next call goes on
     * from where this one stopped).
     */
    boolean readNew(String topic, Map<TopicPartition, Long> positions, BiConsumer<String, byte[]> each, Runnable reset) {
        List<TopicPartition> partitions = partitions(topic);
        if (partitions.isEmpty()) return true;
        Map<TopicPartition, Long> end = endOffsets(partitions);
        Map<TopicPartition, Long> start = consumer.beginningOffsets(partitions, READ_LIMIT);
        if (partitions.stream().anyMatch(p -> positions.getOrDefault(p, 0L) > end.get(p))) {
            partitions.forEach(positions::remove);
            reset.run();
        }
        consumer.assign(partitions);
        for (TopicPartition p : partitions) consumer.seek(p, Math.max(positions.getOrDefault(p, 0L), start.get(p)));
        long deadline = System.nanoTime() + READ_LIMIT.toNanos();
        boolean complete = true;
        while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            if (System.nanoTime() > deadline) {
                complete = false;
                break;
            }
            for (ConsumerRecord<String, byte[]> r : consumer.poll(POLL)) each.accept(r.key(), r.value());
        }
        // past every record passed on, and past transaction markers and aborted records: where the next read starts
        for (TopicPartition p : partitions) positions.put(p, consumer.position(p));
        return complete;
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}

package io.newsflow.schemas;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a topic a piece at a time, without a consumer group (nothing committed, invisible to the stages): each
 * {@link #readNew()} returns the values written since the previous one, the first from the topic's start, up to the
 * topic's end as of the call. With {@code committed} only values of committed transactions (isolation
 * {@code read_committed}: the end is the last stable offset, so a transaction still open then is read once it commits,
 * and one that aborts never; a commit reaches the last stable offset a moment after {@code commitTransaction} returns,
 * when its markers are written), otherwise every record written. For tests that look at a growing topic again and again
 * (the fault tests waiting for a run to settle): each look costs the new records, not the whole topic. The partitions
 * are those the topic has when the tail is made. Not thread-safe.
 */
public final class TopicTail<V> implements AutoCloseable {
    private static final Duration POLL = Duration.ofMillis(200);

    private final KafkaConsumer<String, V> consumer;
    private final String topic;
    private final List<TopicPartition> partitions;

    public TopicTail(String bootstrapServers, Topic<String, V> topic, boolean committed) {
        this.topic = topic.name();
        this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, committed ? "read_committed" : "read_uncommitted"),
                topic.keySerde().deserializer(), topic.valueSerde().deserializer());
        this.partitions = TopicRecords.fromStart(consumer, topic);
    }

    /**
     * The values after those of the previous call, up to the topic's end now, in partition order within each poll.
     * Fails after {@link TopicRecords#PATIENCE} (a guard against a hung test).
     */
    public List<V> readNew() {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TopicRecords.PATIENCE);
        long deadline = System.nanoTime() + TopicRecords.PATIENCE.toNanos();
        List<V> values = new ArrayList<>();
        while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            if (System.nanoTime() > deadline) throw new IllegalStateException("did not reach the end of " + topic + " " + end);
            consumer.poll(POLL).forEach(r -> values.add(r.value()));
        }
        return values;
    }

    @Override
    public void close() {
        consumer.close();
    }
}

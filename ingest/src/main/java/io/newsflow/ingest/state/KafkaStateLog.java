package io.newsflow.ingest.state;

import io.newsflow.schemas.Topic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;

/**
 * {@link StateLog} on the compacted {@code ingest-state} topic: replay reads every partition from the start to the
 * end offsets taken when it begins (no consumer group, nothing committed); append writes with an idempotent producer
 * and waits for every ack. Kafka keeps the latest value per key, so the topic stays the size of the state.
 */
public final class KafkaStateLog implements StateLog {
    static final Duration POLL = Duration.ofMillis(200);
    static final Duration REPLAY_TIMEOUT = Duration.ofMinutes(5);

    private final String bootstrapServers;
    private final Topic<String, byte[]> topic;
    private final KafkaProducer<String, byte[]> producer;

    public KafkaStateLog(String bootstrapServers, Topic<String, byte[]> topic) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, "newsflow-ingest-state",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"), new StringSerializer(), new ByteArraySerializer());
    }

    @Override
    public void replay(BiConsumer<String, byte[]> entry) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), REPLAY_TIMEOUT).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            if (partitions.isEmpty()) throw new KafkaException("state topic " + topic.name() + " does not exist");
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, REPLAY_TIMEOUT);
            long deadline = System.nanoTime() + REPLAY_TIMEOUT.toNanos();
            while (!reached(consumer, end)) {
                if (System.nanoTime() > deadline) throw new KafkaException("state topic " + topic.name() + " not replayed within " + REPLAY_TIMEOUT);
                for (ConsumerRecord<String, byte[]> r : consumer.poll(POLL)) entry.accept(r.key(), r.value());
            }
        }
    }

    private static boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    @Override
    public void append(Map<String, byte[]> entries) {
        List<Future<?>> sends = entries.entrySet().stream()
                .<Future<?>>map(e -> producer.send(new ProducerRecord<>(topic.name(), e.getKey(), e.getValue()))).toList();
        producer.flush();
        try {
            for (Future<?> f : sends) f.get();
        } catch (ExecutionException e) {
            throw new KafkaException("cannot store ingest state: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while storing ingest state", e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}

package io.newsflow.demo.bench;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * When records become readable on one topic, as a downstream stage sees them: a consumer of its own (no group, every
 * partition from the beginning, {@code read_committed}, so a transactional producer's records count when their
 * transaction commits) notes {@link System#nanoTime()} for each record it receives. That is a stage's output rate as
 * the next stage can use it, which record timestamps would not give (Kafka Streams copies its input's timestamps).
 * Resolution: one poll, at most {@value #POLL_MILLIS} ms. Runs on a daemon thread until {@link #close()}.
 */
final class TopicArrivals implements AutoCloseable {
    static final int POLL_MILLIS = 100;

    private final String topic;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final List<Long> arrivals = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    private TopicArrivals(String bootstrap, String topic) {
        this.topic = topic;
        this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.thread = new Thread(this::run, "bench-arrivals-" + topic);
        thread.setDaemon(true);
    }

    /** Starts watching {@code topic}; the partitions are taken once the topic exists (the stages create it). */
    static TopicArrivals start(String bootstrap, String topic) {
        TopicArrivals arrivals = new TopicArrivals(bootstrap, topic);
        arrivals.thread.start();
        return arrivals;
    }

    private void run() {
        try {
            List<TopicPartition> partitions = List.of();
            while (running && partitions.isEmpty()) {
                partitions = consumer.listTopics().getOrDefault(topic, List.of()).stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
                if (partitions.isEmpty()) Thread.sleep(POLL_MILLIS);
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (running) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(POLL_MILLIS));
                long now = System.nanoTime();
                synchronized (arrivals) {
                    for (int i = 0; i < records.count(); i++) arrivals.add(now);
                }
            }
        } catch (WakeupException | InterruptedException closing) {
            // close() was called
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** The times records were received so far, in order ({@link System#nanoTime()}). */
    List<Long> arrivals() {
        synchronized (arrivals) {
            return List.copyOf(arrivals);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(10_000);
    }
}

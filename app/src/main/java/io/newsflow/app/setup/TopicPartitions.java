package io.newsflow.app.setup;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Reads how many partitions topics have, so {@code newsflow setup} can say what a stage can be scaled to. */
public final class TopicPartitions {
    static final int TIMEOUT_SECONDS = 30;

    private TopicPartitions() {}

    /** Partitions per topic, by name (sorted); fails when a topic does not exist or Kafka cannot be reached. */
    public static Map<String, Integer> of(String bootstrapServers, Collection<String> topics) throws InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_SECONDS * 1000))) {
            Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Map<String, Integer> partitions = new TreeMap<>();
            described.forEach((name, d) -> partitions.put(name, d.partitions().size()));
            return partitions;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot describe topics on Kafka at " + bootstrapServers + ": "
                    + (e.getCause() == null ? e : e.getCause()).getMessage(), e);
        }
    }
}

package io.newsflow.app.pipeline;

import io.newsflow.app.config.KafkaSettings;
import io.newsflow.schemas.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Creates newsflow's topics that do not exist yet, with the configured partitions and replication factor (a topic
 * with a fixed number of its own, {@link io.newsflow.schemas.Topic#partitions()}, gets that number: enrich's
 * story-linking topic, 1).
 *
 * <p>Stages start side by side (enrich and index at once, say), so another process may create a topic between our
 * listing and our request: a topic that "already exists" is what we wanted, not a failure. After creating, every
 * topic is described once, so a topic that neither we nor anyone else managed to create still fails the start.
 */
public final class TopicSetup {
    private static final Logger log = LoggerFactory.getLogger(TopicSetup.class);
    static final int TIMEOUT_SECONDS = 30;
    /** Pause between describing attempts while a new topic reaches the broker's metadata. */
    static final long METADATA_WAIT_MILLIS = 100;

    private TopicSetup() {}

    public static void ensure(KafkaSettings kafka, Topics topics) throws InterruptedException {
        try (Admin admin = admin(kafka)) {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.all().stream().filter(t -> !existing.contains(t.name()))
                    .map(t -> new NewTopic(t.name(), t.partitionsOr(kafka.partitions()), (short) kafka.replicationFactor()).configs(t.config())).toList();
            create(admin, missing);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create topics on Kafka at " + kafka.bootstrapServers() + ": "
                    + (e.getCause() == null ? e : e.getCause()).getMessage(), e);
        }
    }

    static Admin admin(KafkaSettings kafka) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_SECONDS * 1000));
    }

    /**
     * Creates {@code topics}, any of which may exist already or be created concurrently by another stage, and checks
     * that all of them exist afterwards.
     */
    static void create(Admin admin, List<NewTopic> topics) throws InterruptedException, ExecutionException, TimeoutException {
        if (topics.isEmpty()) return;
        List<String> created = new ArrayList<>();
        for (Map.Entry<String, KafkaFuture<Void>> topic : admin.createTopics(topics).values().entrySet()) {
            if (createdNow(topic.getValue())) created.add(topic.getKey());
        }
        awaitDescribed(admin, topics.stream().map(NewTopic::name).toList());
        if (!created.isEmpty()) log.info("created topics {}", created);
    }

    /**
     * Describes {@code names} until the broker knows them all: a topic created a moment ago (by us or by a concurrent
     * stage) may not be in the metadata yet and answers "unknown topic" for a short while; one that never appears
     * fails after {@link #TIMEOUT_SECONDS}.
     */
    private static void awaitDescribed(Admin admin, List<String> names) throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (true) {
            try {
                admin.describeTopics(names).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || System.nanoTime() > deadline) throw e;
                Thread.sleep(METADATA_WAIT_MILLIS);
            }
        }
    }

    /** True when this request created the topic, false when a concurrent creator got there first. */
    private static boolean createdNow(KafkaFuture<Void> creation) throws InterruptedException, ExecutionException, TimeoutException {
        try {
            creation.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) return false;
            throw e;
        }
    }
}

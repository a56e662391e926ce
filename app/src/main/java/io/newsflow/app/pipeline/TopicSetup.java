package io.newsflow.app.pipeline;

import io.newsflow.app.config.KafkaSettings;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Creates newsflow's topics that do not exist yet, with the configured partitions and replication factor. */
public final class TopicSetup {
    private static final Logger log = LoggerFactory.getLogger(TopicSetup.class);
    static final int TIMEOUT_SECONDS = 30;

    private TopicSetup() {}

    public static void ensure(KafkaSettings kafka, Topics topics) throws InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_SECONDS * 1000))) {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Set<String> compacted = topics.compacted().stream().map(Topic::name).collect(java.util.stream.Collectors.toSet());
            List<NewTopic> missing = topics.all().stream().map(Topic::name).filter(n -> !existing.contains(n))
                    .map(n -> new NewTopic(n, kafka.partitions(), (short) kafka.replicationFactor())
                            .configs(compacted.contains(n) ? Map.of("cleanup.policy", "compact") : Map.of())).toList();
            if (missing.isEmpty()) return;
            admin.createTopics(missing).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            log.info("created topics {}", missing.stream().map(NewTopic::name).toList());
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create topics on Kafka at " + kafka.bootstrapServers() + ": "
                    + (e.getCause() == null ? e : e.getCause()).getMessage(), e);
        }
    }
}

package io.newsflow.devstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

/**
 * The local development stack: one embedded Kafka broker and one embedded Elasticsearch node, started together and
 * stopped together. {@link #shared()} gives integration tests one stack per JVM, stopped when the JVM exits.
 */
public final class DevStack implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DevStack.class);
    private static DevStack shared;

    private final EmbeddedKafka kafka;
    private final EmbeddedElasticsearch elasticsearch;

    private DevStack(EmbeddedKafka kafka, EmbeddedElasticsearch elasticsearch) {
        this.kafka = kafka;
        this.elasticsearch = elasticsearch;
    }

    /** Starts Kafka, then Elasticsearch; if Elasticsearch fails, Kafka is stopped again. */
    public static DevStack start() throws Exception {
        EmbeddedKafka kafka = EmbeddedKafka.start();
        try {
            return new DevStack(kafka, EmbeddedElasticsearch.start());
        } catch (Exception | Error e) {
            kafka.close();
            throw e;
        }
    }

    /** One stack for the whole JVM (test suites), started on first use and stopped by a shutdown hook. */
    public static synchronized DevStack shared() throws Exception {
        if (shared == null) {
            DevStack stack = start();
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "devstack-shutdown"));
            shared = stack;
        }
        return shared;
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String elasticsearchUrl() {
        return elasticsearch.url();
    }

    /** Creates topics (replication factor 1) on the embedded broker; for tests that need their own. */
    public void createTopics(List<String> names, int partitions) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            admin.createTopics(names.stream().map(n -> new NewTopic(n, partitions, (short) 1)).toList()).all().get();
        }
    }

    /** Stops both services and deletes their data; safe to call twice. */
    @Override
    public synchronized void close() {
        try {
            elasticsearch.close();
        } catch (Exception e) {
            log.warn("Elasticsearch did not stop cleanly: {}", e.toString());
        } finally {
            kafka.close();
        }
    }
}

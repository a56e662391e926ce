package io.newsflow.enrich;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The topics a Streams application reads, with the id Kafka gave each. A broker that restarts answers for a moment as if
 * a topic did not exist (Streams then fails with "missing source topic"); a deleted topic is gone for good, and one
 * created again under the same name (a producer's auto-create) is a different, empty topic with a new id. Only the id
 * tells the two apart: {@link #unchangedWithin} says whether every topic is back with the id it had when
 * {@link #remember} ran.
 */
final class SourceTopics {
    private static final Logger log = LoggerFactory.getLogger(SourceTopics.class);
    /** Pause between looks while waiting for the topics to come back. */
    private static final long LOOK_MILLIS = 500;
    private final Map<String, Object> adminConfig;
    private final Set<String> names;
    private volatile Map<String, Uuid> ids = Map.of();

    SourceTopics(Topology topology, Properties config) {
        this.adminConfig = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.getProperty(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        this.names = names(topology, config.getProperty(StreamsConfig.APPLICATION_ID_CONFIG));
    }

    /** The topics the topology reads; its repartition topics under their full names (the application id first). */
    static Set<String> names(Topology topology, String applicationId) {
        Set<String> names = new TreeSet<>();
        for (TopologyDescription.Subtopology sub : topology.describe().subtopologies()) {
            for (TopologyDescription.Node node : sub.nodes()) {
                if (!(node instanceof TopologyDescription.Source source) || source.topicSet() == null) continue;
                for (String topic : source.topicSet()) {
                    names.add(topic.endsWith("-repartition") ? applicationId + "-" + topic : topic);
                }
            }
        }
        return names;
    }

    Set<String> names() {
        return names;
    }

    /** Notes each topic's id (once the application runs, so that its repartition topics exist). */
    void remember() {
        try (Admin admin = Admin.create(adminConfig)) {
            ids = describe(admin);
            log.debug("source topics {}", ids);
        } catch (Exception e) {
            log.warn("could not note the ids of the source topics {}: {}", names, e.toString());
        }
    }

    /**
     * Waits up to {@code wait} for every remembered topic to be described with the id it had. False when one is still
     * missing at the end, has a new id (deleted and created again), or no ids were remembered.
     */
    boolean unchangedWithin(Duration wait) throws InterruptedException {
        Map<String, Uuid> before = ids;
        if (before.isEmpty()) return false;
        long deadline = System.nanoTime() + wait.toNanos();
        try (Admin admin = Admin.create(adminConfig)) {
            while (true) {
                Map<String, Uuid> now = describeQuietly(admin);
                if (now.keySet().containsAll(before.keySet())) {
                    boolean same = before.entrySet().stream().allMatch(e -> e.getValue().equals(now.get(e.getKey())));
                    if (!same) log.warn("source topics deleted and created again: ids were {}, are {}", before, now);
                    return same;
                }
                if (System.nanoTime() > deadline) return false;
                Thread.sleep(LOOK_MILLIS);
            }
        }
    }

    private Map<String, Uuid> describeQuietly(Admin admin) throws InterruptedException {
        try {
            return describe(admin);
        } catch (ExecutionException | TimeoutException e) {
            return Map.of();
        }
    }

    private Map<String, Uuid> describe(Admin admin) throws InterruptedException, ExecutionException, TimeoutException {
        Map<String, TopicDescription> described = admin.describeTopics(names).allTopicNames().get(10, TimeUnit.SECONDS);
        Map<String, Uuid> found = new java.util.TreeMap<>();
        described.forEach((name, d) -> found.put(name, d.topicId()));
        return found;
    }
}

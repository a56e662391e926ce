package io.newsflow.devstack;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) running in this JVM, on free ports on
 * localhost, with its log directories in a temp dir that {@link #close()} deletes.
 *
 * <p>Every internal topic is configured for one node (replication factor 1, min ISR 1), so transactions and
 * {@code exactly_once_v2} work. Topics are not auto-created: create them explicitly, as production would.
 * Typical start: 2-3 s. Not for production: no security, one replica.
 */
public final class EmbeddedKafka implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafka.class);
    /** The file a broker writes in each log directory when it shuts down cleanly (Kafka's LogManager). */
    private static final String CLEAN_SHUTDOWN_MARKER = ".kafka_cleanshutdown";
    private static final Duration LEADERS_PATIENCE = Duration.ofSeconds(60);

    private final Path dataDir;
    private final int brokerPort;
    private final KafkaConfig config;
    private KafkaRaftServer server;

    private EmbeddedKafka(Path dataDir, int brokerPort, KafkaConfig config, KafkaRaftServer server) {
        this.dataDir = dataDir;
        this.brokerPort = brokerPort;
        this.config = config;
        this.server = server;
    }

    /** Formats storage and starts the broker; returns once its listeners accept connections. */
    public static EmbeddedKafka start() throws Exception {
        return FreePorts.startWithFreshPorts("newsflow-kafka-", dataDir -> {
            int brokerPort = FreePorts.next();
            KafkaConfig config = KafkaConfig.fromProps(brokerProperties(dataDir, brokerPort, FreePorts.next()), false);
            format(config);
            KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            log.info("Kafka broker ready on localhost:{}", brokerPort);
            return new EmbeddedKafka(dataDir, brokerPort, config, server);
        });
    }

    /**
     * Stops the broker (controlled shutdown) and starts it again on the same ports with the same data, as an operator's
     * broker restart: clients see their connections drop and come back; topics, offsets and open transactions' state
     * survive. Returns once every partition has a leader again (see {@link #awaitLeaders}). Fault tests only.
     */
    public synchronized void restart() {
        restart(false);
    }

    /**
     * As {@link #restart()}, but the broker comes back as after a crash of its process: its clean-shutdown marker is
     * gone, so it recovers its logs, and the controller takes its replicas out of the eligible leaders. Kafka then elects
     * them anyway, as the last known eligible ones (one node holds the only copies). Fault tests only.
     */
    public synchronized void restartAfterCrash() {
        restart(true);
    }

    private void restart(boolean crashed) {
        server.shutdown();
        server.awaitShutdown();
        if (crashed) deleteCleanShutdownMarkers();
        server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        awaitLeaders(LEADERS_PATIENCE);
        log.info("Kafka broker restarted on localhost:{}", brokerPort);
    }

    private void deleteCleanShutdownMarkers() {
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path marker : files.filter(f -> f.getFileName().toString().equals(CLEAN_SHUTDOWN_MARKER)).toList()) {
                Files.delete(marker);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the clean-shutdown markers under " + dataDir, e);
        }
    }

    /**
     * Waits until every partition of every topic has a leader, so a producer started next can write at once.
     *
     * @throws IllegalStateException naming the partitions still without a leader after {@code patience}
     */
    private void awaitLeaders(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        // short client timeouts: a call that hangs is retried within the patience rather than eating it
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000))) {
            List<String> leaderless = List.of();
            while (System.nanoTime() < deadline) {
                leaderless = leaderlessPartitions(admin);
                if (leaderless.isEmpty()) return;
                Thread.sleep(200);
            }
            throw new IllegalStateException("Kafka broker on localhost:%d restarted, but after %d s these partitions have no leader: %s"
                    .formatted(brokerPort, patience.toSeconds(), leaderless));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for partition leaders", e);
        }
    }

    private static List<String> leaderlessPartitions(Admin admin) throws InterruptedException {
        try {
            Set<String> topics = admin.listTopics(new ListTopicsOptions().listInternal(true)).names().get();
            return admin.describeTopics(topics).allTopicNames().get().values().stream()
                    .flatMap(topic -> topic.partitions().stream()
                            .filter(partition -> partition.leader() == null || partition.leader().isEmpty())
                            .map(partition -> topic.name() + "-" + partition.partition()))
                    .sorted()
                    .toList();
        } catch (ExecutionException e) {
            return List.of("(broker not answering yet: " + e.getCause().getMessage() + ")");
        }
    }

    /** {@code host:port} for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return "localhost:" + brokerPort;
    }

    private static void format(KafkaConfig config) throws Exception {
        String metadataDir = config.metadataLogDir();
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(config.nodeId())
                .setClusterId(Uuid.randomUuid().toString())
                .setDirectories(List.of(metadataDir))
                .setMetadataLogDirectory(metadataDir)
                .setControllerListenerName("CONTROLLER")
                .run();
    }

    static Properties brokerProperties(Path dataDir, int brokerPort, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        p.put("listeners", "PLAINTEXT://localhost:" + brokerPort + ",CONTROLLER://localhost:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + brokerPort);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        p.put("log.dirs", dataDir.resolve("logs").toString());
        // one node: every internal topic needs replication factor 1 and min ISR 1, or transactions never start
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("num.partitions", "1");
        p.put("auto.create.topics.enable", "false");
        return p;
    }

    /** Stops the broker (controlled shutdown) and deletes its data. */
    @Override
    public synchronized void close() {
        try {
            server.shutdown();
            server.awaitShutdown();
        } finally {
            TempDirs.delete(dataDir);
        }
    }
}

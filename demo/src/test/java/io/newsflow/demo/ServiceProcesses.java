package io.newsflow.demo;

import io.newsflow.app.config.EnvironmentVariable;
import io.newsflow.devstack.ChildJvm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The production shape of the services on one machine, for multi-process tests and the benchmark: a Kafka broker and an
 * Elasticsearch node each in a JVM of its own ({@code newsflow devstack --only kafka|elasticsearch} from the demo jar),
 * so that their CPU and memory are apart from the stages'. The stages are then started from {@link #APP_JAR} with
 * {@link #env()} (the services in {@code NEWSFLOW_*} variables), as the launcher and the Dockerfile start them.
 *
 * @param kafka            the broker's process
 * @param elasticsearch    the node's process
 * @param bootstrap        the broker's bootstrap servers
 * @param elasticsearchUrl the node's URL
 */
public record ServiceProcesses(ChildJvm kafka, ChildJvm elasticsearch, String bootstrap, String elasticsearchUrl) {
    /** The production CLI, as {@code ./mvnw package} leaves it (relative to the demo module, where tests run). */
    public static final Path APP_JAR = Path.of("..", "app", "target", "newsflow.jar").toAbsolutePath().normalize();
    /** The demo jar, with {@code devstack}. */
    public static final Path DEMO_JAR = Path.of("target", "newsflow-demo.jar").toAbsolutePath();
    /** Bound on each service's start (a JVM start and, for the node, a cluster formed): against hanging, not a claim. */
    public static final Duration STARTUP = Duration.ofMinutes(3);
    /** Heap of each service JVM. */
    public static final String HEAP = "-Xmx512m";

    /** Skips the calling test unless both jars were packaged (they are under {@code ./mvnw verify}, not in an IDE). */
    public static void assumePackaged() {
        assumeTrue(Files.isRegularFile(APP_JAR) && Files.isRegularFile(DEMO_JAR),
                "needs the packaged jars (" + APP_JAR + ", " + DEMO_JAR + "): run through ./mvnw verify, not an IDE");
    }

    /**
     * Starts both services, logging to {@code logs}, and waits until each has printed its address. Both are added to
     * {@code processes} as soon as they start, so the caller's {@code finally} stops them even when this fails.
     */
    public static ServiceProcesses start(Path logs, List<ChildJvm> processes) throws IOException, InterruptedException {
        ChildJvm kafka = ChildJvm.start("kafka", DEMO_JAR, HEAP, Map.of(), logs.resolve("kafka.log"), "devstack", "--only", "kafka");
        processes.add(kafka);
        ChildJvm elasticsearch = ChildJvm.start("elasticsearch", DEMO_JAR, HEAP, Map.of(), logs.resolve("elasticsearch.log"), "devstack", "--only", "elasticsearch");
        processes.add(elasticsearch);
        return new ServiceProcesses(kafka, elasticsearch, kafka.awaitLine(DevstackCommand.KAFKA_LINE, STARTUP),
                elasticsearch.awaitLine(DevstackCommand.ELASTICSEARCH_LINE, STARTUP));
    }

    /** The environment that points a stage at these services. */
    public Map<String, String> env() {
        return Map.of(EnvironmentVariable.KAFKA_BOOTSTRAP_SERVERS.variable(), bootstrap,
                EnvironmentVariable.ELASTICSEARCH_HOSTS.variable(), elasticsearchUrl);
    }

    /** Stops {@code processes} newest first: the stages before the services they use. */
    public static void stopAll(List<ChildJvm> processes) throws InterruptedException {
        List<ChildJvm> newestFirst = new java.util.ArrayList<>(processes);
        Collections.reverse(newestFirst);
        for (ChildJvm p : newestFirst) p.close();
    }

    /** Deletes {@code dir} with everything in it, then creates it empty: each run starts from nothing. */
    public static void recreate(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Collections.reverseOrder()).toList()) Files.delete(p);
            }
        }
        Files.createDirectories(dir);
    }
}

package io.newsflow.devstack;

import io.newsflow.devstack.elasticsearch.LanguageAnalyzersPlugin;
import io.newsflow.devstack.elasticsearch.RootEndpointPlugin;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.node.EmbeddedNode;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.transport.netty4.Netty4Plugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Elasticsearch node (the version pinned in the build) running in this JVM, HTTP on 127.0.0.1 at a free
 * port, data in a temp dir that {@link #close()} deletes. It has the {@code english}, {@code russian} and
 * {@code armenian} analyzers and {@code GET /}; it lacks other modules of the full distribution (painless, ingest,
 * reindex, percolator: see docs/architecture.md), so mappings must not need them.
 *
 * <p>Indices still default to one replica: set {@code number_of_replicas: 0} (newsflow's templates do). Elasticsearch
 * keeps JVM-wide state (logging, native access): run at most one node per JVM at a time. Typical start: ~5 s.
 * Dev and test only: no security, no bootstrap checks.
 */
public final class EmbeddedElasticsearch implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedElasticsearch.class);
    private static final List<Class<? extends Plugin>> PLUGINS =
            List.of(Netty4Plugin.class, LanguageAnalyzersPlugin.class, RootEndpointPlugin.class);
    private static final List<String> LIBZSTD_CANDIDATES = List.of(
            "/usr/lib/x86_64-linux-gnu/libzstd.so.1", "/usr/lib/aarch64-linux-gnu/libzstd.so.1",
            "/usr/lib64/libzstd.so.1", "/usr/lib/libzstd.so.1");

    private final Path home;
    private final Node node;
    private final int httpPort;

    private EmbeddedElasticsearch(Path home, Node node, int httpPort) {
        this.home = home;
        this.node = node;
        this.httpPort = httpPort;
    }

    /** Starts the node; returns once it is started and its HTTP port is bound. */
    public static EmbeddedElasticsearch start() throws Exception {
        return FreePorts.startWithFreshPorts("newsflow-es-", home -> {
            int httpPort = FreePorts.next();
            configureNativeAccess(home);
            Settings settings = settings(home, httpPort, FreePorts.next());
            // binds Elasticsearch's logging to log4j2 and leaves the configuration to the application's log4j2.xml
            LogConfigurator.configureESLogging();
            Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "newsflow-dev");
            Node node = new EmbeddedNode(environment, PLUGINS);
            node.start();
            log.info("Elasticsearch node ready on http://127.0.0.1:{}", httpPort);
            return new EmbeddedElasticsearch(home, node, httpPort);
        });
    }

    /** Base URL of the HTTP API, e.g. {@code http://127.0.0.1:41234}. */
    public String url() {
        return "http://127.0.0.1:" + httpPort;
    }

    private static Settings settings(Path home, int httpPort, int transportPort) {
        return Settings.builder()
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("cluster.name", "newsflow-dev")
                .put("node.name", "newsflow-dev")
                .put("discovery.type", "single-node")
                .put("http.host", "127.0.0.1").put("http.port", httpPort)
                .put("transport.host", "127.0.0.1").put("transport.port", transportPort)
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                // Kafka puts zstd-jni on the classpath, the client then offers zstd, and Netty's zstd encoder on the
                // node fails on a heap buffer: the response is never sent and the client hangs. Local: no compression.
                .put("http.compression", false)
                .build();
    }

    /**
     * Elasticsearch loads libzstd (for best_compression indices) from {@code es.nativelibs.path}; the jar does not ship
     * it, so link the system's. The SIMD vector library is not published: disable it.
     */
    private static void configureNativeAccess(Path home) throws IOException {
        System.setProperty("org.elasticsearch.nativeaccess.enableVectorLibrary", "false");
        if (System.getProperty("es.nativelibs.path") != null) return;
        Path dir = Files.createDirectories(home.resolve("native"));
        for (String candidate : LIBZSTD_CANDIDATES) {
            if (Files.exists(Path.of(candidate))) {
                Files.createSymbolicLink(dir.resolve("libzstd.so"), Path.of(candidate));
                break;
            }
        }
        System.setProperty("es.nativelibs.path", dir.toString());
    }

    /** Stops the node and deletes its data. */
    @Override
    public void close() throws IOException, InterruptedException {
        try {
            node.close();
            node.awaitClose(30, TimeUnit.SECONDS);
        } finally {
            if (home.resolve("native").toString().equals(System.getProperty("es.nativelibs.path"))) {
                System.clearProperty("es.nativelibs.path");
            }
            TempDirs.delete(home);
        }
    }
}

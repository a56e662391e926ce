package io.newsflow.app.health;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * A long-running stage's own HTTP endpoint, for health checks and Prometheus: {@code GET /health} answers 200 while
 * the stage works and 503 otherwise (JSON {@code {"stage", "up", "state"}}); {@code GET /metrics} answers the
 * Prometheus text format: {@code newsflow_stage_up}, and from {@link KafkaPipelineStatus} (read-only, cached) the
 * consumer lag of enrich and index ({@code newsflow_consumer_lag_records}) and the dead letters on their topic
 * ({@code newsflow_dead_letters}); {@code newsflow_pipeline_status_readable} is 0 when Kafka could not be read.
 * Unauthenticated and read-only: publish it to the monitoring network only.
 */
public final class StageEndpoint implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StageEndpoint.class);

    /** What the stage says of itself: whether it works, and its state in a word. */
    public record Health(boolean up, String state) {}

    /** Where the pipeline's Kafka figures come from ({@link KafkaPipelineStatus#snapshot()}). */
    public interface Status {
        KafkaPipelineStatus.Snapshot snapshot() throws IOException;
    }

    private final HttpServer server;

    private StageEndpoint(HttpServer server) {
        this.server = server;
    }

    /**
     * The endpoint of a stage run by a command: {@code /health} from {@code health}, {@code /metrics} with the pipeline's
     * figures read from Kafka ({@link KafkaPipelineStatus}); nothing when {@code port} is 0 (off). Says where it listens
     * on {@code out}. Closing it stops the server and the status reader.
     */
    public static AutoCloseable forStage(String stage, int port, io.newsflow.app.config.NewsflowConfig settings,
                                         Supplier<Health> health, java.io.PrintStream out) throws IOException {
        if (port == 0) return () -> {};
        KafkaPipelineStatus status = KafkaPipelineStatus.of(settings, settings.ingest().sources());
        StageEndpoint endpoint;
        try {
            endpoint = start(stage, port, health, status::snapshot);
        } catch (IOException | RuntimeException e) {
            status.close();
            throw e;
        }
        out.printf("health and metrics on port %d: /health, /metrics%n", endpoint.port());
        return () -> {
            endpoint.close();
            status.close();
        };
    }

    /** A stage's own health as the endpoint reports it: up while it runs (or starts), its status in a word. */
    public static Health of(io.newsflow.schemas.stage.Stage.Health health) {
        var status = health.status();
        return new Health(status == io.newsflow.schemas.stage.Stage.Status.RUNNING || status == io.newsflow.schemas.stage.Stage.Status.STARTING,
                status.name());
    }

    /** Listens on {@code port} of every address (0: any free port). */
    public static StageEndpoint start(String stage, int port, Supplier<Health> health, Status status) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/health", x -> {
            Health h = health.get();
            respond(x, h.up() ? 200 : 503, "application/json", "{\"stage\":\"" + stage + "\",\"up\":" + h.up()
                    + ",\"state\":\"" + h.state() + "\"}\n");
        });
        server.createContext("/metrics", x -> {
            KafkaPipelineStatus.Snapshot snapshot = null;
            try {
                snapshot = status.snapshot();
            } catch (IOException | RuntimeException e) {
                log.debug("metrics without the pipeline status: {}", e.toString());
            }
            respond(x, 200, PrometheusText.CONTENT_TYPE, PrometheusText.of(stage, health.get(), snapshot));
        });
        server.start();
        return new StageEndpoint(server);
    }

    private static void respond(HttpExchange x, int code, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", type);
        if (x.getRequestMethod().equals("HEAD")) {
            x.sendResponseHeaders(code, -1);
        } else {
            x.sendResponseHeaders(code, bytes.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(bytes);
            }
        }
        x.close();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

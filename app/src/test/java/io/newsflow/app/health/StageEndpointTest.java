package io.newsflow.app.health;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** A stage's {@code /health} follows the stage; {@code /metrics} is Prometheus text with the pipeline's lag and dead letters. */
class StageEndpointTest {
    static final KafkaPipelineStatus.Snapshot SNAPSHOT = new KafkaPipelineStatus.Snapshot(List.of(
            new KafkaPipelineStatus.StageLag("enrich", "newsflow-enrich", "newsflow.raw-articles", 12L),
            new KafkaPipelineStatus.StageLag("index", "newsflow-index", "newsflow.enriched-articles", null)),
            new KafkaPipelineStatus.DeadLetterSeries(List.of(), List.of(), 4), List.of(), List.of(), Instant.EPOCH, true, "");

    static HttpResponse<String> get(StageEndpoint endpoint, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthFollowsTheStageAndMetricsSayWhenKafkaCannotBeRead() throws Exception {
        AtomicReference<StageEndpoint.Health> health = new AtomicReference<>(new StageEndpoint.Health(true, "RUNNING"));
        try (StageEndpoint endpoint = StageEndpoint.start("enrich", 0, health::get, () -> {
            throw new IOException("Kafka down");
        })) {
            HttpResponse<String> up = get(endpoint, "/health");
            assertThat(up.statusCode()).isEqualTo(200);
            assertThat(up.body()).contains("\"up\":true", "\"state\":\"RUNNING\"");

            health.set(new StageEndpoint.Health(false, "ERROR"));
            assertThat(get(endpoint, "/health").statusCode()).isEqualTo(503);

            HttpResponse<String> metrics = get(endpoint, "/metrics");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain; version=0.0.4"));
            assertThat(metrics.body().lines()).contains("newsflow_stage_up{stage=\"enrich\"} 0", "newsflow_pipeline_status_readable 0")
                    .noneMatch(l -> l.startsWith("newsflow_consumer_lag_records"));
        }
    }

    @Test
    void metricsCarryTheLagOfEveryStageThatCommittedAndTheDeadLetters() {
        String text = PrometheusText.of("enrich", new StageEndpoint.Health(true, "RUNNING"), SNAPSHOT);

        assertThat(text.lines()).contains(
                "newsflow_stage_up{stage=\"enrich\"} 1",
                "newsflow_pipeline_status_readable 1",
                "# TYPE newsflow_consumer_lag_records gauge",
                "newsflow_consumer_lag_records{stage=\"enrich\",group=\"newsflow-enrich\",topic=\"newsflow.raw-articles\"} 12",
                "newsflow_dead_letters 4");
        assertThat(text).doesNotContain("stage=\"index\"");
        assertThat(Arrays.stream(text.split("\n")).filter(l -> !l.startsWith("#")))
                .allSatisfy(l -> assertThat(l).matches("[a-z_]+(\\{[^}]*})? -?\\d+"));
        assertThat(PrometheusText.escape("a\"b\\c\nd")).isEqualTo("a\\\"b\\\\c\\nd");
    }
}

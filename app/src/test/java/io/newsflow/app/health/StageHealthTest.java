package io.newsflow.app.health;

import io.newsflow.schemas.stage.Stage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** How a stage's own health becomes the endpoint's answer, and that a stage without a metrics port opens nothing. */
class StageHealthTest {

    @Test
    void aStageIsUpWhileItStartsOrRunsAndDownWhenItStoppedOrFailed() {
        assertThat(StageEndpoint.of(Stage.Health.of(Stage.Status.RUNNING))).isEqualTo(new StageEndpoint.Health(true, "RUNNING"));
        assertThat(StageEndpoint.of(Stage.Health.of(Stage.Status.STARTING)).up()).isTrue();
        assertThat(StageEndpoint.of(Stage.Health.of(Stage.Status.STOPPED))).isEqualTo(new StageEndpoint.Health(false, "STOPPED"));
        assertThat(StageEndpoint.of(Stage.Health.failed(new IllegalStateException("mapping refused"))))
                .isEqualTo(new StageEndpoint.Health(false, "FAILED"));
    }

    @Test
    void portZeroOpensNothingAndSaysNothing() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AutoCloseable endpoint = StageEndpoint.forStage("index", 0, null, () -> new StageEndpoint.Health(true, "RUNNING"),
                new PrintStream(out, true, StandardCharsets.UTF_8))) {
            assertThat(endpoint).isNotNull();
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}

package io.newsflow.app.pipeline;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CloseAllTest {
    @Test
    void closesEverythingLastFirstAndKeepsEveryFailure() {
        List<String> closed = new ArrayList<>();
        List<AutoCloseable> resources = List.of(
                () -> { closed.add("kafka"); throw new IllegalStateException("kafka close failed"); },
                () -> closed.add("enrich"),
                () -> { closed.add("elasticsearch"); throw new java.io.IOException("elasticsearch close failed"); });

        assertThatThrownBy(() -> CloseAll.inReverse(resources))
                .hasMessage("elasticsearch close failed")
                .satisfies(e -> assertThat(e.getSuppressed()).extracting(Throwable::getMessage).containsExactly("kafka close failed"));
        assertThat(closed).containsExactly("elasticsearch", "enrich", "kafka");
    }

    @Test
    void anInterruptedCloseLetsTheOthersCloseAndLeavesTheFlagSet() {
        List<String> closed = new ArrayList<>();
        List<AutoCloseable> resources = List.of(() -> closed.add("first"), () -> { throw new InterruptedException(); });

        assertThatThrownBy(() -> CloseAll.inReverse(resources)).isInstanceOf(InterruptedException.class);
        assertThat(closed).containsExactly("first");
        assertThat(Thread.interrupted()).isTrue(); // and clears it for the next test
    }

    @Test
    void nothingFailingThrowsNothing() throws Exception {
        CloseAll.inReverse(List.of(() -> {}, () -> {}));
    }
}

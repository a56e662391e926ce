package io.newsflow.schemas;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterReasonTest {
    private static final Path DOC = Path.of("..", "docs", "architecture.md");
    private static final String START = "<!-- dead-letter-reasons:start (checked by DeadLetterReasonTest) -->";
    private static final String END = "<!-- dead-letter-reasons:end -->";

    @Test
    void codesOnTheWireNeverChange() {
        // Stored dead letters, the failed-total metric and ingest's seen-URL state hold these strings: a constant may be
        // added, never renamed or removed.
        assertThat(Arrays.stream(DeadLetterReason.values()).map(DeadLetterReason::code)).contains(
                "UNSUPPORTED_URL", "BLOCKED_ADDRESS", "ROBOTS_DISALLOWED", "HTTP_ERROR", "TIMEOUT", "NETWORK_ERROR",
                "TOO_MANY_REDIRECTS", "UNSUPPORTED_TYPE", "UNPARSABLE", "UNDECODABLE_TEXT", "EMPTY_TEXT", "UNREADABLE_INPUT",
                "TOO_LARGE", "UNDECODABLE_RECORD", "ENRICH_FAILED", "INDEX_REJECTED");
    }

    @Test
    void onlyNetworkTroubleAndInterruptionsAreWorthRetrying() {
        assertThat(Arrays.stream(DeadLetterReason.values()).filter(DeadLetterReason::isTransient))
                .containsExactlyInAnyOrder(DeadLetterReason.HTTP_ERROR, DeadLetterReason.TIMEOUT,
                        DeadLetterReason.NETWORK_ERROR, DeadLetterReason.INTERRUPTED);
    }

    @Test
    void storedCodesAreReadBack() {
        assertThat(DeadLetterReason.of("TIMEOUT")).contains(DeadLetterReason.TIMEOUT);
        assertThat(DeadLetterReason.of("SOMETHING_NEWER")).isEmpty();
        assertThat(DeadLetterReason.isTransient("NETWORK_ERROR")).isTrue();
        assertThat(DeadLetterReason.isTransient("BLOCKED_ADDRESS")).isFalse();
        assertThat(DeadLetterReason.isTransient((String) null)).isFalse();
    }

    @Test
    void documentedTableIsTheEnum() throws IOException {
        String readme = Files.readString(DOC);
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertThat(start).as("docs/architecture.md has the block " + START + " ... " + END).isNotNegative();
        assertThat(end).isGreaterThan(start);
        String inReadme = readme.substring(start + START.length(), end).strip();
        assertThat(inReadme).as("docs/architecture.md's reason table; replace it with the expected text").isEqualTo(table());
    }

    /** The Markdown table of every reason, in declaration order. */
    static String table() {
        return "| reason | transient | meaning |\n| --- | --- | --- |\n" + Arrays.stream(DeadLetterReason.values())
                .map(r -> "| `" + r.code() + "` | " + (r.isTransient() ? "yes" : "no") + " | " + r.meaning() + " |")
                .collect(Collectors.joining("\n"));
    }
}

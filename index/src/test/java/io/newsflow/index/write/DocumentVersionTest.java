package io.newsflow.index.write;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentVersionTest {
    static final Instant EARLY = Instant.parse("2026-12-01T10:00:00Z");
    static final Instant LATE = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void aNewerTextVersionWinsWheneverEitherWasEnriched() {
        assertThat(DocumentVersion.of(2, EARLY)).isGreaterThan(DocumentVersion.of(1, LATE));
        assertThat(DocumentVersion.of(3, EARLY)).isGreaterThan(DocumentVersion.of(2, Instant.parse("2109-01-01T00:00:00Z")));
    }

    @Test
    void withinOneTextVersionTheNewerEnrichmentWins() {
        assertThat(DocumentVersion.of(1, LATE)).isGreaterThan(DocumentVersion.of(1, EARLY));
        assertThat(DocumentVersion.of(2, LATE)).isGreaterThan(DocumentVersion.of(2, EARLY));
    }

    @Test
    void theTextVersionCanBeReadBackAndEveryVersionIsAValidExternalVersion() {
        assertThat(DocumentVersion.textVersion(DocumentVersion.of(7, LATE))).isEqualTo(7);
        assertThat(DocumentVersion.of(0, Instant.EPOCH.minusSeconds(1))).as("clamped, never negative").isEqualTo(DocumentVersion.of(1, Instant.EPOCH));
        assertThat(DocumentVersion.of(Integer.MAX_VALUE, Instant.ofEpochMilli(Long.MAX_VALUE))).isPositive();
    }

    @Test
    void everyVersionIsAboveTheTimeOnlyVersionsWrittenBeforeTextVersionsExisted() {
        long lastTimeOnly = Instant.parse("2109-01-01T00:00:00Z").toEpochMilli(); // before: the enrichment time alone
        assertThat(DocumentVersion.of(1, Instant.EPOCH)).as("a new write replaces a document of before").isGreaterThan(lastTimeOnly);
    }
}

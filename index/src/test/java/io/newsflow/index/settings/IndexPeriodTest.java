package io.newsflow.index.settings;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class IndexPeriodTest {

    @Test
    void namesTheIndexAfterTheUtcMonthOrYear() {
        Instant lateMay = Instant.parse("2025-05-31T23:30:00Z");
        assertThat(IndexPeriod.MONTH.indexName("newsflow-articles", lateMay)).isEqualTo("newsflow-articles-2025.05");
        assertThat(IndexPeriod.MONTH.indexName("newsflow-articles", lateMay.plusSeconds(3600))).isEqualTo("newsflow-articles-2025.06");
        assertThat(IndexPeriod.YEAR.indexName("newsflow-events", lateMay)).isEqualTo("newsflow-events-2025");
    }
}

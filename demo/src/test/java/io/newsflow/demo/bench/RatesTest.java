package io.newsflow.demo.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's arithmetic: nearest-rank percentiles and rates. */
class RatesTest {
    @Test
    void percentilesAreNearestRankInTheOrderAskedAndLeaveTheValuesAsTheyWere() {
        long[] values = LongStream.rangeClosed(1, 20).map(v -> 21 - v).toArray(); // 20 .. 1
        long[] before = values.clone();
        assertThat(Rates.percentiles(values, 50, 95, 99, 100, 1)).containsExactly(10, 19, 20, 20, 1);
        assertThat(values).as("sorted a copy").containsExactly(before);
    }

    @Test
    void noValuesGiveNaNForEveryPercentile() {
        assertThat(Rates.percentiles(new long[0], 50, 99)).containsExactly(Double.NaN, Double.NaN);
    }

    @Test
    void ratesAreItemsPerSecondAndNaNWithoutASpan() {
        assertThat(Rates.cold(List.of(1_000_000_000L, 2_000_000_000L), 0)).isEqualTo(1.0);
        assertThat(Rates.cold(List.of(), 0)).isNaN();
        assertThat(Rates.warm(List.of(0L, 1_000_000_000L, 2_000_000_000L, 3_000_000_000L), 0.25)).isEqualTo(1.0);
    }
}

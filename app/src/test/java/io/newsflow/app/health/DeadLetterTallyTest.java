package io.newsflow.app.health;

import io.newsflow.app.health.KafkaPipelineStatus.DeadLetterSeries;
import io.newsflow.app.health.KafkaPipelineStatus.HostErrors;
import io.newsflow.app.health.KafkaPipelineStatus.Series;
import io.newsflow.ingest.publish.ArticleSink;
import io.newsflow.schemas.DeadLetter;
import io.newsflow.schemas.DeadLetterReason;
import io.newsflow.schemas.DeadLetters;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** The health panel's dead-letter counts: per day and reason, per host, and the bounds that keep them small. */
class DeadLetterTallyTest {
    static final LocalDate FIRST_DAY = LocalDate.parse("2026-01-01");

    static DeadLetter letter(String stage, DeadLetterReason reason, String source, LocalDate day) {
        DeadLetter d = DeadLetters.forInput(stage, reason, "test", source, null);
        d.setTimestamp(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
        return d;
    }

    static DeadLetter fetchError(String host, LocalDate day) {
        return letter(ArticleSink.STAGE, DeadLetterReason.TIMEOUT, "https://" + host + "/a", day);
    }

    @Test
    void countsPerDayAndReasonAndPerHostWithTheLatestReason() {
        DeadLetterTally tally = new DeadLetterTally();
        tally.add(letter(ArticleSink.STAGE, DeadLetterReason.TIMEOUT, "https://a.example/1", FIRST_DAY));
        tally.add(letter(ArticleSink.STAGE, DeadLetterReason.HTTP_ERROR, "https://a.example/2", FIRST_DAY.plusDays(2)));
        tally.add(letter("enrich", DeadLetterReason.TIMEOUT, "https://b.example/1", FIRST_DAY.plusDays(2)));

        DeadLetterSeries series = tally.series();
        assertThat(series.days()).containsExactly(FIRST_DAY, FIRST_DAY.plusDays(2));
        assertThat(series.series()).extracting(Series::name, Series::counts)
                .containsExactly(tuple("HTTP_ERROR", List.of(0L, 1L)),
                        tuple("TIMEOUT", List.of(1L, 1L)));
        assertThat(series.total()).isEqualTo(3);
        assertThat(tally.hosts()).as("enrich's letters are not fetch errors")
                .containsExactly(new HostErrors("a.example", 2, "HTTP_ERROR"));
    }

    @Test
    void onlyTheLatestDaysAreKeptAndTheTotalCountsEveryLetter() {
        DeadLetterTally tally = new DeadLetterTally();
        int days = DeadLetterTally.DAYS_KEPT + 10;
        for (int i = days - 1; i >= 0; i--) tally.add(letter("enrich", DeadLetterReason.TIMEOUT, "kafka", FIRST_DAY.plusDays(i)));

        DeadLetterSeries series = tally.series();
        assertThat(series.days()).hasSize(DeadLetterTally.DAYS_KEPT)
                .startsWith(FIRST_DAY.plusDays(10)).endsWith(FIRST_DAY.plusDays(days - 1));
        assertThat(series.series()).singleElement().satisfies(s -> assertThat(s.counts()).hasSize(DeadLetterTally.DAYS_KEPT));
        assertThat(series.total()).isEqualTo(days);
    }

    @Test
    void pastTheHostBoundTheHostReadLeastRecentlyIsLeftOut() {
        DeadLetterTally tally = new DeadLetterTally();
        for (int i = 0; i < DeadLetterTally.HOSTS_KEPT; i++) tally.add(fetchError("host" + i + ".example", FIRST_DAY));
        tally.add(fetchError("host0.example", FIRST_DAY.plusDays(1))); // host1 is now the least recent
        tally.add(fetchError("new.example", FIRST_DAY.plusDays(1)));

        List<HostErrors> hosts = tally.hosts();
        assertThat(hosts).hasSize(DeadLetterTally.HOSTS_KEPT);
        assertThat(hosts).extracting(HostErrors::host)
                .contains("host0.example", "new.example", "host2.example").doesNotContain("host1.example");
        assertThat(hosts.getFirst()).isEqualTo(new HostErrors("host0.example", 2, "TIMEOUT"));
    }
}

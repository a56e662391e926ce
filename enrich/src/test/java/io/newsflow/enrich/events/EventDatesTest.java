package io.newsflow.enrich.events;

import io.newsflow.schemas.DatePrecision;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class EventDatesTest {
    static final LocalDate PUBLISHED = LocalDate.of(2025, 5, 21); // a Wednesday

    @Test
    void absoluteDatesKeepTheirPrecision() {
        assertThat(EventDates.find("Lavrov arrived on 12 May 2025.", null)).isEqualTo(new EventDate(LocalDate.of(2025, 5, 12), DatePrecision.DAY));
        assertThat(EventDates.find("On May 12, 2025 talks began.", null)).isEqualTo(new EventDate(LocalDate.of(2025, 5, 12), DatePrecision.DAY));
        assertThat(EventDates.find("In May 2025, Lavrov held talks.", null)).isEqualTo(new EventDate(LocalDate.of(2025, 5, 1), DatePrecision.MONTH));
        assertThat(EventDates.find("By February 2024, Armenia stopped funding.", null))
                .isEqualTo(new EventDate(LocalDate.of(2024, 2, 1), DatePrecision.MONTH));
        assertThat(EventDates.find("the conflict in 2023", null)).isEqualTo(new EventDate(LocalDate.of(2023, 1, 1), DatePrecision.YEAR));
    }

    @Test
    void relativeDatesNeedThePublicationDate() {
        assertThat(EventDates.find("Putin called on Tuesday.", PUBLISHED)).isEqualTo(new EventDate(LocalDate.of(2025, 5, 20), DatePrecision.DAY));
        assertThat(EventDates.find("They met yesterday.", PUBLISHED)).isEqualTo(new EventDate(LocalDate.of(2025, 5, 20), DatePrecision.DAY));
        assertThat(EventDates.find("Talks stalled last month.", PUBLISHED)).isEqualTo(new EventDate(LocalDate.of(2025, 4, 1), DatePrecision.MONTH));
        assertThat(EventDates.find("Putin called on Tuesday.", null)).isNull();
    }

    @Test
    void theModalMayIsNotAMonth() {
        assertThat(EventDates.find("The EU may halt mediation.", PUBLISHED)).isNull();
    }
}

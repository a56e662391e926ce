package io.newsflow.app.analyze;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublishedDateTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "2024-02-03, 2024-02-03",
            "20240203, 2024-02-03",
            "2024-034, 2024-02-03",
            "2024034, 2024-02-03",
            "2024-W05-6, 2024-02-03",
            "2024W056, 2024-02-03",
            "2024-02-03T13:53:25, 2024-02-03",            // no offset: UTC
            "2023-04-28T13:53:25, 2023-04-28",
            "2024-02-03 13:53:25, 2024-02-03",            // a space for the T
            "2024-02-03T13:53, 2024-02-03",
            "2024-02-03T13, 2024-02-03",
            "2024-02-03T13:53:25.488, 2024-02-03",
            "'2024-02-03T13:53:25,5Z', 2024-02-03",
            "2026-06-30T16:34:54.488000+00:00, 2026-06-30",
            "2024-02-03T01:30:00+04:00, 2024-02-02",      // the UTC day of that instant
            "2024-02-03T22:30:00-05:00, 2024-02-04",
            "2024-02-03T23:30:00+0100, 2024-02-03",
            "2024-02-03T12:00+01, 2024-02-03",
            "20240203T135325Z, 2024-02-03",
            "2024-02-03t13:53:25z, 2024-02-03",
            "2024-W05-6T10:00:00Z, 2024-02-03",
            "2024-02, 2024-02-01",                        // a year-month: its first day
            "2024-W05, 2024-01-29",                       // a week: its Monday
            "' 2024-02-03 ', 2024-02-03"
    })
    void acceptsIsoForms(String value, LocalDate day) {
        assertThat(PublishedDate.parse(value)).isEqualTo(day);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024", "2024-02-30", "2024-13", "2023-366", "2024-W54-1", "2024-02-03T25:00", "2024-0203",
            "2024-02-03T13:5325", "03/02/2024", "yesterday", "2024-02-03T13:53:25 UTC"})
    void refusesOthersNamingTheValue(String value) {
        assertThatThrownBy(() -> PublishedDate.parse(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"published\" is not an ISO-8601 date or date-time: \"" + value + "\"");
    }

    @Test
    void absentIsNull() {
        assertThat(PublishedDate.parse(null)).isNull();
        assertThat(PublishedDate.parse(" ")).isNull();
    }

    @Test
    void utcDayOfAnInstant() {
        assertThat(PublishedDate.utcDay(OffsetDateTime.parse("2025-03-14T01:30:00+04:00"))).isEqualTo(LocalDate.of(2025, 3, 13));
        assertThat(PublishedDate.utcDay(null)).isNull();
    }
}

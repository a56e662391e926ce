package io.newsflow.ingest.extract;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class DatesTest {

    @Test
    void keepsThePagesOwnOffset() {
        assertThat(Dates.parse("2024-05-03T23:47:42.389+02:00")).isEqualTo(OffsetDateTime.parse("2024-05-03T23:47:42.389+02:00"));
        assertThat(Dates.parse("2024-05-03T23:47:42+0200").getOffset().getTotalSeconds()).isEqualTo(7200);
        assertThat(Dates.parse("2024-05-03 08:15:00 -0400")).isEqualTo(OffsetDateTime.parse("2024-05-03T08:15-04:00"));
        assertThat(Dates.parse("2024-05-03T08:15Z")).isEqualTo(OffsetDateTime.parse("2024-05-03T08:15Z"));
    }

    @Test
    void withoutOffsetOrTimeItIsUtcAndTrailingWordsAreIgnored() {
        assertThat(Dates.parse("2024-05-03T08:15:00")).isEqualTo(OffsetDateTime.parse("2024-05-03T08:15Z"));
        assertThat(Dates.parse("2024-05-03")).isEqualTo(OffsetDateTime.parse("2024-05-03T00:00Z"));
        assertThat(Dates.parse("2024-05-03 um 10:00 Uhr").toLocalDate()).hasToString("2024-05-03");
    }

    @Test
    void rfc1123EpochAndJunk() {
        assertThat(Dates.parse("Fri, 03 May 2024 15:47:42 GMT")).isEqualTo(OffsetDateTime.parse("2024-05-03T15:47:42Z"));
        assertThat(Dates.parse("1714751262")).isEqualTo(OffsetDateTime.parse("2024-05-03T15:47:42Z"));
        assertThat(Dates.parse("yesterday")).isNull();
        assertThat(Dates.parse("")).isNull();
    }

    @Test
    void dateInAnArticleUrl() {
        assertThat(Dates.fromUrl("https://news.example.org/2024/05/03/talks-in-baku")).isEqualTo(OffsetDateTime.parse("2024-05-03T00:00Z"));
        assertThat(Dates.fromUrl("https://news.example.org/politics/20240503-talks.html").toLocalDate()).hasToString("2024-05-03");
        assertThat(Dates.fromUrl("https://news.example.org/politics/talks-in-baku")).isNull();
    }
}

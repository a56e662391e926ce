package io.newsflow.index.settings;

import io.newsflow.index.alerts.AlertMessage;
import io.newsflow.schemas.Alert;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AlertSettingsTest {
    static WatchSettings watch(String name, String type, URI webhook) {
        return new WatchSettings(name, "Lavrov", "Q7747", type, LocalDate.parse("2025-01-01"), null, "RU", false, webhook, false);
    }

    @Test
    void aWatchCarriesTheSameQueryAsASearch() {
        WatchSettings w = watch("putin-consults", "consult", null);
        assertThat(w.searchQuery().text()).isEqualTo("Lavrov");
        assertThat(w.searchQuery().actor()).isEqualTo("Q7747");
        assertThat(w.searchQuery().type()).isEqualTo("CONSULT");
        assertThat(w.searchQuery().language()).isEqualTo("ru");
        assertThat(w.searchQuery().from()).isEqualTo(LocalDate.parse("2025-01-01"));
        assertThat(w.kind()).isEqualTo("article");
    }

    @Test
    void badWatchesAreRefusedWithTheirName() {
        assertThatThrownBy(() -> watch("x", "TALKS", null)).hasMessageContaining("watch x").hasMessageContaining("unknown event type 'TALKS'");
        assertThatThrownBy(() -> watch("a|b", null, null)).hasMessageContaining("name");
        assertThatThrownBy(() -> watch("x", null, URI.create("file:///etc/passwd"))).hasMessageContaining("webhook must be an http(s) URL");
        assertThatThrownBy(() -> AlertSettings.DEFAULTS.with("s", List.of(watch("x", null, null), watch("x", null, null))))
                .hasMessageContaining("the name x is used twice");
        assertThatThrownBy(() -> new AlertSettings(Duration.ZERO, Duration.ZERO, Duration.ZERO, "s", Duration.ofSeconds(1), List.of(), 0))
                .hasMessageContaining("index.alerts.interval");
        assertThatThrownBy(() -> AlertSettings.DEFAULTS.with("Alerts", List.of())).hasMessageContaining("index.alerts.stateIndex");
    }

    @Test
    void anAlertRecordCarriesEveryFieldOfTheMessage() {
        Instant now = Instant.parse("2025-06-10T12:00:00Z");
        AlertMessage m = new AlertMessage(AlertMessage.id("w", "event", "a-4"), "w", "event", "a-4", "a", "Title",
                "https://example.org/a", Instant.parse("2025-06-01T00:00:00Z"), "CONSULT", "A → B: met.", now);
        Alert a = m.toAvro();
        assertThat(a.getId()).isEqualTo("w|event|a-4");
        assertThat(List.of(a.getWatch(), a.getKind(), a.getDocumentId(), a.getArticleId(), a.getTitle(), a.getUrl(), a.getEventType(), a.getSummary()))
                .containsExactly("w", "event", "a-4", "a", "Title", "https://example.org/a", "CONSULT", "A → B: met.");
        assertThat(a.getPublished()).isEqualTo(Instant.parse("2025-06-01T00:00:00Z"));
        assertThat(a.getReportedAt()).isEqualTo(now);
        assertThat(m.line()).isEqualTo("[w] event a-4: CONSULT A → B: met. <https://example.org/a>");
    }
}

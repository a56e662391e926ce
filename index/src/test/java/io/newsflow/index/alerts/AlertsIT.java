package io.newsflow.index.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.index.KafkaSupport;
import io.newsflow.index.NodeIT;
import io.newsflow.index.settings.IndexSettings;
import io.newsflow.index.settings.WatchSettings;
import io.newsflow.schemas.Alert;
import io.newsflow.schemas.EnrichedArticle;
import io.newsflow.schemas.EventType;
import io.newsflow.schemas.Topics;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static io.newsflow.index.TestArticles.ARMENIA;
import static io.newsflow.index.TestArticles.LAVROV;
import static io.newsflow.index.TestArticles.PASHINYAN;
import static io.newsflow.index.TestArticles.RUSSIA;
import static io.newsflow.index.TestArticles.article;
import static io.newsflow.index.TestArticles.event;
import static io.newsflow.index.TestArticles.write;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Saved searches against the real node and broker: a match is reported once (log, webhook, alerts topic), a restart
 * reports nothing again, a new match is reported once, and an alert the webhook refused is delivered later.
 */
class AlertsIT extends NodeIT {
    static final Instant ENRICHED = Instant.parse("2025-06-10T00:00:00Z");
    static IndexSettings settings(String prefix, List<WatchSettings> watches) {
        IndexSettings s = settings(prefix, prefix + "group");
        return s.withAlerts(s.alerts().with(prefix + "alerts", watches));
    }

    static WatchSettings watch(String name, String query, String type, boolean events, URI webhook, boolean topic) {
        return new WatchSettings(name, query, null, type, null, null, null, events, webhook, topic);
    }

    static EnrichedArticle talks(String id, String title) {
        String text = "Lavrov held talks in Yerevan with Pashinyan. Russia urged Armenia to stay in the alliance.";
        return article(id, "daily-example.org", "en", "2025-05-20T08:00:00Z", title, text, List.of(LAVROV, PASHINYAN, RUSSIA, ARMENIA),
                List.of(event(id, 0, EventType.CONSULT, LAVROV, PASHINYAN, "2025-05-20", text.substring(0, 44)),
                        event(id, 45, EventType.REQUEST, RUSSIA, ARMENIA, "2025-05-20", text.substring(45))), ENRICHED);
    }

    static EnrichedArticle unrelated(String id) {
        return article(id, "lur-example.am", "hy", "2025-06-04T07:00:00Z", "Եղանակ", "Երևանում վաղը անձրև է սպասվում։",
                List.of(ARMENIA), List.of(), ENRICHED);
    }

    static List<String> ids(AlertRunner.Report report) {
        return report.reported().stream().map(AlertMessage::id).toList();
    }

    @Test
    void aMatchIsReportedOnceARestartRepeatsNothingAndANewMatchIsReportedOnce() throws Exception {
        KafkaSupport kafka = new KafkaSupport(stack, Topics.withPrefix("alr."));
        try (WebhookReceiver hook = new WebhookReceiver()) {
            IndexSettings settings = settings("alr-", List.of(
                    watch("lavrov", "Lavrov", null, false, hook.url(), true),
                    watch("consultations", "", "CONSULT", true, null, true)));
            write(es, settings, List.of(talks("a1", "Lavrov in Yerevan"), unrelated("u1")));

            try (AlertRunner runner = new AlertRunner(es, settings, stack.bootstrapServers(), kafka.topics(), Clock.systemUTC())) {
                AlertRunner.Report first = runner.runOnce();
                assertThat(first.problems()).isEmpty();
                assertThat(ids(first)).containsExactly("lavrov|article|a1", "consultations|event|a1-0");
                assertThat(runner.runOnce().reported()).isEmpty();
            }
            JsonNode body = hook.received().getFirst();
            assertThat(hook.received()).hasSize(1);
            assertThat(body.get("id").asText()).isEqualTo("lavrov|article|a1");
            assertThat(body.get("watch").asText()).isEqualTo("lavrov");
            assertThat(body.get("kind").asText()).isEqualTo("article");
            assertThat(body.get("title").asText()).isEqualTo("Lavrov in Yerevan");
            assertThat(body.get("url").asText()).isEqualTo("https://daily-example.org/news/a1");
            assertThat(body.get("published").asText()).isEqualTo("2025-05-20T08:00:00Z");
            assertThat(body.get("summary").asText()).isEqualTo("Sergey Lavrov, Nikol Pashinyan, Russia, Armenia");

            // a restart: a new runner on the same state index reports nothing again, then only the new match
            try (AlertRunner restarted = new AlertRunner(es, settings, stack.bootstrapServers(), kafka.topics(), Clock.systemUTC())) {
                assertThat(restarted.runOnce().reported()).isEmpty();
                write(es, settings, List.of(talks("a2", "Lavrov again"), unrelated("u2")));
                assertThat(ids(restarted.runOnce())).containsExactly("lavrov|article|a2", "consultations|event|a2-0");
                assertThat(restarted.runOnce().reported()).isEmpty();
            }
            assertThat(hook.received()).extracting(j -> j.get("documentId").asText()).containsExactly("a1", "a2");
        }

        List<Alert> onTopic = kafka.readAll(kafka.topics().alerts(), 4);
        assertThat(onTopic).extracting(Alert::getId).containsExactlyInAnyOrder(
                "lavrov|article|a1", "consultations|event|a1-0", "lavrov|article|a2", "consultations|event|a2-0");
        Alert consult = onTopic.stream().filter(a -> a.getId().equals("consultations|event|a1-0")).findFirst().orElseThrow();
        assertThat(consult.getEventType()).isEqualTo("CONSULT");
        assertThat(consult.getArticleId()).isEqualTo("a1");
        assertThat(consult.getSummary()).isEqualTo("Sergey Lavrov → Nikol Pashinyan: Lavrov held talks in Yerevan with Pashinyan.");
    }

    @Test
    void anAlertTheWebhookRefusedIsDeliveredAtTheNextEvaluationAndThenNeverAgain() throws Exception {
        try (WebhookReceiver hook = new WebhookReceiver()) {
            IndexSettings settings = settings("alw-", List.of(watch("russian", "Лавров", null, false, hook.url(), false)));
            write(es, settings, List.of(article("r1", "vesti-example.ru", "ru", "2025-06-03T10:00:00Z", "Лавров о переговорах",
                    "Министр Лавров сообщил о переговорах с армянской стороной.", List.of(LAVROV), List.of(), ENRICHED)));
            hook.answer(503);

            try (AlertRunner runner = new AlertRunner(es, settings, null, null, Clock.systemUTC())) {
                AlertRunner.Report refused = runner.runOnce();
                assertThat(refused.reported()).isEmpty();
                assertThat(refused.problems()).singleElement().asString().contains("russian|article|r1", "answered 503");
                assertThat(ids(runner.runOnce())).containsExactly("russian|article|r1");
                assertThat(runner.runOnce().reported()).isEmpty();
            }
            assertThat(hook.received()).extracting(j -> j.get("id").asText()).containsExactly("russian|article|r1");
        }
    }
}

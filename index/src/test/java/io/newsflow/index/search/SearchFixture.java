package io.newsflow.index.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.newsflow.index.TestArticles;
import io.newsflow.index.settings.IndexSettings;
import io.newsflow.schemas.EnrichedArticle;
import io.newsflow.schemas.EventType;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import static io.newsflow.index.TestArticles.ARMENIA;
import static io.newsflow.index.TestArticles.LAVROV;
import static io.newsflow.index.TestArticles.PASHINYAN;
import static io.newsflow.index.TestArticles.RUSSIA;
import static io.newsflow.index.TestArticles.article;
import static io.newsflow.index.TestArticles.event;

/**
 * Three articles (English, Russian, Armenian; May and June 2025, so two monthly indexes) and four events, written
 * with the index stage's own operations to the real node. Expected buckets are spelled out in the tests.
 */
final class SearchFixture {
    static final Instant ENRICHED = Instant.parse("2025-06-10T00:00:00Z");

    private SearchFixture() {}

    static List<EnrichedArticle> articles() {
        String en = "Lavrov held talks in Yerevan with Pashinyan on Tuesday. Russia urged Armenia to stay in the alliance.";
        String ru = "Министр Лавров сообщил о переговорах с армянской стороной. Россия ввела ограничения на ввоз армянского коньяка.";
        String hy = "Փաշինյանի կառավարությունը բողոքեց Մոսկվայի որոշման դեմ։";
        return List.of(
                article("en1", "daily-example.org", "en", "2025-05-20T08:00:00Z", "Lavrov and Pashinyan meet in Yerevan", en,
                        List.of(LAVROV, PASHINYAN, RUSSIA, ARMENIA),
                        List.of(event("en1", 0, EventType.CONSULT, LAVROV, PASHINYAN, "2025-05-20", en.substring(0, 56)),
                                event("en1", 57, EventType.REQUEST, RUSSIA, ARMENIA, "2025-05-20", en.substring(57))),
                        ENRICHED),
                article("ru1", "vesti-example.ru", "ru", "2025-06-03T10:00:00Z", "Лавров о переговорах с Ереваном", ru,
                        List.of(LAVROV, RUSSIA, ARMENIA),
                        List.of(event("ru1", 0, EventType.CONSULT, LAVROV, PASHINYAN, "2025-06-02", ru.substring(0, 58)),
                                event("ru1", 59, EventType.SANCTION, RUSSIA, ARMENIA, "2025-06-03", ru.substring(59))),
                        ENRICHED),
                article("hy1", "lur-example.am", "hy", "2025-06-04T07:00:00Z", "Բողոք", hy,
                        List.of(PASHINYAN, ARMENIA),
                        List.of(event("hy1", 0, EventType.PROTEST, ARMENIA, RUSSIA, null, hy)),
                        ENRICHED));
    }

    static void load(ElasticsearchClient es, IndexSettings settings) throws IOException {
        TestArticles.write(es, settings, articles());
    }
}

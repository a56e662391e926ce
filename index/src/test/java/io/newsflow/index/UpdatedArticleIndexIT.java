package io.newsflow.index;

import io.newsflow.index.articles.ArticleDocument;
import io.newsflow.index.events.EventDocument;
import io.newsflow.index.settings.IndexSettings;
import io.newsflow.index.write.ArticleIndexer;
import io.newsflow.index.write.DocumentVersion;
import io.newsflow.index.write.IndexTemplates;
import io.newsflow.schemas.EnrichedArticle;
import io.newsflow.schemas.EventType;
import io.newsflow.schemas.Topics;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.newsflow.index.KafkaSupport.pollUntil;
import static io.newsflow.index.StaleEventsIT.eventIds;
import static io.newsflow.index.TestArticles.ARMENIA;
import static io.newsflow.index.TestArticles.LAVROV;
import static io.newsflow.index.TestArticles.PASHINYAN;
import static io.newsflow.index.TestArticles.RUSSIA;
import static io.newsflow.index.TestArticles.article;
import static io.newsflow.index.TestArticles.event;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, updated articles: version 2 of an article (a changed text, same id) overwrites version 1's document in
 * place, deletes version 1's events that version 2 does not have, and stays there when version 1 is enriched again
 * afterwards (a replay of the raw articles: a later enrichment time, an older text).
 */
class UpdatedArticleIndexIT extends NodeIT {
    static final Instant ENRICHED_1 = Instant.parse("2025-05-20T09:00:00Z");
    static final Instant ENRICHED_2 = Instant.parse("2025-05-20T10:00:00Z");
    static final Instant REPLAYED_1 = Instant.parse("2025-05-25T09:00:00Z");
    static final String V1 = "Lavrov held talks in Yerevan with Pashinyan. Russia urged Armenia to stay in the alliance.";
    static final String V2 = "Lavrov held talks in Yerevan with Pashinyan. The meeting ended without a statement.";

    static EnrichedArticle v1(Instant enrichedAt) {
        return article("u1", "daily-example.org", "en", "2025-05-20T08:00:00Z", "Talks", V1, List.of(LAVROV, PASHINYAN),
                List.of(event("u1", 0, EventType.CONSULT, LAVROV, PASHINYAN, "2025-05-20", V1.substring(0, 44)),
                        event("u1", 45, EventType.REQUEST, RUSSIA, ARMENIA, "2025-05-20", V1.substring(45))), enrichedAt);
    }

    static EnrichedArticle v2() {
        EnrichedArticle first = v1(ENRICHED_1);
        return EnrichedArticle.newBuilder(article("u1", "daily-example.org", "en", "2025-05-20T08:00:00Z", "Talks (updated)", V2,
                        List.of(LAVROV, PASHINYAN), List.of(event("u1", 0, EventType.CONSULT, LAVROV, PASHINYAN, "2025-05-20", V2.substring(0, 44))),
                        ENRICHED_2))
                .setVersion(2).setPreviousTextHash(first.getContentHash()).setContentHash("h-u1-v2")
                .setFirstFetchedAt(first.getFetchedAt()).setFetchedAt(first.getFetchedAt().plusSeconds(3600))
                .setModified(first.getFetchedAt().plusSeconds(3600)).build();
    }

    @Test
    void theNewestTextVersionOverwritesTheDocumentDropsTheOldEventsAndWinsOverALaterReplayOfTheOldText() throws Exception {
        KafkaSupport kafka = new KafkaSupport(stack, Topics.withPrefix("ixu."));
        IndexSettings settings = settings("ixu-", "ixu");
        IndexTemplates.install(es, settings);
        kafka.produce(List.of(v1(ENRICHED_1)));
        try (var indexer = new ArticleIndexer(stack.bootstrapServers(), settings, kafka.topics(), es)) {
            pollUntil(indexer, () -> indexer.events() == 2);
            kafka.produce(List.of(v2()));
            pollUntil(indexer, () -> indexer.staleDeleted() == 1);
            kafka.produce(List.of(v1(REPLAYED_1)));
            pollUntil(indexer, () -> indexer.superseded() >= 1);
        }

        es.indices().refresh(r -> r.index("ixu-articles"));
        var articles = es.search(s -> s.index("ixu-articles").query(q -> q.term(t -> t.field("id").value("u1"))), ArticleDocument.class);
        assertThat(articles.hits().total().value()).as("one document per article, whatever its versions").isEqualTo(1);
        var stored = es.get(g -> g.index("ixu-articles-2025.05").id("u1"), ArticleDocument.class);
        assertThat(stored.version()).isEqualTo(DocumentVersion.of(2, ENRICHED_2));
        assertThat(stored.source().version()).isEqualTo(2);
        assertThat(stored.source().text()).isEqualTo(V2);
        assertThat(stored.source().previousTextHash()).isEqualTo("h-u1");
        assertThat(stored.source().modified()).isEqualTo(v2().getModified());
        var byVersion = es.search(s -> s.index("ixu-articles").size(0).query(q -> q.bool(b -> b
                .filter(f -> f.term(t -> t.field("version").value(2)))
                .filter(f -> f.term(t -> t.field("previousTextHash").value("h-u1"))))), Void.class);
        assertThat(byVersion.hits().total().value()).as("version and previousTextHash are mapped").isEqualTo(1);
        assertThat(eventIds("ixu-events", "u1")).containsExactly("u1-0@" + DocumentVersion.of(2, ENRICHED_2));
        assertThat(es.get(g -> g.index("ixu-events-2025.05").id("u1-0"), EventDocument.class).source().sentence()).isEqualTo(V2.substring(0, 44));
    }
}

package io.newsflow.index;

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
import static io.newsflow.index.TestArticles.ARMENIA;
import static io.newsflow.index.TestArticles.LAVROV;
import static io.newsflow.index.TestArticles.PASHINYAN;
import static io.newsflow.index.TestArticles.RUSSIA;
import static io.newsflow.index.TestArticles.article;
import static io.newsflow.index.TestArticles.event;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newer enrichment of an article that no longer has some of its events: those event documents are deleted (in a
 * later batch, and within one batch), the kept ones carry the new version, and replaying the older enrichment does
 * not bring them back, even once Elasticsearch has forgotten the deletions (gc_deletes 0).
 */
class StaleEventsIT extends NodeIT {
    static final Instant V1 = Instant.parse("2025-05-21T09:00:00Z");
    static final Instant V2 = Instant.parse("2025-05-22T09:00:00Z");
    static final String TEXT = "Lavrov held talks in Yerevan with Pashinyan. Russia urged Armenia to stay in the alliance.";

    /** Version 1 codes two events; version 2 (a better coder) keeps the first and drops the second. */
    static EnrichedArticle version(String id, Instant enrichedAt) {
        var consult = event(id, 0, EventType.CONSULT, LAVROV, PASHINYAN, "2025-05-20", TEXT.substring(0, 44));
        var request = event(id, 45, EventType.REQUEST, RUSSIA, ARMENIA, "2025-05-20", TEXT.substring(45));
        return article(id, "daily-example.org", "en", "2025-05-20T08:00:00Z", "Talks", TEXT, List.of(LAVROV, PASHINYAN),
                enrichedAt.equals(V1) ? List.of(consult, request) : List.of(consult), enrichedAt);
    }

    /** The external version of text version 1 enriched at {@code enrichedAt}. */
    static long v(Instant enrichedAt) {
        return DocumentVersion.of(1, enrichedAt);
    }

    static List<String> eventIds(String alias, String articleId) throws Exception {
        es.indices().refresh(r -> r.index(alias));
        return es.search(s -> s.index(alias).version(true).query(q -> q.term(t -> t.field("articleId").value(articleId))), EventDocument.class)
                .hits().hits().stream().map(h -> h.id() + "@" + h.version()).toList();
    }

    @Test
    void eventsANewerEnrichmentDroppedAreDeletedAndAReplayOfTheOlderOneDoesNotBringThemBack() throws Exception {
        KafkaSupport kafka = new KafkaSupport(stack, Topics.withPrefix("ixs."));
        IndexSettings settings = settings("ixs-", "ixs-1");
        IndexTemplates.install(es, settings);
        kafka.produce(List.of(version("s1", V1)));
        try (var indexer = new ArticleIndexer(stack.bootstrapServers(), settings, kafka.topics(), es)) {
            pollUntil(indexer, () -> indexer.events() == 2);
            assertThat(eventIds("ixs-events", "s1")).containsExactlyInAnyOrder("s1-0@" + v(V1), "s1-45@" + v(V1));

            kafka.produce(List.of(version("s1", V2)));
            pollUntil(indexer, () -> indexer.staleDeleted() == 1);
            assertThat(indexer.staleDeleted()).isEqualTo(1);
        }
        assertThat(eventIds("ixs-events", "s1")).containsExactly("s1-0@" + v(V2));
        assertThat(es.get(g -> g.index("ixs-events-2025.05").id("s1-45"), EventDocument.class).found()).isFalse();

        // forget the deletion's tombstone, then replay the whole topic (V1 then V2) with a new group
        es.indices().putSettings(p -> p.index("ixs-events-2025.05").settings(x -> x.gcDeletes(t -> t.time("0ms"))));
        es.indices().refresh(r -> r.index("ixs-events-2025.05"));
        try (var replay = new ArticleIndexer(stack.bootstrapServers(), settings("ixs-", "ixs-2"), kafka.topics(), es)) {
            pollUntil(replay, () -> replay.indexed() + replay.superseded() >= 2 + 1 + 1);
            assertThat(replay.superseded()).isGreaterThanOrEqualTo(3); // V1's article and both events (never sent or refused)
        }
        assertThat(eventIds("ixs-events", "s1")).containsExactly("s1-0@" + v(V2));
    }

    @Test
    void anOlderAndANewerEnrichmentInOneBatchLeaveOnlyTheNewerEvents() throws Exception {
        KafkaSupport kafka = new KafkaSupport(stack, Topics.withPrefix("ixb."));
        IndexSettings settings = settings("ixb-", "ixb");
        IndexTemplates.install(es, settings);
        kafka.produce(List.of(version("b1", V1), version("b1", V2)));
        try (var indexer = new ArticleIndexer(stack.bootstrapServers(), settings, kafka.topics(), es)) {
            pollUntil(indexer, () -> indexer.indexed() == 2 && indexer.staleDeleted() == 1);
            assertThat(indexer.staleDeleted()).isEqualTo(1);
        }
        assertThat(eventIds("ixb-events", "b1")).containsExactly("b1-0@" + v(V2));
    }
}

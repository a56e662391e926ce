package io.newsflow.index;

import io.newsflow.index.articles.ArticleDocument;
import io.newsflow.index.events.EventDocument;
import io.newsflow.index.settings.BulkSettings;
import io.newsflow.index.settings.IndexSettings;
import io.newsflow.index.write.ArticleIndexer;
import io.newsflow.index.write.IndexTemplates;
import io.newsflow.schemas.DeadLetter;
import io.newsflow.schemas.EnrichedArticle;
import io.newsflow.schemas.EventType;
import io.newsflow.schemas.Topics;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.newsflow.index.KafkaSupport.pollUntil;
import static io.newsflow.index.TestArticles.LAVROV;
import static io.newsflow.index.TestArticles.PASHINYAN;
import static io.newsflow.index.TestArticles.article;
import static io.newsflow.index.TestArticles.event;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kafka → index stage → real Elasticsearch node: time-based indexes behind aliases, articles and their events,
 * dead letters for what cannot be indexed, replays that change nothing, and newer enrichments that win.
 */
class ArticleIndexerIT extends NodeIT {
    static final Instant V1 = Instant.parse("2025-05-21T09:00:00Z");
    static final Instant V2 = Instant.parse("2025-05-22T09:00:00Z");

    static EnrichedArticle talks(String id, String title, Instant enrichedAt) {
        String text = "Lavrov held talks in Yerevan with Pashinyan. Both sides agreed to meet again.";
        return article(id, "example.org", "en", "2025-05-20T08:00:00Z", title, text, List.of(LAVROV, PASHINYAN),
                List.of(event(id, 0, EventType.CONSULT, LAVROV, PASHINYAN, "2025-05-20", "Lavrov held talks in Yerevan with Pashinyan."),
                        event(id, 45, EventType.AGREE, LAVROV, PASHINYAN, null, "Both sides agreed to meet again.")),
                enrichedAt);
    }

    static long count(String alias) throws Exception {
        es.indices().refresh(r -> r.index(alias).ignoreUnavailable(true).allowNoIndices(true));
        return es.count(c -> c.index(alias).ignoreUnavailable(true).allowNoIndices(true)).count();
    }

    @Test
    void aCaughtUpIndexerCommitsPastTransactionMarkersSoItsLagIsZero() throws Exception {
        IndexSettings settings = settings("ixm-", "ixm");
        KafkaSupport kafka = new KafkaSupport(stack, Topics.withPrefix("ixm."));
        IndexTemplates.install(es, settings);
        kafka.produceInTransactions(List.of(talks("m1", "One", V1), talks("m2", "Two", V1), talks("m3", "Three", V1)));
        long end = kafka.endOffset();
        assertThat(end).isEqualTo(6); // three records, three commit markers

        try (var indexer = new ArticleIndexer(stack.bootstrapServers(), settings, kafka.topics(), es)) {
            pollUntil(indexer, () -> {
                try {
                    return indexer.indexed() >= 3 && kafka.committed(settings.groupId()) == end;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(indexer.indexed()).isEqualTo(3);
        }
        assertThat(kafka.committed(settings.groupId())).isEqualTo(end); // not 5: the last marker is behind it too
    }

    @Test
    void articlesAndEventsLandInMonthlyIndexesBehindAliasesAndBadRecordsAreDeadLettered() throws Exception {
        IndexSettings settings = settings("ixa-", "ixa");
        KafkaSupport kafka = new KafkaSupport(stack, Topics.withPrefix("ixa."));
        IndexTemplates.install(es, settings);
        EnrichedArticle ru = article("ru1", "example.ru", "ru", "2025-06-02T10:00:00Z", "Лавров в Ереване",
                "Лавров провёл переговоры в Ереване с армянскими коллегами.", List.of(LAVROV), List.of(), V1);
        EnrichedArticle badEvent = talks("bad1", "An event Elasticsearch refuses", V1);
        badEvent.getEvents().get(1).setConfidence(Double.NaN); // not a finite float: a mapping rejection
        kafka.produce(List.of(talks("en1", "Lavrov in Yerevan", V1), ru, "not avro".getBytes(StandardCharsets.UTF_8),
                talks("en1", "Lavrov in Yerevan", V1), badEvent));

        try (var indexer = new ArticleIndexer(stack.bootstrapServers(), settings, kafka.topics(), es)) {
            pollUntil(indexer, () -> indexer.indexed() >= 4 && indexer.rejected() >= 2);
            assertThat(indexer.indexed()).isEqualTo(4);   // en1 twice, ru1, bad1's article
            assertThat(indexer.events()).isEqualTo(5);    // en1's two events twice, bad1's good one
            assertThat(indexer.rejected()).isEqualTo(2);  // "not avro", bad1's NaN event
        }
        assertThat(kafka.committed(settings.groupId())).isEqualTo(5);

        assertThat(es.indices().existsIndexTemplate(t -> t.name("ixa-articles-template")).value()).isTrue();
        assertThat(es.indices().existsIndexTemplate(t -> t.name("ixa-events-template")).value()).isTrue();
        assertThat(es.indices().getAlias(a -> a.name("ixa-articles")).aliases().keySet())
                .containsExactlyInAnyOrder("ixa-articles-2025.05", "ixa-articles-2025.06");
        assertThat(es.indices().getAlias(a -> a.name("ixa-events")).aliases().keySet()).containsExactly("ixa-events-2025.05");
        assertThat(es.indices().getSettings(g -> g.index("ixa-articles-2025.05")).get("ixa-articles-2025.05")
                .settings().index().numberOfReplicas()).isEqualTo("0");

        assertThat(count("ixa-articles")).isEqualTo(3);
        assertThat(count("ixa-events")).isEqualTo(3);
        ArticleDocument stored = es.get(g -> g.index("ixa-articles-2025.05").id("en1"), ArticleDocument.class).source();
        assertThat(stored.actorIds()).containsExactly("nf:person/sergey-lavrov", "nf:person/nikol-pashinyan");
        assertThat(stored.eventTypes()).containsExactly("AGREE", "CONSULT");
        assertThat(stored.outlet()).isEqualTo("example.org");
        EventDocument consult = es.get(g -> g.index("ixa-events-2025.05").id("en1-0"), EventDocument.class).source();
        assertThat(consult.type()).isEqualTo("CONSULT");
        assertThat(consult.actorPair()).isEqualTo("Sergey Lavrov → Nikol Pashinyan");
        assertThat(consult.sourceCountry()).isEqualTo("RUS");
        assertThat(consult.articleTitle()).isEqualTo("Lavrov in Yerevan");
        EventDocument agree = es.get(g -> g.index("ixa-events-2025.05").id("en1-45"), EventDocument.class).source();
        assertThat(agree.date()).isNull();
        assertThat(agree.timelineDate()).hasToString("2025-05-20"); // the article's date stands in

        List<DeadLetter> letters = kafka.deadLetters(2);
        assertThat(letters).extracting(DeadLetter::getReason).containsExactlyInAnyOrder("UNDECODABLE_RECORD", "INDEX_REJECTED");
        assertThat(letters).filteredOn(d -> d.getReason().equals("INDEX_REJECTED")).singleElement().satisfies(d -> {
            assertThat(d.getStage()).isEqualTo("index");
            assertThat(d.getOffset()).isEqualTo(4L);
            assertThat(d.getMessage()).contains("event bad1-45", "ixa-events-2025.05");
        });
    }

    @Test
    void aRecordIsCompletedOnlyOnceItsEventsAreWrittenToo() throws Exception {
        // 1 KiB bulks sent every 3 s at the latest: the long article goes out alone as soon as it is added, its short
        // event waits for the next periodic flush, so for a while the article is indexed and its event is not
        IndexSettings base = settings("ixc-", "ixc");
        BulkSettings b = base.bulk();
        IndexSettings settings = base.withBulk(new BulkSettings(1024, Duration.ofSeconds(3), 1, b.retries429(), b.initialBackoff(), b.maxBackoff()));
        KafkaSupport kafka = new KafkaSupport(stack, Topics.withPrefix("ixc."));
        IndexTemplates.install(es, settings);
        String text = "Lavrov held talks in Yerevan with Pashinyan. ".repeat(30);
        EnrichedArticle longOne = article("c1", "example.org", "en", "2025-05-20T08:00:00Z", "Long", text, List.of(LAVROV, PASHINYAN),
                List.of(event("c1", 0, EventType.CONSULT, LAVROV, PASHINYAN, "2025-05-20", "Lavrov held talks.")), V1);
        kafka.produce(List.of(longOne));

        try (var indexer = new ArticleIndexer(stack.bootstrapServers(), settings, kafka.topics(), es)) {
            pollUntil(indexer, () -> indexer.completed() == 1);
            assertThat(indexer.indexed()).isEqualTo(1);
            assertThat(indexer.events()).isEqualTo(1); // not still on its way
            assertThat(count("ixc-events")).isEqualTo(1);
        }
    }

    @Test
    void replayingTheSameTopicTwiceLeavesCountsUnchanged() throws Exception {
        KafkaSupport kafka = new KafkaSupport(stack, Topics.withPrefix("ixr."));
        IndexTemplates.install(es, settings("ixr-", "ixr-1"));
        kafka.produce(List.of(talks("r1", "One", V1), talks("r2", "Two", V1), talks("r3", "Three", V1)));

        long[] counts = new long[4];
        for (int run = 0; run < 2; run++) {
            IndexSettings settings = settings("ixr-", "ixr-" + run); // a new group reads the topic from the start
            try (var indexer = new ArticleIndexer(stack.bootstrapServers(), settings, kafka.topics(), es)) {
                pollUntil(indexer, () -> indexer.indexed() == 3 && indexer.events() == 6);
                assertThat(indexer.indexed()).isEqualTo(3);
            }
            counts[run * 2] = count("ixr-articles");
            counts[run * 2 + 1] = count("ixr-events");
        }
        assertThat(counts).containsExactly(3, 6, 3, 6);
    }

    @Test
    void aNewerEnrichmentReplacesAnOlderOneButNeverTheReverse() throws Exception {
        IndexSettings settings = settings("ixv-", "ixv");
        KafkaSupport kafka = new KafkaSupport(stack, Topics.withPrefix("ixv."));
        IndexTemplates.install(es, settings);
        kafka.produce(List.of(talks("v", "first version", V1), talks("v", "second version", V2), talks("v", "first version", V1)));

        try (var indexer = new ArticleIndexer(stack.bootstrapServers(), settings, kafka.topics(), es)) {
            pollUntil(indexer, () -> indexer.indexed() + indexer.superseded() >= 3 + 2);
            assertThat(indexer.superseded()).isEqualTo(3); // the late first version: its article and two events
        }
        count("ixv-articles");
        var stored = es.get(g -> g.index("ixv-articles-2025.05").id("v"), ArticleDocument.class);
        assertThat(stored.source().title()).isEqualTo("second version");
        assertThat(stored.version()).isEqualTo(io.newsflow.index.write.DocumentVersion.of(1, V2));
        assertThat(es.get(g -> g.index("ixv-events-2025.05").id("v-0"), EventDocument.class).source().enrichedAt()).isEqualTo(V2);
    }
}

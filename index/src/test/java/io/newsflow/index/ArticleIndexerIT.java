package io.newsflow.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.newsflow.devstack.DevStack;
import io.newsflow.index.articles.ArticleDocument;
import io.newsflow.index.articles.ArticleIndexTemplate;
import io.newsflow.index.client.ElasticsearchClients;
import io.newsflow.index.search.ArticleHit;
import io.newsflow.index.search.ArticleSearch;
import io.newsflow.schemas.Actor;
import io.newsflow.schemas.DeadLetter;
import io.newsflow.schemas.EnrichedArticle;
import io.newsflow.schemas.Mention;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Kafka → index stage → real Elasticsearch node → search, with dead letters for what cannot be indexed. */
class ArticleIndexerIT {
    static DevStack stack;
    static ElasticsearchClient es;
    static final Topics TOPICS = Topics.withPrefix("index-it.");
    static IndexSettings settings;

    @BeforeAll
    static void setUp() throws Exception {
        stack = DevStack.shared();
        settings = new IndexSettings(List.of(stack.elasticsearchUrl()), null, null, null, "index-it-articles", 1, 0, 100,
                Duration.ofSeconds(30), "index-it");
        es = ElasticsearchClients.create(settings);
        stack.createTopics(TOPICS.all().stream().map(Topic::name).toList(), 1);
        ArticleIndexTemplate.install(es, settings);
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (es != null) es.close();
    }

    static EnrichedArticle article(String id, String title, String text, String language) {
        Actor lavrov = Actor.newBuilder().setId("nf:person/sergey-lavrov").setName("Sergey Lavrov").setKind("person")
                .setCountryCode("RUS").setMentions(List.of(new Mention(0, 6, "Lavrov"))).build();
        return EnrichedArticle.newBuilder().setId(id).setUrl("https://example.org/" + id).setSource("it")
                .setFetchedAt(Instant.parse("2025-05-21T09:00:00Z")).setPublished(Instant.parse("2025-05-20T08:00:00Z"))
                .setTitle(title).setText(text).setLanguage(language).setContentHash("h-" + id).setActors(List.of(lavrov))
                .setEnrichmentVersion("it").setEnrichedAt(Instant.parse("2025-05-21T09:00:01Z")).build();
    }

    @Test
    void articlesAreIndexedSearchableAndBadRecordsDeadLettered() throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            var serde = TOPICS.enrichedArticles().valueSerde().serializer();
            String topic = TOPICS.enrichedArticles().name();
            producer.send(new ProducerRecord<>(topic, "en1", serde.serialize(topic, article("en1", "Lavrov in Yerevan",
                    "Lavrov held talks in Yerevan about regional security.", "en"))));
            producer.send(new ProducerRecord<>(topic, "ru1", serde.serialize(topic, article("ru1", "Лавров в Ереване",
                    "Лавров провёл переговоры в Ереване с армянскими коллегами.", "ru"))));
            producer.send(new ProducerRecord<>(topic, "junk", "not avro".getBytes(StandardCharsets.UTF_8)));
            // the same article again: overwrites, never duplicates
            producer.send(new ProducerRecord<>(topic, "en1", serde.serialize(topic, article("en1", "Lavrov in Yerevan",
                    "Lavrov held talks in Yerevan about regional security.", "en"))));
        }

        try (var indexer = new ArticleIndexer(stack.bootstrapServers(), settings, TOPICS, es)) {
            long deadline = System.currentTimeMillis() + 60_000;
            while (indexer.indexed() + indexer.rejected() < 4 && System.currentTimeMillis() < deadline) {
                indexer.pollOnce(Duration.ofMillis(200));
            }
            assertThat(indexer.indexed()).isEqualTo(3);
            assertThat(indexer.rejected()).isEqualTo(1);
        }
        es.indices().refresh(r -> r.index(settings.articlesIndex()));

        assertThat(es.count(c -> c.index(settings.articlesIndex())).count()).isEqualTo(2);
        ArticleDocument stored = es.get(g -> g.index(settings.articlesIndex()).id("en1"), ArticleDocument.class).source();
        assertThat(stored.actorIds()).containsExactly("nf:person/sergey-lavrov");
        assertThat(stored.actorCountries()).containsExactly("RUS");
        assertThat(stored.published()).isEqualTo(Instant.parse("2025-05-20T08:00:00Z"));

        ArticleSearch search = new ArticleSearch(es, settings.articlesIndex());
        List<ArticleHit> english = search.search("talk yerevan", 5);
        assertThat(english).extracting(ArticleHit::id).containsExactly("en1");
        assertThat(english.getFirst().highlights()).anySatisfy(h -> assertThat(h).contains("[[talks]]"));
        assertThat(search.topActors(5)).containsExactly(new io.newsflow.index.search.TermCount("Sergey Lavrov", 2));
        assertThat(search.count()).isEqualTo(2);
        // Russian stemming: "переговор" finds "переговоры"
        assertThat(search.search("переговор", 5)).extracting(ArticleHit::id).containsExactly("ru1");

        List<DeadLetter> letters = deadLetters();
        assertThat(letters).singleElement().satisfies(d -> {
            assertThat(d.getStage()).isEqualTo("index");
            assertThat(d.getReason()).isEqualTo("UNDECODABLE_RECORD");
            assertThat(d.getOffset()).isEqualTo(2L);
        });
    }

    static List<DeadLetter> deadLetters() {
        List<DeadLetter> out = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "index-it-dl",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                TOPICS.deadLetters().keySerde().deserializer(), TOPICS.deadLetters().valueSerde().deserializer())) {
            consumer.subscribe(List.of(TOPICS.deadLetters().name()));
            long deadline = System.currentTimeMillis() + 20_000;
            while (out.isEmpty() && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> out.add(r.value()));
            }
            consumer.poll(Duration.ofMillis(500)).forEach(r -> out.add(r.value()));
        }
        return out;
    }
}

package io.newsflow.enrich;

import io.newsflow.devstack.DevStack;
import io.newsflow.schemas.EnrichedArticle;
import io.newsflow.schemas.RawArticle;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The enrich stage on a real broker with exactly_once_v2: every raw article yields exactly one committed output. */
class EnrichStageIT {
    static final int ARTICLES = 200;
    @TempDir Path stateDir;

    @Test
    void everyRawArticleIsEnrichedExactlyOnce() throws Exception {
        DevStack stack = DevStack.shared();
        Topics topics = Topics.withPrefix("enrich-it.");
        stack.createTopics(topics.all().stream().map(Topic::name).toList(), 2);
        Map<String, Object> producerConfig = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        try (var producer = new KafkaProducer<>(producerConfig, topics.rawArticles().keySerde().serializer(),
                topics.rawArticles().valueSerde().serializer())) {
            for (int i = 0; i < ARTICLES; i++) {
                RawArticle raw = RawArticle.newBuilder().setId("a" + i).setSource("it").setFetchedAt(Instant.now())
                        .setText("Article " + i + ": Lavrov held talks in Yerevan with Pashinyan.").setContentHash("h" + i).build();
                producer.send(new ProducerRecord<>(topics.rawArticles().name(), raw.getId(), raw));
            }
        }

        Map<String, EnrichedArticle> byId = new HashMap<>();
        int received = 0;
        var settings = new EnrichSettings("enrich-it", stateDir.toString(), 1, 1);
        try (var stage = new EnrichStage(stack.bootstrapServers(), settings, topics, ArticleEnricher.withBundledDictionary());
             var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                     ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                     ConsumerConfig.GROUP_ID_CONFIG, "enrich-it-verifier",
                     ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                     ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                     topics.enrichedArticles().keySerde().deserializer(), topics.enrichedArticles().valueSerde().deserializer())) {
            stage.start(Duration.ofSeconds(60));
            consumer.subscribe(List.of(topics.enrichedArticles().name()));
            long deadline = System.currentTimeMillis() + 90_000;
            while (byId.size() < ARTICLES && System.currentTimeMillis() < deadline) {
                for (var r : consumer.poll(Duration.ofMillis(200))) {
                    byId.put(r.key(), r.value());
                    received++;
                }
            }
            for (var r : consumer.poll(Duration.ofSeconds(1))) { // duplicates would show up here
                byId.put(r.key(), r.value());
                received++;
            }
        }

        assertThat(byId).hasSize(ARTICLES);
        assertThat(received).isEqualTo(ARTICLES);
        assertThat(byId.get("a7").getActors()).extracting(a -> a.getName())
                .containsExactly("Sergey Lavrov", "Yerevan", "Nikol Pashinyan");
    }
}

package io.newsflow.index.stage;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.newsflow.index.client.ElasticsearchClients;
import io.newsflow.index.settings.IndexSettings;
import io.newsflow.index.write.ArticleIndexer;
import io.newsflow.schemas.DeadLetter;
import io.newsflow.schemas.DeadLetterReason;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.stage.Stage.Status;
import io.newsflow.schemas.stage.StageStartException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The index stage and its indexer on Kafka's mock clients: no broker, no Elasticsearch (nothing here reaches it). */
class IndexStageTest {
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    final Topics topics = Topics.withPrefix("ist.");
    final IndexSettings settings = IndexSettings.local("http://127.0.0.1:9", "ist-", "ist");
    final ElasticsearchClient elasticsearch = ElasticsearchClients.create(settings);
    final MockConsumer<String, byte[]> consumer = new MockConsumer<>("earliest");
    final MockProducer<String, DeadLetter> deadLetters = new MockProducer<>(true, null,
            topics.deadLetters().keySerde().serializer(), topics.deadLetters().valueSerde().serializer());

    @AfterEach
    void closeClient() throws Exception {
        elasticsearch.close();
    }

    private ArticleIndexer indexer() {
        return new ArticleIndexer(settings, topics, elasticsearch, consumer, deadLetters);
    }

    @Test
    void runsOncePolledAndClosesItsClientsWhenClosed() throws Exception {
        IndexStage stage = new IndexStage(timeout -> {}, this::indexer);
        assertThat(stage.health().status()).isEqualTo(Status.STARTING);

        stage.start(TIMEOUT);
        assertThat(stage.health().status()).isEqualTo(Status.RUNNING);

        stage.close();
        assertThat(stage.health().status()).isEqualTo(Status.STOPPED);
        assertThat(consumer.closed()).isTrue();
        assertThat(deadLetters.closed()).isTrue();
    }

    @Test
    void anUnreachableServiceFailsTheStartWithItsMessageAndNoIndexerIsBuilt() {
        IndexStage stage = new IndexStage(timeout -> {
            throw new StageStartException("cannot reach Elasticsearch at [http://127.0.0.1:9]");
        }, () -> {
            throw new AssertionError("no indexer without its services");
        });

        assertThatThrownBy(() -> stage.start(TIMEOUT)).isInstanceOf(StageStartException.class)
                .hasMessageContaining("cannot reach Elasticsearch");
        assertThat(stage.health().status()).isEqualTo(Status.FAILED);
        stage.close();
    }

    @Test
    void anIndexerThatCannotBeBuiltFailsTheStartNotLater() {
        IndexStage stage = new IndexStage(timeout -> {}, () -> {
            throw new IllegalStateException("no consumer for you");
        });

        assertThatThrownBy(() -> stage.start(TIMEOUT)).isInstanceOf(StageStartException.class)
                .hasMessageContaining("no consumer for you");
        assertThat(stage.health().failure()).hasMessage("no consumer for you");
        stage.close();
    }

    @Test
    void anUndecodableRecordBecomesADeadLetterAndItsOffsetIsCommitted() throws Exception {
        TopicPartition partition = new TopicPartition(topics.enrichedArticles().name(), 0);
        try (ArticleIndexer indexer = indexer()) {
            consumer.rebalance(List.of(partition));
            consumer.updateBeginningOffsets(Map.of(partition, 0L));
            consumer.addRecord(new ConsumerRecord<>(partition.topic(), 0, 0L, "a-1", "not avro".getBytes(StandardCharsets.UTF_8)));

            assertThat(indexer.pollOnce(Duration.ofMillis(10))).isEqualTo(1);

            assertThat(indexer.rejected()).isEqualTo(1);
            assertThat(deadLetters.history()).singleElement().satisfies(r -> {
                assertThat(r.topic()).isEqualTo(topics.deadLetters().name());
                assertThat(String.valueOf(r.value().getReason())).isEqualTo(DeadLetterReason.UNDECODABLE_RECORD.name());
            });
            assertThat(consumer.committed(Set.of(partition))).containsEntry(partition, new OffsetAndMetadata(1L));
        }
    }
}

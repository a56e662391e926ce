package io.newsflow.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.newsflow.index.articles.ArticleDocument;
import io.newsflow.schemas.DeadLetter;
import io.newsflow.schemas.DeadLetters;
import io.newsflow.schemas.EnrichedArticle;
import io.newsflow.schemas.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Consumes enriched articles ({@code read_committed}) and bulk-writes them to the articles index with the article id
 * as document id, so reprocessing overwrites instead of duplicating. Offsets are committed only after Elasticsearch
 * accepted the batch; a document Elasticsearch rejects, and a record that is not an {@code EnrichedArticle}, become
 * dead letters. If Elasticsearch is unreachable, the batch is retried with backoff (1 s doubling to 30 s) and nothing
 * is committed until it succeeds, so an outage loses nothing.
 *
 * <p>Single-threaded: call {@link #pollOnce} from one thread (it owns a {@link KafkaConsumer}).
 */
public final class ArticleIndexer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ArticleIndexer.class);
    static final String STAGE = "index";
    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final ElasticsearchClient client;
    private final IndexSettings settings;
    private final Topics topics;
    private final KafkaConsumer<String, byte[]> consumer;
    private final KafkaProducer<String, DeadLetter> deadLetters;
    private final AtomicLong indexed = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private Duration backoff = Duration.ofSeconds(1);

    public ArticleIndexer(String bootstrapServers, IndexSettings settings, Topics topics, ElasticsearchClient client) {
        this.client = client;
        this.settings = settings;
        this.topics = topics;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, settings.groupId(),
                ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-index",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.batchSize()),
                topics.enrichedArticles().keySerde().deserializer(), new ByteArrayDeserializer());
        this.deadLetters = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, "newsflow-index-dead-letters",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                topics.deadLetters().keySerde().serializer(), topics.deadLetters().valueSerde().serializer());
        consumer.subscribe(List.of(topics.enrichedArticles().name()));
    }

    /** Articles written to Elasticsearch so far. */
    public long indexed() {
        return indexed.get();
    }

    /** Records sent to the dead-letter topic so far (undecodable, or rejected by Elasticsearch). */
    public long rejected() {
        return rejected.get();
    }

    /**
     * Polls once and indexes what arrived. Returns the number of records handled (indexed or dead-lettered); 0 when
     * nothing arrived or when Elasticsearch failed and the batch will be retried on the next call.
     */
    public int pollOnce(Duration timeout) throws InterruptedException {
        ConsumerRecords<String, byte[]> records = consumer.poll(timeout);
        if (records.isEmpty()) return 0;
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        List<ConsumerRecord<String, byte[]>> inBulk = new ArrayList<>();
        List<DeadLetter> failures = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            EnrichedArticle article;
            try {
                article = topics.enrichedArticles().valueSerde().deserializer().deserialize(record.topic(), record.value());
                if (article == null) throw new IllegalArgumentException("empty value (tombstone)");
            } catch (RuntimeException e) {
                failures.add(deadLetter("UNDECODABLE_RECORD", e.toString(), record));
                continue;
            }
            ArticleDocument document = ArticleDocument.from(article);
            bulk.operations(op -> op.index(i -> i.index(settings.articlesIndex()).id(document.id()).document(document)));
            inBulk.add(record);
        }
        try {
            if (!inBulk.isEmpty()) {
                BulkResponse response = client.bulk(bulk.build());
                for (int i = 0; i < response.items().size(); i++) {
                    BulkResponseItem item = response.items().get(i);
                    if (item.error() == null) {
                        indexed.incrementAndGet();
                    } else {
                        failures.add(deadLetter("INDEX_REJECTED", item.error().type() + ": " + item.error().reason(), inBulk.get(i)));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Elasticsearch bulk failed ({}); retrying the batch of {} in {}", e.toString(), records.count(), backoff);
            rewind(records);
            Thread.sleep(backoff.toMillis());
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            return 0;
        }
        backoff = Duration.ofSeconds(1);
        for (DeadLetter failure : failures) {
            deadLetters.send(new ProducerRecord<>(topics.deadLetters().name(), failure.getSource(), failure));
        }
        deadLetters.flush();
        rejected.addAndGet(failures.size());
        consumer.commitSync();
        return records.count();
    }

    private DeadLetter deadLetter(String reason, String message, ConsumerRecord<String, byte[]> record) {
        log.warn("dead letter {} for {}@{}: {}", reason, record.topic(), record.offset(), message);
        byte[] key = record.key() == null ? null : topics.enrichedArticles().keySerde().serializer().serialize(record.topic(), record.key());
        return DeadLetters.forRecord(STAGE, reason, message, record.topic(), record.partition(), record.offset(), key, record.value());
    }

    /** Moves each partition back to the first offset of the failed batch, so the next poll returns it again. */
    private void rewind(ConsumerRecords<String, byte[]> records) {
        Map<TopicPartition, Long> first = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            first.put(partition, records.records(partition).getFirst().offset());
        }
        first.forEach(consumer::seek);
    }

    @Override
    public void close() {
        try {
            consumer.close();
        } finally {
            deadLetters.close();
        }
    }
}

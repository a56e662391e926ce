package io.newsflow.index;

import io.newsflow.devstack.DevStack;
import io.newsflow.index.write.ArticleIndexer;
import io.newsflow.schemas.DeadLetter;
import io.newsflow.schemas.EnrichedArticle;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.TopicRecords;
import io.newsflow.schemas.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** Topics, records and consumer-group offsets on the shared dev stack's broker, for the index ITs. */
public final class KafkaSupport {
    /** Guard against a hung test, not a performance assertion. */
    static final Duration PATIENCE = Duration.ofSeconds(90);

    private final DevStack stack;
    private final Topics topics;

    public KafkaSupport(DevStack stack, Topics topics) throws Exception {
        this.stack = stack;
        this.topics = topics;
        stack.createTopics(topics.all().stream().map(Topic::name).toList(), 1);
    }

    public Topics topics() {
        return topics;
    }

    /** Writes articles (as the enrich stage does) and raw byte values (anything else) to the enriched-articles topic. */
    public void produce(List<?> values) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            var serde = topics.enrichedArticles().valueSerde().serializer();
            String topic = topics.enrichedArticles().name();
            for (Object v : values) {
                if (v instanceof EnrichedArticle a) producer.send(new ProducerRecord<>(topic, a.getId(), serde.serialize(topic, a)));
                else producer.send(new ProducerRecord<>(topic, "raw", (byte[]) v));
            }
        }
    }

    /** Writes articles as the enrich stage does under exactly-once: each in a transaction of its own (a commit marker after it). */
    public void produceInTransactions(List<EnrichedArticle> articles) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "test-" + java.util.UUID.randomUUID()), new StringSerializer(), new ByteArraySerializer())) {
            var serde = topics.enrichedArticles().valueSerde().serializer();
            String topic = topics.enrichedArticles().name();
            producer.initTransactions();
            for (EnrichedArticle a : articles) {
                producer.beginTransaction();
                producer.send(new ProducerRecord<>(topic, a.getId(), serde.serialize(topic, a)));
                producer.commitTransaction();
            }
        }
    }

    /** The log end offset of partition 0 of the enriched-articles topic (transaction markers included). */
    public long endOffset() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            TopicPartition p0 = new TopicPartition(topics.enrichedArticles().name(), 0);
            return admin.listOffsets(Map.of(p0, org.apache.kafka.clients.admin.OffsetSpec.latest())).partitionResult(p0).get().offset();
        }
    }

    /** Polls until {@code done} (or the patience runs out: the caller's assertions then fail with the real numbers). */
    public static void pollUntil(ArticleIndexer indexer, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!done.getAsBoolean() && System.nanoTime() < deadline) indexer.pollOnce(Duration.ofMillis(200));
    }

    /** The group's committed offset on partition 0 of the enriched-articles topic, or -1 when none. */
    public long committed(String groupId) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
            OffsetAndMetadata o = offsets.get(new TopicPartition(topics.enrichedArticles().name(), 0));
            return o == null ? -1 : o.offset();
        }
    }

    /** Every dead letter on the topic, read with a fresh group, waiting until at least {@code expected} arrived. */
    public List<DeadLetter> deadLetters(int expected) {
        return readAll(topics.deadLetters(), expected);
    }

    /** Every value on {@code topic}, read with a fresh group until at least {@code expected} arrived ({@link TopicRecords}). */
    public <V> List<V> readAll(Topic<String, V> topic, int expected) {
        return TopicRecords.read(stack.bootstrapServers(), topic, expected);
    }
}

package io.newsflow.index.write;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.transport.BackoffPolicy;
import io.newsflow.index.settings.BulkSettings;
import io.newsflow.index.settings.IndexSettings;
import io.newsflow.index.write.BulkOutcomes.Pending;
import io.newsflow.schemas.DeadLetter;
import io.newsflow.schemas.DeadLetterReason;
import io.newsflow.schemas.DeadLetters;
import io.newsflow.schemas.EnrichedArticle;
import io.newsflow.schemas.Topics;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Consumes enriched articles ({@code read_committed}) and writes each article and its events to Elasticsearch through
 * the official client's {@link BulkIngester}: requests bounded by count ({@code batchSize}), bytes and time
 * ({@code bulk.maxBytes}, {@code bulk.flushInterval}); documents Elasticsearch answers 429 are retried by the ingester
 * with exponential backoff. Ids and external versions come from {@link IndexOperations}, so replays overwrite and a
 * newer enrichment wins; {@link StaleEvents} deletes the events a newer enrichment no longer has and keeps an older
 * enrichment from writing them back.
 *
 * <p>Kafka offsets are committed only up to the first record not yet accepted ({@link OffsetTracker}). A document
 * Elasticsearch rejects (mapping error), and a record that is not an {@code EnrichedArticle}, become dead letters.
 * When Elasticsearch is down or answers 5xx (or 429 beyond the retries), consumption pauses: the consumer rewinds to
 * the first unfinished record, waits ({@code bulk.initialBackoff} doubling to {@code bulk.maxBackoff}) and reads the
 * same records again; nothing is committed past them, so an outage loses nothing.
 *
 * <p>Single-threaded: call {@link #pollOnce} from one thread (it owns a Kafka {@link Consumer}).
 */
public final class ArticleIndexer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ArticleIndexer.class);
    static final String STAGE = "index";

    private final ElasticsearchClient client;
    private final IndexSettings settings;
    private final Topics topics;
    private final IndexOperations operations;
    private final Consumer<String, byte[]> consumer;
    private final Producer<String, DeadLetter> deadLetters;
    private final OffsetTracker tracker = new OffsetTracker();
    private final BulkOutcomes outcomes = new BulkOutcomes(this::finished);
    private final Map<TopicPartition, OffsetAndMetadata> committed = new HashMap<>();
    private final AtomicLong rejected = new AtomicLong();
    private final java.util.concurrent.atomic.AtomicReference<Exception> deadLetterFailure = new java.util.concurrent.atomic.AtomicReference<>();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong completed = new AtomicLong();
    /** Article ids (record keys) of records handed to the ingester and not finished yet, with their count. */
    private final Map<String, Integer> unfinished = new ConcurrentHashMap<>();
    private final StaleEvents staleEvents;
    private BulkIngester<Pending> ingester;
    private Duration backoff;
    private boolean closing;

    public ArticleIndexer(String bootstrapServers, IndexSettings settings, Topics topics, ElasticsearchClient client) {
        this(settings, topics, client, consumer(bootstrapServers, settings, topics), deadLetterProducer(bootstrapServers, topics));
    }

    /**
     * An indexer on the given clients (tests hand in Kafka's {@code MockConsumer} and {@code MockProducer}); it
     * subscribes {@code consumer} to the enriched-articles topic and closes both clients when closed.
     *
     * @param consumer    reads the enriched-articles topic; {@code read_committed}, auto-commit off, at most
     *                    {@code batchSize} records a poll (as {@link #consumer} configures it)
     * @param deadLetters writes the dead-letter topic
     */
    public ArticleIndexer(IndexSettings settings, Topics topics, ElasticsearchClient client, Consumer<String, byte[]> consumer,
                          Producer<String, DeadLetter> deadLetters) {
        this.client = client;
        this.settings = settings;
        this.topics = topics;
        this.operations = new IndexOperations(settings);
        this.staleEvents = new StaleEvents(client, settings);
        this.backoff = settings.bulk().initialBackoff();
        this.consumer = consumer;
        this.deadLetters = deadLetters;
        this.ingester = newIngester();
        consumer.subscribe(List.of(topics.enrichedArticles().name()), new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                drain();
                if (outcomes.failure() == null) commitFinished();
                tracker.forget(partitions);
                partitions.forEach(committed::remove);
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {}
        });
    }

    /** The indexer's consumer of the enriched-articles topic: group {@code groupId}, {@code read_committed}, manual commits. */
    public static KafkaConsumer<String, byte[]> consumer(String bootstrapServers, IndexSettings settings, Topics topics) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, settings.groupId(),
                ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-index",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.batchSize()),
                topics.enrichedArticles().keySerde().deserializer(), new ByteArrayDeserializer());
    }

    /** The indexer's dead-letter producer: idempotent, {@code acks=all}. */
    public static KafkaProducer<String, DeadLetter> deadLetterProducer(String bootstrapServers, Topics topics) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, "newsflow-index-dead-letters",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                topics.deadLetters().keySerde().serializer(), topics.deadLetters().valueSerde().serializer());
    }

    /** Articles written to Elasticsearch so far. */
    public long indexed() {
        return outcomes.articles();
    }

    /**
     * Records done with so far: every document of the record has an outcome (written, superseded by a newer
     * enrichment, or the record dead-lettered). An article and its events may go out in different bulk requests, so
     * {@link #indexed()} can count an article whose events are still on their way; this count cannot.
     */
    public long completed() {
        return completed.get();
    }

    /** Events written to Elasticsearch so far. */
    public long events() {
        return outcomes.events();
    }

    /** Documents skipped because Elasticsearch already held a newer enrichment of them. */
    public long superseded() {
        return outcomes.superseded();
    }

    /** Event documents deleted because a newer enrichment of their article no longer has them. */
    public long staleDeleted() {
        return outcomes.staleDeleted();
    }

    /** Records sent to the dead-letter topic so far (undecodable, or rejected by Elasticsearch). */
    public long rejected() {
        return rejected.get();
    }

    /** Times a batch failed and was read again (Elasticsearch unreachable, 5xx, persistent 429). */
    public long retries() {
        return retries.get();
    }

    /**
     * Polls once and hands what arrived to the bulk ingester, then commits what Elasticsearch has accepted so far.
     * Returns the number of records read; 0 when nothing arrived, or when the last batch failed and this call waited
     * and rewound instead (the records are read again on the next call).
     */
    public int pollOnce(Duration timeout) throws InterruptedException {
        if (outcomes.failure() != null) {
            recover();
            return 0;
        }
        ConsumerRecords<String, byte[]> records = consumer.poll(timeout);
        List<ConsumerRecord<String, byte[]>> decoded = new ArrayList<>();
        List<EnrichedArticle> articles = new ArrayList<>();
        List<List<IndexOperations.Operation>> writes = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            tracker.started(new TopicPartition(record.topic(), record.partition()), record.offset());
            try {
                EnrichedArticle article = topics.enrichedArticles().valueSerde().deserializer().deserialize(record.topic(), record.value());
                if (article == null) throw new IllegalArgumentException("empty value (tombstone)");
                writes.add(operations.forArticle(article));
                articles.add(article);
                decoded.add(record);
            } catch (RuntimeException e) {
                RecordTicket ticket = new RecordTicket(record, 0);
                ticket.rejected(e.toString());
                deadLetter(DeadLetterReason.UNDECODABLE_RECORD, ticket);
            }
        }
        // an older version of an article still on its way to Elasticsearch: let it land, then compare with it
        if (decoded.stream().anyMatch(r -> r.key() != null && unfinished.containsKey(r.key()))) drain();
        StaleEvents.Plan plan;
        try {
            plan = articles.isEmpty() ? new StaleEvents.Plan(Set.of(), Map.of()) : staleEvents.plan(articles);
        } catch (IOException | RuntimeException e) {
            outcomes.fail("checking for stale events: " + e); // like a failed bulk: rewind, back off, read again
            return records.count();
        }
        for (int i = 0; i < decoded.size(); i++) {
            List<IndexOperations.Operation> ops = new ArrayList<>(writes.get(i));
            if (plan.outdated().contains(i)) { // Elasticsearch holds a newer enrichment: write no event it may have dropped
                outcomes.superseded(ops.size() - 1);
                ops = new ArrayList<>(ops.subList(0, 1));
            }
            ops.addAll(plan.deletes().getOrDefault(i, List.of()));
            RecordTicket ticket = new RecordTicket(decoded.get(i), ops.size());
            if (decoded.get(i).key() != null) unfinished.merge(decoded.get(i).key(), 1, Integer::sum);
            for (IndexOperations.Operation op : ops) ingester.add(op.bulk(), new Pending(ticket, op.kind()));
        }
        for (TopicPartition partition : consumer.assignment()) { // past transaction markers too: a caught-up index has no lag
            try {
                tracker.readUpTo(partition, consumer.position(partition, Duration.ZERO));
            } catch (org.apache.kafka.common.errors.TimeoutException notYetKnown) {
                // no position yet (just assigned): the next poll sets one
            }
        }
        commitFinished();
        return records.count();
    }

    /** Sends what is buffered and waits until every request in flight has an answer. */
    private void drain() {
        ingester.close();
        if (!closing) ingester = newIngester();
    }

    /** After a failed batch: wait for requests in flight, rewind to the first unfinished record, back off. */
    private void recover() throws InterruptedException {
        drain();
        String why = outcomes.failure();
        Map<TopicPartition, OffsetAndMetadata> resume = tracker.committable();
        resume.forEach((partition, offset) -> {
            if (consumer.assignment().contains(partition)) consumer.seek(partition, offset.offset());
        });
        commit(resume);
        tracker.forget(resume.keySet());
        unfinished.clear(); // what did not finish is read again
        retries.incrementAndGet();
        log.warn("Elasticsearch write failed ({}); consumption paused, reading again from {} in {}", why, offsets(resume), backoff);
        Thread.sleep(backoff.toMillis());
        backoff = backoff.multipliedBy(2).compareTo(settings.bulk().maxBackoff()) > 0 ? settings.bulk().maxBackoff() : backoff.multipliedBy(2);
        outcomes.clearFailure();
    }

    /** Called on an ingester thread once every operation of a record has an outcome. */
    private void finished(RecordTicket ticket) {
        String key = ticket.record().key();
        if (key != null) unfinished.computeIfPresent(key, (k, n) -> n == 1 ? null : n - 1);
        if (!ticket.rejections().isEmpty()) deadLetter(DeadLetterReason.INDEX_REJECTED, ticket);
        tracker.finished(ticket.partition(), ticket.record().offset());
        completed.incrementAndGet();
    }

    private void commitFinished() {
        if (outcomes.failure() != null) return; // recover() commits what is safe, then rewinds
        commit(tracker.committable());
    }

    private void commit(Map<TopicPartition, OffsetAndMetadata> offsets) {
        Map<TopicPartition, OffsetAndMetadata> changed = new HashMap<>();
        offsets.forEach((p, o) -> {
            if (consumer.assignment().contains(p) && !o.equals(committed.get(p))) changed.put(p, o);
        });
        if (changed.isEmpty()) return;
        deadLetters.flush(); // a dead letter is durable before the offset that skips its record
        Exception lost = deadLetterFailure.getAndSet(null);
        if (lost != null) throw new KafkaException("a dead letter could not be written; not committing past it: " + lost, lost);
        consumer.commitSync(changed);
        committed.putAll(changed);
        if (outcomes.failure() == null) backoff = settings.bulk().initialBackoff();
    }

    private void deadLetter(DeadLetterReason reason, RecordTicket ticket) {
        ConsumerRecord<String, byte[]> record = ticket.record();
        String message = String.join("; ", ticket.rejections());
        log.warn("dead letter {} for {}@{}: {}", reason, record.topic(), record.offset(), message);
        byte[] key = record.key() == null ? null : topics.enrichedArticles().keySerde().serializer().serialize(record.topic(), record.key());
        DeadLetter letter = DeadLetters.forRecord(STAGE, reason, message, record.topic(), record.partition(), record.offset(), key, record.value());
        deadLetters.send(new ProducerRecord<>(topics.deadLetters().name(), letter.getSource(), letter), (metadata, error) -> {
            if (error != null) deadLetterFailure.compareAndSet(null, error);
        });
        rejected.incrementAndGet();
        if (reason == DeadLetterReason.UNDECODABLE_RECORD) {
            tracker.finished(ticket.partition(), record.offset());
            completed.incrementAndGet();
        }
    }

    private BulkIngester<Pending> newIngester() {
        BulkSettings bulk = settings.bulk();
        return BulkIngester.of(b -> b
                .client(client)
                .maxOperations(settings.batchSize())
                .maxSize(bulk.maxBytes())
                .maxConcurrentRequests(bulk.maxConcurrentRequests())
                .flushInterval(bulk.flushInterval().toMillis(), TimeUnit.MILLISECONDS)
                .backoffPolicy(bulk.retries429() == 0 ? BackoffPolicy.noBackoff()
                        : BackoffPolicy.exponentialBackoff(bulk.initialBackoff().toMillis(), bulk.retries429()))
                .listener(outcomes));
    }

    private static Map<String, Long> offsets(Map<TopicPartition, OffsetAndMetadata> offsets) {
        Map<String, Long> out = new HashMap<>();
        offsets.forEach((p, o) -> out.put(p.toString(), o.offset()));
        return out;
    }

    @Override
    public void close() {
        closing = true;
        try {
            ingester.close();
            commitFinished();
        } finally {
            try {
                consumer.close();
            } finally {
                deadLetters.close();
            }
        }
    }
}

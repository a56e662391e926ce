package io.newsflow.enrich;

import io.newsflow.enrich.syndication.LinkStories;
import io.newsflow.enrich.syndication.StoryIndex;
import io.newsflow.schemas.DatePrecision;
import io.newsflow.schemas.DeadLetter;
import io.newsflow.schemas.DeadLetterReason;
import io.newsflow.schemas.DeadLetters;
import io.newsflow.schemas.EnrichedArticle;
import io.newsflow.schemas.Event;
import io.newsflow.schemas.RawArticle;
import io.newsflow.schemas.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.Stores;

import java.time.ZoneOffset;
import java.util.Map;
import java.util.Properties;

/**
 * The enrich stage as a Kafka Streams topology, shared by {@code main} and the tests. It reads like the data's journey:
 *
 * <pre>
 *   raw-articles (bytes) ─ decode + analyze (actors, events, relevance) ─┬─ failed ─▶ dead-letters
 *                                                                         └─ ok ─▶ link stories (1 partition,
 *        store syndication-index: copies of a story point at its first report)
 *          ├─▶ enriched-articles (EnrichedArticle, key: article id)
 *          └─ events ─┬─▶ events (Event, key: event id)
 *                     └─ confident first reports, day-dated ─ by day|type|source|target ─ count once per event id
 *                        (stores actor-pair-day-counts, counted-event-ids; {@link DailyPairCounts})
 *                          ├─▶ actor-pair-daily (ActorPairStat, key: day|type|source|target)
 *                          └─ dated before the 400-day horizon ─▶ dead-letters (LATE_EVENT)
 * </pre>
 *
 * Values are read as bytes and decoded inside the topology, so a record that is not a {@code RawArticle} becomes a dead
 * letter with its original bytes instead of stopping the application. Analysis runs in parallel across partitions; story
 * linking sees every article, so it runs on one partition (its work is a few map lookups per article). Runs with
 * {@code exactly_once_v2}: each input's outputs are committed once.
 */
public final class EnrichTopology {
    static final String STAGE = "enrich";
    /** Stores, named so they can be found in the topology description and in the changelog topics' names. */
    public static final String PAIR_COUNTS_STORE = DailyPairCounts.COUNTS_STORE;
    /** Ids of events already counted (a re-sent or replayed article is not counted again), kept as long as their day's count. */
    public static final String COUNTED_STORE = DailyPairCounts.COUNTED_STORE;

    private EnrichTopology() {}

    public static Topology build(Topics topics, ArticleEnricher enricher) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoryIndex.STORE),
                Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PAIR_COUNTS_STORE),
                Serdes.String(), topics.actorPairStats().valueSerde()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(COUNTED_STORE),
                Serdes.String(), Serdes.Long()));

        Map<String, KStream<String, Outcome>> outcomes = builder
                .stream(topics.rawArticles().name(), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("read-raw-articles"))
                .processValues(() -> new DecodeAndEnrich(topics, enricher), Named.as("decode-and-analyze"))
                .split(Named.as("outcome-"))
                .branch((id, outcome) -> outcome.article() != null, Branched.as("enriched"))
                .defaultBranch(Branched.as("failed"));

        outcomes.get("outcome-failed")
                .mapValues(Outcome::deadLetter, Named.as("dead-letter"))
                .to(topics.deadLetters().name(), Produced.with(topics.deadLetters().keySerde(), topics.deadLetters().valueSerde())
                        .withName("write-dead-letters"));

        KStream<String, EnrichedArticle> enriched = outcomes.get("outcome-enriched")
                .mapValues(Outcome::article, Named.as("article"))
                .selectKey((id, article) -> "stories", Named.as("to-story-linking"))
                .repartition(Repartitioned.<String, EnrichedArticle>as("story-linking")
                        .withKeySerde(Serdes.String()).withValueSerde(topics.enrichedArticles().valueSerde()).withNumberOfPartitions(1))
                .processValues(LinkStories::new, Named.as("link-stories"), StoryIndex.STORE)
                .selectKey((stories, article) -> article.getId(), Named.as("by-article-id"));
        enriched.to(topics.enrichedArticles().name(), Produced.with(topics.enrichedArticles().keySerde(),
                topics.enrichedArticles().valueSerde()).withName("write-enriched-articles"));

        KStream<String, Event> events = enriched
                .flatMap((id, article) -> article.getEvents().stream().map(e -> KeyValue.pair(e.getId(), e)).toList(),
                        Named.as("events"));
        events.to(topics.events().name(), Produced.with(topics.events().keySerde(), topics.events().valueSerde())
                .withName("write-events"));

        events.filter((id, e) -> e.getConfident() && e.getArticleId().equals(e.getStoryId())
                        && (e.getDatePrecision() == DatePrecision.DAY || e.getDate() == null), Named.as("first-reports-by-day"))
                .process(AtEventTime::new, Named.as("at-event-time"))
                .repartition(Repartitioned.<String, Event>as("by-day-and-pair")
                        .withKeySerde(Serdes.String()).withValueSerde(topics.events().valueSerde()))
                .process(() -> new DailyPairCounts(topics), Named.as("count-per-day"), PAIR_COUNTS_STORE, COUNTED_STORE)
                .split(Named.as("count-"))
                .branch((key, counted) -> counted.stat() != null, Branched.withConsumer(counts -> counts
                        .mapValues(DailyPairCounts.Counted::stat, Named.as("daily-count"))
                        .to(topics.actorPairStats().name(), Produced.with(topics.actorPairStats().keySerde(),
                                topics.actorPairStats().valueSerde()).withName("write-actor-pair-daily")), "counted"))
                .defaultBranch(Branched.withConsumer(late -> late
                        .mapValues(DailyPairCounts.Counted::late, Named.as("late-event"))
                        .to(topics.deadLetters().name(), Produced.with(topics.deadLetters().keySerde(),
                                topics.deadLetters().valueSerde()).withName("write-late-events")), "late"));
        return builder.build();
    }

    /**
     * Most bytes the Streams consumer fetches from one partition at a time (Kafka's default: 1 MiB). The consumer
     * hands out what it fetched partition by partition, in the order the fetches came back, so records of the
     * story-linking topic fetched now are returned only after every raw-articles partition's data fetched before them.
     * With 1 MiB, up to 1 MiB of raw articles per partition (hundreds of articles, 10-30 s of analysis) stood between
     * an analysed article and its story linking, and every enriched article waited that long: issue 15's benchmark saw
     * enrich's first output 13-17 s after ingest's first, then bursts. With 64 KiB, at most 64 KiB a raw partition
     * (some 20-60 articles) is ahead of them. Throughput is not lost: a fetch is one round trip to the broker, and the
     * consumer asks for more as soon as a partition's data is used up.
     */
    static final int MAX_PARTITION_FETCH_BYTES = 64 * 1024;

    /**
     * Most records one poll of the Streams consumer returns (Streams' default: 1,000). A stream thread processes every
     * record a poll returned before it polls again, and the consumer only fetches (story linking's input too) inside a
     * poll; 20 raw articles take 0.1-0.4 s to analyse, so the consumer fetches at least that often. A poll of records
     * already fetched costs microseconds, nothing against 20 analyses.
     */
    static final int MAX_POLL_RECORDS = 20;

    /**
     * Compression of everything enrich writes (lz4, as ingest writes raw articles). The consumer's chunks go round one
     * per partition, so during a backlog story linking gets one chunk of {@link #MAX_PARTITION_FETCH_BYTES} for every
     * raw-articles partition's chunk, and an enriched article (its raw article plus actors, events and quotes) is
     * larger than the raw one: uncompressed, story linking fell behind the analysis and caught up in a burst at the
     * backlog's end; compressed, each chunk carries several times more articles (in the backlog test it kept pace).
     * lz4 costs little CPU and also shrinks the changelogs and the output topics.
     */
    static final String COMPRESSION = "lz4";

    /**
     * Streams configuration: exactly-once v2, explicit state dir, reads the raw topic from the beginning, and the
     * consumer and producer settings that keep story linking's input from waiting behind a backlog of raw articles
     * ({@link #MAX_PARTITION_FETCH_BYTES}, {@link #MAX_POLL_RECORDS}, {@link #COMPRESSION}).
     */
    public static Properties config(String bootstrapServers, EnrichSettings settings) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, settings.applicationId());
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, settings.replicationFactor());
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, settings.threads());
        p.put(StreamsConfig.STATE_DIR_CONFIG, settings.stateDir());
        p.put(StreamsConfig.consumerPrefix("auto.offset.reset"), "earliest");
        p.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG), MAX_PARTITION_FETCH_BYTES);
        p.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG), MAX_POLL_RECORDS);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), COMPRESSION);
        // opt in now to what Kafka 5.0 makes the default (otherwise Streams warns on every start)
        p.put("processing.exception.handler.global.enabled", "true");
        return p;
    }

    static String pairKey(Event e) {
        return e.getType() + "|" + e.getSource().getId() + "|" + (e.getTarget() == null ? "-" : e.getTarget().getId());
    }

    /**
     * Stamps each event record with its event day (midnight UTC), so counts are per event day, and keys it by that day
     * and its actor pair ({@link DailyPairCounts#key}). Never later than the article itself: a date in the future
     * ("elections on 7 June") must not move stream time ahead and make every other event look old.
     */
    static final class AtEventTime implements Processor<String, Event, String, Event> {
        private ProcessorContext<String, Event> context;

        @Override
        public void init(ProcessorContext<String, Event> context) {
            this.context = context;
        }

        @Override
        public void process(Record<String, Event> record) {
            Event e = record.value();
            long time = e.getDate() == null ? record.timestamp()
                    : Math.min(record.timestamp(), e.getDate().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
            context.forward(record.withKey(DailyPairCounts.key(e, time)).withTimestamp(time));
        }
    }

    /** Exactly one of the two is set. */
    record Outcome(EnrichedArticle article, DeadLetter deadLetter) {}

    /** Decodes a raw value and enriches it; any failure on this one record becomes a dead letter with its reason. */
    static final class DecodeAndEnrich implements FixedKeyProcessor<String, byte[], Outcome> {
        private final Topics topics;
        private final ArticleEnricher enricher;
        private FixedKeyProcessorContext<String, Outcome> context;

        DecodeAndEnrich(Topics topics, ArticleEnricher enricher) {
            this.topics = topics;
            this.enricher = enricher;
        }

        @Override
        public void init(FixedKeyProcessorContext<String, Outcome> context) {
            this.context = context;
        }

        @Override
        public void process(FixedKeyRecord<String, byte[]> record) {
            RawArticle raw;
            try {
                raw = topics.rawArticles().valueSerde().deserializer().deserialize(topics.rawArticles().name(), record.value());
                if (raw == null) throw new IllegalArgumentException("empty value (tombstone) where an article was expected");
            } catch (RuntimeException e) {
                context.forward(record.withValue(failed(record, DeadLetterReason.UNDECODABLE_RECORD, e)));
                return;
            }
            EnrichedArticle enriched;
            try {
                enriched = enricher.enrich(raw);
            } catch (RuntimeException e) {
                context.forward(record.withValue(failed(record, DeadLetterReason.ENRICH_FAILED, e)));
                return;
            }
            int size = topics.enrichedArticles().valueSerde().serializer().serialize(null, enriched).length;
            if (size > DeadLetters.MAX_RECORD_BYTES) { // Kafka would refuse it and stop the stage
                context.forward(record.withValue(failed(record, DeadLetterReason.TOO_LARGE, new IllegalStateException(
                        "the enriched record would be " + size + " bytes, over the " + DeadLetters.MAX_RECORD_BYTES + "-byte limit"))));
                return;
            }
            context.forward(record.withValue(new Outcome(enriched, null)));
        }

        private Outcome failed(FixedKeyRecord<String, byte[]> record, DeadLetterReason reason, RuntimeException e) {
            var meta = context.recordMetadata().orElse(null);
            byte[] key = record.key() == null ? null : Serdes.String().serializer().serialize(null, record.key());
            return new Outcome(null, DeadLetters.forRecord(STAGE, reason, e.toString(),
                    meta == null ? null : meta.topic(), meta == null ? -1 : meta.partition(),
                    meta == null ? -1 : meta.offset(), key, record.value()));
        }
    }
}

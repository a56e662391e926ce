package io.newsflow.enrich;

import io.newsflow.schemas.DeadLetter;
import io.newsflow.schemas.DeadLetters;
import io.newsflow.schemas.EnrichedArticle;
import io.newsflow.schemas.RawArticle;
import io.newsflow.schemas.Topics;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

import java.util.Map;
import java.util.Properties;

/**
 * The enrich stage as a Kafka Streams topology, shared by {@code main} and the tests:
 *
 * <pre>
 *   raw-articles (bytes) ─ decode + enrich ─┬─ ok ─────▶ enriched-articles (EnrichedArticle)
 *                                           └─ failed ─▶ dead-letters (DeadLetter: UNDECODABLE_RECORD, ENRICH_FAILED)
 * </pre>
 *
 * Values are read as bytes and decoded inside the topology, so a record that is not a {@code RawArticle} becomes a
 * dead letter carrying its original bytes and coordinates instead of stopping the application. Runs with
 * {@code exactly_once_v2}: each input yields exactly one committed output record.
 */
public final class EnrichTopology {
    static final String STAGE = "enrich";

    private EnrichTopology() {}

    public static Topology build(Topics topics, ArticleEnricher enricher) {
        StreamsBuilder builder = new StreamsBuilder();

        Map<String, KStream<String, Outcome>> outcomes = builder
                .stream(topics.rawArticles().name(), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("read-raw-articles"))
                .processValues(() -> new DecodeAndEnrich(topics, enricher), Named.as("decode-and-enrich"))
                .split(Named.as("outcome-"))
                .branch((id, outcome) -> outcome.article() != null, Branched.as("enriched"))
                .defaultBranch(Branched.as("failed"));

        outcomes.get("outcome-enriched")
                .mapValues(Outcome::article, Named.as("article"))
                .to(topics.enrichedArticles().name(), Produced.with(topics.enrichedArticles().keySerde(),
                        topics.enrichedArticles().valueSerde()).withName("write-enriched-articles"));
        outcomes.get("outcome-failed")
                .mapValues(Outcome::deadLetter, Named.as("dead-letter"))
                .to(topics.deadLetters().name(), Produced.with(topics.deadLetters().keySerde(),
                        topics.deadLetters().valueSerde()).withName("write-dead-letters"));
        return builder.build();
    }

    /** Streams configuration: exactly-once v2, explicit state dir, reads the raw topic from the beginning. */
    public static Properties config(String bootstrapServers, EnrichSettings settings) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, settings.applicationId());
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, settings.replicationFactor());
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, settings.threads());
        p.put(StreamsConfig.STATE_DIR_CONFIG, settings.stateDir());
        p.put(StreamsConfig.consumerPrefix("auto.offset.reset"), "earliest");
        // opt in now to what Kafka 5.0 makes the default (otherwise Streams warns on every start)
        p.put("processing.exception.handler.global.enabled", "true");
        return p;
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
                context.forward(record.withValue(failed(record, "UNDECODABLE_RECORD", e)));
                return;
            }
            try {
                context.forward(record.withValue(new Outcome(enricher.enrich(raw), null)));
            } catch (RuntimeException e) {
                context.forward(record.withValue(failed(record, "ENRICH_FAILED", e)));
            }
        }

        private Outcome failed(FixedKeyRecord<String, byte[]> record, String reason, RuntimeException e) {
            var meta = context.recordMetadata().orElse(null);
            byte[] key = record.key() == null ? null : Serdes.String().serializer().serialize(null, record.key());
            return new Outcome(null, DeadLetters.forRecord(STAGE, reason, e.toString(),
                    meta == null ? null : meta.topic(), meta == null ? -1 : meta.partition(),
                    meta == null ? -1 : meta.offset(), key, record.value()));
        }
    }
}

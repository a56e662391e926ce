package io.newsflow.enrich;

import io.newsflow.schemas.DeadLetter;
import io.newsflow.schemas.DeadLetterReason;
import io.newsflow.schemas.DeadLetters;
import io.newsflow.schemas.EnrichedArticle;
import io.newsflow.schemas.RawArticle;
import io.newsflow.schemas.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.StreamPartitioner;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The analysis application of the enrich stage ({@link EnrichTopology} shows both), shared by {@code main} and the tests:
 *
 * <pre>
 *   raw-articles (bytes) ─ decode + analyze (actors, events, relevance) ─┬─ failed ─▶ dead-letters
 *                                                                         └─ ok ─▶ story-linking (partition 0)
 * </pre>
 *
 * Values are read as bytes and decoded inside the topology, so a record that is not a {@code RawArticle} becomes a dead
 * letter with its original bytes instead of stopping the application. It runs on every raw-articles partition
 * ({@code enrich.threads} threads), holds no state, and writes each analysed article, keyed by its article id (as the
 * enriched-articles topic is, whatever key the raw record had), to partition 0
 * of story-linking, where {@link StoriesTopology} links it to its story.
 */
public final class AnalysisTopology {
    private AnalysisTopology() {}

    public static Topology build(Topics topics, ArticleEnricher enricher) {
        StreamsBuilder builder = new StreamsBuilder();
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

        outcomes.get("outcome-enriched")
                .mapValues(Outcome::article, Named.as("article"))
                .selectKey((key, article) -> article.getId(), Named.as("by-article-id")) // whatever key the raw record had
                .to(topics.storyLinking().name(), Produced.with(topics.storyLinking().keySerde(), topics.storyLinking().valueSerde())
                        .withStreamPartitioner(new FirstPartition<>()).withName("write-story-linking"));
        return builder.build();
    }

    /**
     * Most bytes the analysis consumer fetches from one raw-articles partition at a time (Kafka's default: 1 MiB). The
     * consumer hands out what it fetched one partition's chunk after another; with 1 MiB chunks, during a backlog an
     * article of one partition waits behind hundreds of another's that arrived after it. 64 KiB chunks (some 20-60
     * articles) interleave the partitions a stream thread reads, so articles are analysed nearer the order they
     * arrived in. A fetch is one round trip to the broker, nothing against the analysis of 20 articles.
     *
     * <p>(Before issue 15's split this also kept story linking's input from waiting behind the raw chunks, with
     * {@code max.poll.records} 20 to make the shared consumer fetch often; story linking has a consumer of its own now,
     * so the poll size is Kafka's default again.)
     */
    static final int MAX_PARTITION_FETCH_BYTES = 64 * 1024;

    /**
     * Streams configuration: {@link EnrichTopology#config the shared part} with the id
     * {@link EnrichSettings#analysisApplicationId()}, {@code enrich.threads} stream threads, and
     * {@link #MAX_PARTITION_FETCH_BYTES}.
     */
    public static Properties config(String bootstrapServers, EnrichSettings settings) {
        Properties p = EnrichTopology.config(settings.analysisApplicationId(), settings.threads(), bootstrapServers, settings);
        p.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG), MAX_PARTITION_FETCH_BYTES);
        return p;
    }

    /**
     * Sends every record to partition 0: story linking must see every article in one task, and the topic is created
     * with one partition; should it have been created with more by hand, the articles still all go to one.
     */
    static final class FirstPartition<K, V> implements StreamPartitioner<K, V> {
        @Override
        public Optional<Set<Integer>> partitions(String topic, K key, V value, int numPartitions) {
            return Optional.of(Set.of(0));
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
            return new Outcome(null, DeadLetters.forRecord(EnrichTopology.STAGE, reason, e.toString(),
                    meta == null ? null : meta.topic(), meta == null ? -1 : meta.partition(),
                    meta == null ? -1 : meta.offset(), key, record.value()));
        }
    }
}

package io.newsflow.schemas;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

import java.util.List;

/**
 * The registry of newsflow's topics: their names and serdes, declared once for every stage.
 *
 * <pre>
 *   ingest --RawArticle--> {prefix}raw-articles --enrich--> {prefix}enriched-articles --index--> Elasticsearch
 *   any stage's failures --DeadLetter--> {prefix}dead-letters
 *   ingest's seen URLs and feed validators --> {prefix}ingest-state (compacted; key: url|... or feed|..., value: JSON)
 * </pre>
 *
 * Article topics are keyed by the article id (a string). The default prefix is {@value #DEFAULT_PREFIX}; tests use their own
 * so that runs sharing a broker do not see each other's records.
 */
public record Topics(Topic<String, RawArticle> rawArticles,
                     Topic<String, EnrichedArticle> enrichedArticles,
                     Topic<String, DeadLetter> deadLetters,
                     Topic<String, byte[]> ingestState) {

    public static final String DEFAULT_PREFIX = "newsflow.";

    public static Topics withPrefix(String prefix) {
        Serde<String> keys = Serdes.String();
        return new Topics(
                new Topic<>(prefix + "raw-articles", keys, new AvroSerde<>(RawArticle.class)),
                new Topic<>(prefix + "enriched-articles", keys, new AvroSerde<>(EnrichedArticle.class)),
                new Topic<>(prefix + "dead-letters", keys, new AvroSerde<>(DeadLetter.class)),
                new Topic<>(prefix + "ingest-state", keys, Serdes.ByteArray()));
    }

    public static Topics defaults() {
        return withPrefix(DEFAULT_PREFIX);
    }

    public List<Topic<?, ?>> all() {
        return List.of(rawArticles, enrichedArticles, deadLetters, ingestState);
    }

    /** Topics that hold state, not events: created with {@code cleanup.policy=compact} (latest value per key kept). */
    public List<Topic<?, ?>> compacted() {
        return List.of(ingestState);
    }
}

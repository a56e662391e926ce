package io.newsflow.schemas;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

import java.util.List;
import java.util.Map;

/**
 * The registry of newsflow's topics: their names and serdes, declared once for every stage.
 *
 * <pre>
 *   ingest --RawArticle--> {prefix}raw-articles --enrich analysis--> {prefix}story-linking (EnrichedArticle, 1 partition)
 *          --enrich story linking--> {prefix}enriched-articles --index--> Elasticsearch
 *                               +--> {prefix}events (Event, key: event id)
 *                               +--> {prefix}actor-pair-daily (ActorPairStat, key: day|type|source|target)
 *   any stage's failures --DeadLetter--> {prefix}dead-letters
 *   index's saved searches (newsflow alerts) --Alert--> {prefix}alerts (key: alert id)
 *   ingest's seen URLs and feed validators --> {prefix}ingest-state (compacted; key: url|... or feed|..., value: JSON)
 *   ingest's work shared by its instances --> {prefix}fetch-queue (key: host, value: JSON task; see ingest.distribute)
 * </pre>
 *
 * Article topics are keyed by article id. {@code story-linking} is enrich's own, between its two Streams applications
 * (analysed articles not yet linked to their story); it always has one partition, as story linking sees every article. The default prefix is {@value #DEFAULT_PREFIX}; tests use their own
 * so that runs sharing a broker do not see each other's records.
 */
public record Topics(Topic<String, RawArticle> rawArticles,
                     Topic<String, EnrichedArticle> enrichedArticles,
                     Topic<String, Event> events,
                     Topic<String, ActorPairStat> actorPairStats,
                     Topic<String, DeadLetter> deadLetters,
                     Topic<String, byte[]> ingestState,
                     Topic<String, Alert> alerts,
                     Topic<String, byte[]> fetchQueue,
                     Topic<String, EnrichedArticle> storyLinking) {

    public static final String DEFAULT_PREFIX = "newsflow.";
    /** Topics that hold state, not events (seen URLs, running counts): the latest value per key is kept. */
    static final Map<String, String> COMPACTED = Map.of("cleanup.policy", "compact");

    public static Topics withPrefix(String prefix) {
        Serde<String> keys = Serdes.String();
        return new Topics(
                new Topic<>(prefix + "raw-articles", keys, new AvroSerde<>(RawArticle.class)),
                new Topic<>(prefix + "enriched-articles", keys, new AvroSerde<>(EnrichedArticle.class)),
                new Topic<>(prefix + "events", keys, new AvroSerde<>(Event.class)),
                new Topic<>(prefix + "actor-pair-daily", keys, new AvroSerde<>(ActorPairStat.class), COMPACTED),
                new Topic<>(prefix + "dead-letters", keys, new AvroSerde<>(DeadLetter.class)),
                new Topic<>(prefix + "ingest-state", keys, Serdes.ByteArray(), COMPACTED),
                new Topic<>(prefix + "alerts", keys, new AvroSerde<>(Alert.class)),
                new Topic<>(prefix + "fetch-queue", keys, Serdes.ByteArray()),
                new Topic<>(prefix + "story-linking", keys, new AvroSerde<>(EnrichedArticle.class), Map.of(), 1));
    }


    public List<Topic<?, ?>> all() {
        return List.of(rawArticles, enrichedArticles, events, actorPairStats, deadLetters, ingestState, alerts, fetchQueue, storyLinking);
    }
}

package io.newsflow.enrich;

import io.newsflow.schemas.Event;
import io.newsflow.schemas.Topics;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

import java.util.Properties;

/**
 * The enrich stage as two Kafka Streams applications that one process runs side by side ({@link EnrichStage}), and the
 * configuration they share. The data's journey:
 *
 * <pre>
 *   analysis ({@link AnalysisTopology}, application {@code <applicationId>-analysis}, all raw partitions):
 *   raw-articles (bytes) ─ decode + analyze (actors, events, relevance) ─┬─ failed ─▶ dead-letters
 *                                                                         └─ ok ─▶ story-linking (1 partition)
 *   story linking ({@link StoriesTopology}, application {@code <applicationId>}):
 *   story-linking ─ link stories (store syndication-index: copies of a story point at its first report)
 *          ├─▶ enriched-articles (EnrichedArticle, key: article id)
 *          └─ events ─┬─▶ events (Event, key: event id)
 *                     └─ confident first reports, day-dated ─ by day|type|source|target ─ count once per event id
 *                        (stores actor-pair-day-counts, counted-event-ids; {@link DailyPairCounts})
 *                          ├─▶ actor-pair-daily (ActorPairStat, key: day|type|source|target)
 *                          └─ dated before the 400-day horizon ─▶ dead-letters (LATE_EVENT)
 * </pre>
 *
 * Why two applications (issue 15): story linking must see every article, so it reads one partition; in one
 * application it shared the stream thread and the consumer with the raw-articles partitions, whose fetched chunks the
 * consumer hands out one partition at a time, so during a backlog story linking got one chunk for every raw
 * partition's and the enriched output lagged far behind the analysis. Now it has a consumer and a thread of its own.
 * Each application runs with {@code exactly_once_v2} and commits its own transactions: an analysed article is readable
 * on story-linking once the analysis commits it, and story linking's outputs once it commits them, each input's
 * outputs once, so exactly once holds end to end.
 */
public final class EnrichTopology {
    static final String STAGE = "enrich";

    /**
     * Compression of everything enrich writes (lz4, as ingest writes raw articles). An analysed article (its raw article
     * plus actors, events and quotes) is larger than the raw one and crosses the broker twice (story-linking, then
     * enriched-articles); lz4 costs little CPU and shrinks those topics, the changelogs and the other outputs.
     */
    static final String COMPRESSION = "lz4";

    private EnrichTopology() {}

    /** Both topologies' descriptions (sources, processors, stores, sinks), as {@code newsflow enrich --describe} prints them. */
    public static String describe(Topics topics, ArticleEnricher enricher) {
        return "analysis:\n" + AnalysisTopology.build(topics, enricher).describe()
                + "\nstory linking:\n" + StoriesTopology.build(topics).describe();
    }

    /**
     * What both applications' configurations share: their id, exactly-once v2, the state directory (each application
     * keeps its state under a folder named after its id), internal topics' replication, reading from the beginning
     * (a new application reads everything there is), {@link #COMPRESSION}, and the commit interval when one is set.
     */
    static Properties config(String applicationId, int threads, String bootstrapServers, EnrichSettings settings) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, settings.replicationFactor());
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
        p.put(StreamsConfig.STATE_DIR_CONFIG, settings.stateDir());
        p.put(StreamsConfig.consumerPrefix("auto.offset.reset"), "earliest");
        p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), COMPRESSION);
        if (settings.commitInterval() != null) p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, settings.commitInterval().toMillis());
        // opt in now to what Kafka 5.0 makes the default (otherwise Streams warns on every start)
        p.put("processing.exception.handler.global.enabled", "true");
        return p;
    }

    static String pairKey(Event e) {
        return e.getType() + "|" + e.getSource().getId() + "|" + (e.getTarget() == null ? "-" : e.getTarget().getId());
    }
}

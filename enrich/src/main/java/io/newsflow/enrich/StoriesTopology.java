package io.newsflow.enrich;

import io.newsflow.enrich.syndication.LinkStories;
import io.newsflow.enrich.syndication.StoryIndex;
import io.newsflow.schemas.DatePrecision;
import io.newsflow.schemas.EnrichedArticle;
import io.newsflow.schemas.Event;
import io.newsflow.schemas.Topics;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.Stores;

import java.time.ZoneOffset;
import java.util.Properties;

/**
 * The story-linking application of the enrich stage ({@link EnrichTopology} shows both), shared by {@code main} and the
 * tests:
 *
 * <pre>
 *   story-linking (EnrichedArticle, key: article id, 1 partition) ─ link stories (store syndication-index)
 *          ├─▶ enriched-articles (EnrichedArticle, key: article id)
 *          └─ events ─┬─▶ events (Event, key: event id)
 *                     └─ confident first reports, day-dated ─ by day|type|source|target ─ count once per event id
 *                        (stores actor-pair-day-counts, counted-event-ids; {@link DailyPairCounts})
 *                          ├─▶ actor-pair-daily (ActorPairStat, key: day|type|source|target)
 *                          └─ dated before the 400-day horizon ─▶ dead-letters (LATE_EVENT)
 * </pre>
 *
 * Story linking sees every article, so its input has one partition (its work is a few store lookups per article). It
 * holds all of enrich's state, under the configured application id ({@link EnrichSettings#storiesApplicationId()}),
 * with the store, node and repartition names of the single application of before, so an upgraded stage keeps its
 * stores' changelogs and the {@code by-day-and-pair} repartition topic.
 */
public final class StoriesTopology {
    /** Stores, named so they can be found in the topology description and in the changelog topics' names. */
    public static final String PAIR_COUNTS_STORE = DailyPairCounts.COUNTS_STORE;
    /** Ids of events already counted (a re-sent or replayed article is not counted again), kept as long as their day's count. */
    public static final String COUNTED_STORE = DailyPairCounts.COUNTED_STORE;

    private StoriesTopology() {}

    public static Topology build(Topics topics) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoryIndex.STORE),
                Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PAIR_COUNTS_STORE),
                Serdes.String(), topics.actorPairStats().valueSerde()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(COUNTED_STORE),
                Serdes.String(), Serdes.Long()));

        KStream<String, EnrichedArticle> enriched = builder
                .stream(topics.storyLinking().name(), Consumed.with(topics.storyLinking().keySerde(), topics.storyLinking().valueSerde())
                        .withName("read-story-linking"))
                .processValues(LinkStories::new, Named.as("link-stories"), StoryIndex.STORE);
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
     * Streams configuration: {@link EnrichTopology#config the shared part} with the id
     * {@link EnrichSettings#storiesApplicationId()} and one stream thread, whatever {@code enrich.threads} says: its
     * input is one partition. Its consumer keeps Kafka's fetch defaults (1 MiB a partition): it reads story-linking
     * and its own small repartition topic, and no longer shares a consumer with the raw-articles partitions, so
     * larger chunks only mean fewer round trips.
     */
    public static Properties config(String bootstrapServers, EnrichSettings settings) {
        return EnrichTopology.config(settings.storiesApplicationId(), 1, bootstrapServers, settings);
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
}

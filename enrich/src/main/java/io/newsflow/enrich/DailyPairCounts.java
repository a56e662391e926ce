package io.newsflow.enrich;

import io.newsflow.schemas.ActorPairStat;
import io.newsflow.schemas.DeadLetter;
import io.newsflow.schemas.DeadLetterReason;
import io.newsflow.schemas.DeadLetters;
import io.newsflow.schemas.Event;
import io.newsflow.schemas.Topics;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The daily actor-pair counts: how many confident first reports of each (type, source, target) happened on each day.
 *
 * <p>Why not windows: the counts used to be 1-day event-time windows with a 7-day grace, so an event dated more than
 * a week behind the newest one (a backfill of older news, a report of last month's meeting) was dropped without a
 * word. Here a count is a plain key-value entry under {@code day|type|source|target} (the output key), so an event is
 * counted on its own day however late it arrives, and the day's count is sent again with it. Counts and the ids of
 * the events counted (so a re-sent, replayed or re-enriched article is not counted twice) are kept for
 * {@value #RETENTION_DAYS} days behind the newest event time this task has seen (its own stream time, kept in the
 * store so a restart resumes it); an hourly punctuation forgets older days. An event dated before that horizon is not counted — its day's count may be gone —
 * and becomes a {@code LATE_EVENT} dead letter with the event, its day and the horizon, so it is accounted, not lost.
 * Both stores sit in the task of the event's key, so an id is remembered exactly as long as its day's count, and
 * exactly-once processing commits a count, its id and its output together.
 */
final class DailyPairCounts implements Processor<String, Event, String, DailyPairCounts.Counted> {
    /** Store of the counts (key: {@code day|type|source|target}). */
    static final String COUNTS_STORE = "actor-pair-day-counts";
    /** Store of the ids of counted events, with their event time (epoch millis). */
    static final String COUNTED_STORE = "counted-event-ids";
    /** How many days behind the newest event time seen a day is still counted and its events remembered. */
    static final int RETENTION_DAYS = 400;
    /** Below every count key: the start of a range over the oldest days. */
    static final String FIRST_KEY = "0000";
    /** Where the newest event time seen is kept, in {@link #COUNTED_STORE} (event ids are hex, so no id is this). */
    static final String NEWEST_KEY = "~newest-event-time";

    /** What one event gives: its day's new count, or a dead letter when it is past the horizon. Exactly one is set. */
    record Counted(ActorPairStat stat, DeadLetter late) {}

    private final Topics topics;
    private ProcessorContext<String, Counted> context;
    private KeyValueStore<String, ActorPairStat> counts;
    private KeyValueStore<String, Long> counted;
    private long newest;

    DailyPairCounts(Topics topics) {
        this.topics = topics;
    }

    /** The key an event is counted under: its day (from its record time, see {@code StoriesTopology}) and its pair. */
    static String key(Event e, long eventTime) {
        return day(eventTime) + "|" + EnrichTopology.pairKey(e);
    }

    @Override
    public void init(ProcessorContext<String, Counted> context) {
        this.context = context;
        this.counts = context.getStateStore(COUNTS_STORE);
        this.counted = context.getStateStore(COUNTED_STORE);
        Long stored = counted.get(NEWEST_KEY);
        this.newest = stored == null ? Long.MIN_VALUE : stored;
        context.schedule(Duration.ofHours(1), PunctuationType.WALL_CLOCK_TIME, now -> forgetBefore());
    }

    @Override
    public void process(Record<String, Event> record) {
        Event e = record.value();
        if (counted.get(e.getId()) != null) return;
        if (record.timestamp() > newest) {
            newest = record.timestamp();
            counted.put(NEWEST_KEY, newest);
        }
        LocalDate day = day(record.timestamp());
        LocalDate horizon = horizon(newest);
        if (day.isBefore(horizon)) {
            context.forward(record.withValue(new Counted(null, late(record, day, horizon))));
            return;
        }
        counted.put(e.getId(), record.timestamp());
        ActorPairStat stat = counts.get(record.key());
        stat = stat == null ? first(e, day) : ActorPairStat.newBuilder(stat).setCount(stat.getCount() + 1).build();
        counts.put(record.key(), stat);
        context.forward(record.withValue(new Counted(stat, null)));
    }

    /** The first day still counted when the newest event seen is at {@code newestTime}. */
    static LocalDate horizon(long newestTime) {
        return day(newestTime).minusDays(RETENTION_DAYS);
    }

    private void forgetBefore() {
        if (newest == Long.MIN_VALUE) return;
        LocalDate horizon = horizon(newest);
        long horizonMillis = horizon.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        // count keys start with their day (ISO, so they sort by day): only the forgotten days are read
        List<String> forgotten = new ArrayList<>();
        try (KeyValueIterator<String, ActorPairStat> old = counts.range(FIRST_KEY, horizon.toString())) {
            while (old.hasNext()) forgotten.add(old.next().key);
        }
        forgotten.forEach(counts::delete);
        try (KeyValueIterator<String, Long> all = counted.all()) {
            while (all.hasNext()) {
                var entry = all.next();
                if (entry.value < horizonMillis && !entry.key.equals(NEWEST_KEY)) counted.delete(entry.key);
            }
        }
    }

    private DeadLetter late(Record<String, Event> record, LocalDate day, LocalDate horizon) {
        var meta = context.recordMetadata().orElse(null);
        Event e = record.value();
        return DeadLetters.forRecord(EnrichTopology.STAGE, DeadLetterReason.LATE_EVENT, "event " + e.getId() + " (" + EnrichTopology.pairKey(e)
                        + ") on " + day + " is not counted in the daily actor-pair counts: days before " + horizon + ", "
                        + RETENTION_DAYS + " days behind the newest event, are no longer kept",
                meta == null ? null : meta.topic(), meta == null ? -1 : meta.partition(), meta == null ? -1 : meta.offset(),
                Serdes.String().serializer().serialize(null, e.getId()),
                topics.events().valueSerde().serializer().serialize(topics.events().name(), e));
    }

    private static ActorPairStat first(Event e, LocalDate day) {
        return ActorPairStat.newBuilder()
                .setDay(day)
                .setType(e.getType())
                .setSourceId(e.getSource().getId()).setSourceName(e.getSource().getName()).setSourceCountry(e.getSource().getCountryCode())
                .setTargetId(e.getTarget() == null ? null : e.getTarget().getId())
                .setTargetName(e.getTarget() == null ? null : e.getTarget().getName())
                .setTargetCountry(e.getTarget() == null ? null : e.getTarget().getCountryCode())
                .setCount(1)
                .build();
    }

    private static LocalDate day(long epochMillis) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC);
    }
}

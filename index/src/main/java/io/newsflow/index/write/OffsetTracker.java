package io.newsflow.index.write;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which Kafka offsets may be committed while writes are in flight: per partition, the records handed to the bulk
 * ingester and not yet finished (accepted, superseded or dead-lettered). The committable offset of a partition is its
 * first unfinished record, or — when all are finished — the consumer's position ({@link #readUpTo}), else the one after
 * the last record seen; so a commit never passes a
 * record Elasticsearch has not accepted, even when later bulk requests finish first.
 *
 * <p>Thread-safe: records start on the consumer's thread and finish on the bulk ingester's listener threads.
 */
public final class OffsetTracker {
    private final Map<TopicPartition, TreeSet<Long>> pending = new HashMap<>();
    private final Map<TopicPartition, Long> next = new HashMap<>();

    public synchronized void started(TopicPartition partition, long offset) {
        pending.computeIfAbsent(partition, p -> new TreeSet<>()).add(offset);
        next.merge(partition, offset + 1, Math::max);
    }

    /**
     * The consumer's position in a partition after a poll: every offset before it was either handed out (and
     * {@link #started}) or is no record at all (a transaction marker, an aborted record under {@code read_committed}).
     * Once the records seen are finished the partition is committable up to it, so a caught-up consumer's committed
     * offset meets the log end and reported lag is 0, not the count of markers behind the last record.
     */
    public synchronized void readUpTo(TopicPartition partition, long position) {
        next.merge(partition, position, Math::max);
    }

    public synchronized void finished(TopicPartition partition, long offset) {
        TreeSet<Long> offsets = pending.get(partition);
        if (offsets != null) offsets.remove(offset);
    }

    /** Unfinished records across all partitions. */
    public synchronized int pendingCount() {
        return pending.values().stream().mapToInt(TreeSet::size).sum();
    }

    /** Per partition seen, the offset to commit (and to resume from after a failure). */
    public synchronized Map<TopicPartition, OffsetAndMetadata> committable() {
        Map<TopicPartition, OffsetAndMetadata> out = new HashMap<>();
        next.forEach((partition, after) -> {
            TreeSet<Long> offsets = pending.get(partition);
            out.put(partition, new OffsetAndMetadata(offsets == null || offsets.isEmpty() ? after : offsets.first()));
        });
        return out;
    }

    /** Forgets partitions (revoked, or rewound to be read again). */
    public synchronized void forget(Collection<TopicPartition> partitions) {
        partitions.forEach(p -> {
            pending.remove(p);
            next.remove(p);
        });
    }
}

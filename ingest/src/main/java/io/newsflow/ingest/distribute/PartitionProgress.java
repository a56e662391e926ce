package io.newsflow.ingest.distribute;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the worker has done in each fetch-queue partition beyond its commit point. Tasks finish out of order (hosts in
 * parallel, each host only a few per batch), but a partition's offset can only be committed up to its first task not
 * done; the worker reads the partition again from there, and the tasks done beyond it, remembered here, are skipped
 * instead of being done twice (a source listed again, a page looked up again). Forgotten when the partition leaves:
 * the next owner repeats those tasks, finding their pages seen. Used by the worker's loop thread only.
 */
final class PartitionProgress {
    private final Map<TopicPartition, Set<Long>> doneAhead = new HashMap<>();

    /** Whether {@code r} was done in an earlier batch (it is read again because a task before it was not). */
    boolean doneBefore(ConsumerRecord<?, ?> r) {
        return doneAhead.getOrDefault(new TopicPartition(r.topic(), r.partition()), Set.of()).contains(r.offset());
    }

    /**
     * Settles a batch: {@code doneNow} were done in it. Returns, for each of its partitions, the next offset to read
     * and to commit: past its last record when everything up to there was done, else its first record not done.
     */
    Map<TopicPartition, Long> settle(ConsumerRecords<?, ?> records, Set<? extends ConsumerRecord<?, ?>> doneNow) {
        Map<TopicPartition, Long> next = new HashMap<>();
        for (TopicPartition p : records.partitions()) {
            List<? extends ConsumerRecord<?, ?>> batch = records.records(p);
            if (batch.isEmpty()) continue;
            Set<Long> done = new HashSet<>(doneAhead.getOrDefault(p, Set.of()));
            for (ConsumerRecord<?, ?> r : batch) if (doneNow.contains(r)) done.add(r.offset());
            long firstUndone = batch.stream().mapToLong(ConsumerRecord::offset).filter(o -> !done.contains(o)).min()
                    .orElse(batch.getLast().offset() + 1);
            done.removeIf(o -> o < firstUndone);
            if (done.isEmpty()) doneAhead.remove(p);
            else doneAhead.put(p, done);
            next.put(p, firstUndone);
        }
        return next;
    }

    /** Drops what is known of {@code partitions} (revoked or lost). */
    void forget(Collection<TopicPartition> partitions) {
        doneAhead.keySet().removeAll(partitions);
    }
}

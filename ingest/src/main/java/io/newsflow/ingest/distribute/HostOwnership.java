package io.newsflow.ingest.distribute;

import io.newsflow.ingest.settings.SourceSettings;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fetch-queue partitions this process holds right now, hence the hosts it may fetch from and the sources it
 * schedules. Updated by the consumer's rebalance callbacks, read by the scheduler: a host belongs to whichever
 * process holds its partition, and to nobody here while none is held (before the first assignment, during a
 * rebalance). Thread-safe.
 */
public final class HostOwnership {
    private final Set<Integer> owned = ConcurrentHashMap.newKeySet();
    private volatile int partitions;

    /** Takes {@code gained} partitions of a topic that has {@code partitionCount} of them. */
    void gain(Collection<Integer> gained, int partitionCount) {
        partitions = partitionCount;
        owned.addAll(gained);
    }

    void lose(Collection<Integer> lost) {
        owned.removeAll(lost);
    }

    /** Whether this process fetches from the host (or reads the files source) keyed {@code key}. */
    public boolean owns(String key) {
        int n = partitions;
        return n > 0 && owned.contains(HostKey.partition(key, n));
    }

    /** Whether this process schedules {@code source}. */
    public boolean owns(SourceSettings source) {
        return owns(HostKey.of(source));
    }

    /** The partitions held now (a copy). */
    public Set<Integer> partitions() {
        return Set.copyOf(owned);
    }
}

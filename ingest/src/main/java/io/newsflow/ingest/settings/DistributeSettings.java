package io.newsflow.ingest.settings;

import java.time.Duration;

/**
 * How several {@code newsflow ingest} processes share the sources (the {@code ingest.distribute:} section of the YAML).
 * Off by default: one process polls every source itself, as it always did. On, every fetch goes through the
 * {@code fetch-queue} topic, keyed by host, and the processes that share {@code groupId} split its partitions between
 * them: a host belongs to exactly one process at a time and moves to another when a process joins or leaves (see
 * {@code io.newsflow.ingest.distribute}).
 *
 * @param enabled         share the work through Kafka; default false
 * @param groupId         Kafka consumer group of the ingest processes that share one source list; default
 *                        {@code newsflow-ingest}
 * @param batchSize       most fetch tasks read from Kafka at once; default 500. Each host in a batch does at most 5 of
 *                        its tasks (see {@code FetchQueueWorker}), hosts in parallel, then the batch is checkpointed
 *                        and committed and the rest read again; a batch therefore lasts about 5 {@code hostDelay}s,
 *                        and should span more hosts than there are {@code fetch.threads} (a host with more pending
 *                        links than this holds up the hosts queued behind it in its partition)
 * @param maxPollInterval longest a batch may take before Kafka deems the process stuck and gives its hosts to
 *                        another one; default 5 minutes (Kafka's own default)
 */
public record DistributeSettings(boolean enabled, String groupId, int batchSize, Duration maxPollInterval) {

    public DistributeSettings {
        groupId = groupId == null ? "newsflow-ingest" : groupId.strip();
        if (groupId.isEmpty()) throw new IllegalArgumentException("ingest.distribute.groupId must not be blank");
        if (batchSize < 1) throw new IllegalArgumentException("ingest.distribute.batchSize must be >= 1, was " + batchSize);
        maxPollInterval = maxPollInterval == null ? Duration.ofMinutes(5) : maxPollInterval;
        if (maxPollInterval.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("ingest.distribute.maxPollInterval must be at least 1 s, was " + maxPollInterval);
        }
    }

    /** The defaults, as in {@code newsflow-defaults.yaml}: off. */
    public static DistributeSettings defaults() {
        return new DistributeSettings(false, null, 500, null);
    }

    /** These settings switched on (tests, benchmarks). */
    public DistributeSettings on() {
        return new DistributeSettings(true, groupId, batchSize, maxPollInterval);
    }
}

package io.newsflow.index.settings;

import java.time.Duration;

/**
 * How the index stage batches and retries writes (the {@code index.bulk:} section of newsflow's YAML).
 *
 * @param maxBytes              a bulk request is sent once its documents reach this size; default 5 MiB
 * @param flushInterval         ... or at the latest this long after the previous send (the ingester flushes on this
 *                              period); default 200 ms. It is the index stage's part of the fetch-to-searchable latency
 *                              (on average half of it); under load it costs no throughput, since a request is sent early
 *                              when full, and while one is in flight ({@code maxConcurrentRequests}) the next one grows
 *                              with what arrives meanwhile
 * @param maxConcurrentRequests bulk requests in flight at once; default 1 (the consumer waits beyond that)
 * @param retries429            retries of documents Elasticsearch answered 429 (too many requests) for, inside the bulk
 *                              ingester, before the batch counts as failed; default 5
 * @param initialBackoff        first wait before retrying (429 retries and failed batches), doubled each time; default 1 s
 * @param maxBackoff            longest wait between retries of a failed batch (Elasticsearch down, 5xx); default 30 s
 */
public record BulkSettings(long maxBytes, Duration flushInterval, int maxConcurrentRequests, int retries429,
                           Duration initialBackoff, Duration maxBackoff) {
    /** The documented defaults. */
    public static final BulkSettings DEFAULTS = new BulkSettings(5L << 20, Duration.ofMillis(200), 1, 5,
            Duration.ofSeconds(1), Duration.ofSeconds(30));

    public BulkSettings {
        if (maxBytes < 1024) throw new IllegalArgumentException("index.bulk.maxBytes must be at least 1024, was " + maxBytes);
        positive("index.bulk.flushInterval", flushInterval);
        if (maxConcurrentRequests < 1) throw new IllegalArgumentException("index.bulk.maxConcurrentRequests must be at least 1");
        if (retries429 < 0) throw new IllegalArgumentException("index.bulk.retries429 must not be negative");
        positive("index.bulk.initialBackoff", initialBackoff);
        positive("index.bulk.maxBackoff", maxBackoff);
        if (maxBackoff.compareTo(initialBackoff) < 0) throw new IllegalArgumentException("index.bulk.maxBackoff must not be below initialBackoff");
    }

    /** The same bounds with other retry waits (tests retry fast). */
    public BulkSettings withBackoff(Duration initial, Duration max) {
        return new BulkSettings(maxBytes, flushInterval, maxConcurrentRequests, retries429, initial, max);
    }

    private static void positive(String key, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) throw new IllegalArgumentException(key + " must be positive");
    }
}

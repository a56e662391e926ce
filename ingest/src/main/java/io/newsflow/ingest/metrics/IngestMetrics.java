package io.newsflow.ingest.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.search.Search;

import java.time.Duration;

/**
 * Ingest's counters, named for Prometheus ({@code newsflow_ingest_*}): fetches by kind and their latency, new
 * articles, duplicates not produced again (by kind), copies produced but marked (exact / near, by content), URLs
 * skipped as already seen, feeds unchanged (304), young pages fetched again by outcome ({@code rechecks}), failures by
 * dead-letter reason, and body bytes received.
 */
public final class IngestMetrics {
    private final MeterRegistry registry;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public MeterRegistry registry() {
        return registry;
    }

    public void fetched(String kind, long wireBytes, Duration latency) {
        Counter.builder("newsflow.ingest.fetched").description("HTTP documents fetched").tag("kind", kind).register(registry).increment();
        Counter.builder("newsflow.ingest.bytes").description("body bytes received (before decompression)").baseUnit("bytes")
                .register(registry).increment(wireBytes);
        Timer.builder("newsflow.ingest.fetch.latency").description("time to fetch one document, redirects, retries and politeness waits included")
                .tag("kind", kind).register(registry).record(latency);
    }

    public void article() {
        Counter.builder("newsflow.ingest.articles").description("new articles produced").register(registry).increment();
    }

    /** A page not produced: {@code kind} is {@code canonical} (its canonical URL was seen) or {@code content} (same text, same site). */
    public void duplicate(String kind) {
        Counter.builder("newsflow.ingest.duplicates").description("pages not produced because an earlier article is the same").tag("kind", kind)
                .register(registry).increment();
    }

    /** An article produced that copies an earlier one: {@code exact} (same text, other site) or {@code near} (SimHash). */
    public void copy(String kind) {
        Counter.builder("newsflow.ingest.copies").description("articles produced that copy an earlier one (syndication)").tag("kind", kind)
                .register(registry).increment();
    }

    public void skippedSeen() {
        Counter.builder("newsflow.ingest.seen").description("listed URLs skipped because they were already ingested").register(registry).increment();
    }

    public void notModified() {
        Counter.builder("newsflow.ingest.not.modified").description("feeds and sitemaps answered 304 Not Modified").register(registry).increment();
    }

    /** A feed or sitemap whose body was byte for byte the one read last: its last listing is used, not parsed again. */
    public void unchangedListing() {
        Counter.builder("newsflow.ingest.listing.unchanged").description("feeds and sitemaps answered with the body read last (not parsed again)")
                .register(registry).increment();
    }

    /**
     * A young article page fetched again: {@code not-modified} (304) or {@code unchanged} (same text) produced nothing,
     * {@code updated} produced its next version, {@code failed} a dead letter.
     */
    public void rechecked(String outcome) {
        Counter.builder("newsflow.ingest.rechecks").description("article pages fetched again for updates, by outcome").tag("outcome", outcome)
                .register(registry).increment();
    }

    /** How many rechecks ended with {@code outcome} (tests, the progress line). */
    public double rechecks(String outcome) {
        return count("newsflow.ingest.rechecks", "outcome", outcome);
    }

    public void failed(String reason) {
        Counter.builder("newsflow.ingest.failed").description("dead letters by reason").tag("reason", reason).register(registry).increment();
    }

    /** Sum of a counter over all its tags (for the progress line and tests). */
    public double count(String name) {
        return sum(Search.in(registry).name(name));
    }

    /** Sum of a counter over the series whose {@code tag} is {@code value}. */
    public double count(String name, String tag, String value) {
        return sum(Search.in(registry).name(name).tag(tag, value));
    }

    private static double sum(Search search) {
        return search.counters().stream().mapToDouble(Counter::count).sum();
    }

    /** The progress line printed on long runs. */
    public String progress() {
        return String.format("ingest: %.0f fetched (%.1f MB), %.0f new, %.0f duplicates, %.0f copies, %.0f already seen, %.0f unchanged feeds, "
                        + "%.0f rechecked (%.0f updated), %.0f failed",
                count("newsflow.ingest.fetched"), count("newsflow.ingest.bytes") / 1e6, count("newsflow.ingest.articles"),
                count("newsflow.ingest.duplicates"), count("newsflow.ingest.copies"), count("newsflow.ingest.seen"),
                count("newsflow.ingest.not.modified"), count("newsflow.ingest.rechecks"), rechecks("updated"), count("newsflow.ingest.failed"));
    }
}

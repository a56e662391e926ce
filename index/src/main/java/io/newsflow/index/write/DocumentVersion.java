package io.newsflow.index.write;

import io.newsflow.schemas.EnrichedArticle;

import java.time.Instant;

/**
 * The external version every document of an enriched article is written with ({@code version_type=external_gte}):
 * the article's text version in the high bits, the enrichment time (epoch milliseconds) in the low
 * {@value #TIME_BITS}. A newer text version therefore always wins, whenever either was enriched (an update enriched
 * before a replay of the first version still replaces it, and the replay is refused); among enrichments of one text
 * version, the newer enrichment wins, as before. Version 1 articles and records from before updates (version 1 by the
 * schema's default) order by enrichment time alone. Times up to the year 2109 fit the low bits; text versions up to
 * about two million the high ones.
 *
 * <p>Why {@code version << 42} and not {@code (version - 1) << 42}: the latter would give version 1 exactly the
 * versions written before text versions existed (the enrichment time alone), but documents already written with this
 * encoding hold {@code 1 << 42} and more, so under {@code external_gte} every later write of version 1 (and every
 * version 2 against a stored version 2) would be refused until those indexes were rebuilt. This encoding is above every
 * time-only version (2^42 ms is after 2109), so the step from time-only versions to it was monotonic; changing it
 * again would need another such step, not a simpler formula.
 */
public final class DocumentVersion {
    /** Bits of the enrichment time: 2^42 ms is about 139 years after 1970. */
    static final int TIME_BITS = 42;
    private static final long TIME_MASK = (1L << TIME_BITS) - 1;
    private static final int MAX_TEXT_VERSION = (1 << (63 - TIME_BITS)) - 1;

    private DocumentVersion() {}

    /** The external version of {@code a}'s documents. */
    public static long of(EnrichedArticle a) {
        return of(a.getVersion(), a.getEnrichedAt());
    }

    /** The external version of text version {@code textVersion} enriched at {@code enrichedAt}. */
    public static long of(int textVersion, Instant enrichedAt) {
        long time = Math.min(Math.max(0, enrichedAt.toEpochMilli()), TIME_MASK);
        long version = Math.min(Math.max(1, textVersion), MAX_TEXT_VERSION);
        return version << TIME_BITS | time;
    }

    /** The article's text version within an external version. */
    public static int textVersion(long external) {
        return (int) (external >>> TIME_BITS);
    }
}

package io.newsflow.ingest.settings;

import java.time.Duration;
import java.util.List;

/**
 * How ingest looks for updated articles (the {@code ingest.updates:} section of the YAML). A page is fetched again,
 * conditionally ({@code If-None-Match} / {@code If-Modified-Since}, through the same host pacing and robots.txt as any
 * fetch), when it reaches each age in {@code recheck}, counted from its first fetch; a changed text becomes the next
 * version of the same article (same id), an unchanged one produces nothing. News is corrected in its first hours, so
 * the checks thin out as the page ages and stop at {@code maxAge}.
 *
 * @param recheck  ages (since the first fetch) at which a page is fetched again, in any order; default
 *                 {@code [PT15M, PT1H, PT6H, PT24H]}; empty switches rechecks off. A check missed (ingest down) is
 *                 done once when ingest is back, not once per missed age
 * @param maxAge   no page older than this (since its first fetch) is fetched again, whatever {@code recheck} says;
 *                 default 48 hours
 * @param maxPages most pages waiting for a recheck, per ingest process; past it the pages first fetched longest ago
 *                 leave the recheck set first (they are the nearest to {@code maxAge}); default 50,000 (a few MB)
 */
public record UpdateSettings(List<Duration> recheck, Duration maxAge, int maxPages) {
    public static final List<Duration> DEFAULT_RECHECK = List.of(Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(6), Duration.ofHours(24));
    public static final Duration DEFAULT_MAX_AGE = Duration.ofHours(48);
    public static final int DEFAULT_MAX_PAGES = 50_000;

    public UpdateSettings {
        if (recheck != null) {
            for (Duration d : recheck) {
                if (d == null || d.isNegative() || d.isZero()) throw new IllegalArgumentException("ingest.updates.recheck: every age must be positive, was " + d);
            }
        }
        recheck = recheck == null ? DEFAULT_RECHECK : recheck.stream().sorted().distinct().toList();
        maxAge = maxAge == null ? DEFAULT_MAX_AGE : maxAge;
        if (maxAge.isNegative() || maxAge.isZero()) throw new IllegalArgumentException("ingest.updates.maxAge must be positive, was " + maxAge);
        if (maxPages < 1) throw new IllegalArgumentException("ingest.updates.maxPages must be >= 1, was " + maxPages);
    }

    /** The defaults, as in {@code newsflow-defaults.yaml}. */
    public static UpdateSettings defaults() {
        return new UpdateSettings(null, null, DEFAULT_MAX_PAGES);
    }

    /** Whether pages are fetched again at all: some recheck age is within {@code maxAge}. */
    public boolean enabled() {
        return !recheck.isEmpty() && recheck.getFirst().compareTo(maxAge) <= 0;
    }
}

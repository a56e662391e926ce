package io.newsflow.ingest.updates;

import io.newsflow.ingest.settings.UpdateSettings;
import io.newsflow.ingest.state.PageVersion;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a fetched article page is due to be fetched again ({@code ingest.updates}): at each age of {@code recheck}
 * counted from its first fetch, never past {@code maxAge}. The next check is the first age whose time lies after the
 * page's last fetch, so a check missed while ingest was down is done once on its return, and the ages it slept
 * through are not made up one by one. Pure: the caller passes the time.
 */
public final class RecheckSchedule {
    private final UpdateSettings settings;

    public RecheckSchedule(UpdateSettings settings) {
        this.settings = settings;
    }

    /** When {@code page} is next due; empty when it is past its last check (or rechecks are off). */
    public Optional<Instant> next(PageVersion page) {
        for (Duration age : settings.recheck()) {
            if (age.compareTo(settings.maxAge()) > 0) break;
            long at = page.firstFetchedAt() + age.toMillis();
            if (at > page.checkedAt()) return Optional.of(Instant.ofEpochMilli(at));
        }
        return Optional.empty();
    }

    /**
     * When {@code page} became due, if it is due at {@code now}: a check time has come and the page is not older than
     * {@code maxAge}; empty when it is not due.
     */
    public Optional<Instant> dueAt(PageVersion page, Instant now) {
        if (now.isAfter(Instant.ofEpochMilli(page.firstFetchedAt()).plus(settings.maxAge()))) return Optional.empty();
        return next(page).filter(at -> !at.isAfter(now));
    }

    /** Whether {@code page} is due at {@code now} ({@link #dueAt}). */
    public boolean due(PageVersion page, Instant now) {
        return dueAt(page, now).isPresent();
    }

    /** Pages first fetched before this time are past {@code maxAge} at {@code now}, never to be checked again. */
    public Instant horizon(Instant now) {
        return now.minus(settings.maxAge());
    }
}

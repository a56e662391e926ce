package io.newsflow.ingest.state;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The recheck set: canonical URLs of article pages that may still be fetched again for updates, ordered by when their
 * first version was fetched. Bounded: past {@code capacity} the page first fetched longest ago leaves (it is the
 * nearest to the end of its rechecks). Pages older than the caller's horizon are dropped when asked for the young
 * ones. Rebuilt from the state log at start, like the rest of {@link IngestState}. Thread-safe.
 */
final class YoungPages {
    private record Entry(long firstFetchedAt, String url) {}

    private static final Comparator<Entry> ORDER = Comparator.comparingLong(Entry::firstFetchedAt).thenComparing(Entry::url);

    private final int capacity;
    private final TreeSet<Entry> byAge = new TreeSet<>(ORDER);
    private final Map<String, Entry> byUrl = new HashMap<>();

    YoungPages(int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be >= 1, was " + capacity);
        this.capacity = capacity;
    }

    /** Tracks {@code seen} if it is a recheckable article page, else forgets its URL. */
    synchronized void track(SeenUrl seen) {
        Entry old = byUrl.remove(seen.url());
        if (old != null) byAge.remove(old);
        if (!seen.recheckable()) return;
        Entry e = new Entry(seen.page().firstFetchedAt(), seen.url());
        byAge.add(e);
        byUrl.put(e.url(), e);
        while (byAge.size() > capacity) byUrl.remove(byAge.pollFirst().url());
    }

    /** URLs of the pages first fetched at or after {@code since} (epoch millis), oldest first; older ones are dropped. */
    synchronized List<String> since(long since) {
        while (!byAge.isEmpty() && byAge.first().firstFetchedAt() < since) byUrl.remove(byAge.pollFirst().url());
        List<String> urls = new ArrayList<>(byAge.size());
        for (Entry e : byAge) urls.add(e.url());
        return urls;
    }

    synchronized int size() {
        return byAge.size();
    }
}

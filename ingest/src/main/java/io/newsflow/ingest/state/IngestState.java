package io.newsflow.ingest.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.ingest.settings.UpdateSettings;
import io.newsflow.schemas.NearDuplicates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Ingest's memory: seen URLs (with their content hash and SimHash, which also index exact and near duplicates) and
 * feed validators. Held in memory, rebuilt at start by replaying the {@link StateLog}; changes are queued and written
 * by {@link #checkpoint(Runnable)} only after the articles they describe are durable, so a crash re-fetches (and
 * re-sends, under the same key) at most the last unflushed batch and never marks an unsent article as seen.
 * Thread-safe.
 */
public final class IngestState implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(IngestState.class);
    static final String URL_KEY = "url|";
    /** Key prefix of a feed's or sitemap's state ({@link FeedState} as JSON) on the ingest-state topic. */
    public static final String FEED_KEY = "feed|";
    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final StateLog stateLog;
    private final ConcurrentHashMap<String, SeenUrl> urls = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, FeedState> feeds = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, SeenUrl> byContentHash = new ConcurrentHashMap<>();
    private final SimHashIndex simhashes = new SimHashIndex();
    private final Map<String, byte[]> pending = new LinkedHashMap<>();
    private final YoungPages young;

    private IngestState(StateLog stateLog, int recheckCapacity) {
        this.stateLog = stateLog;
        this.young = new YoungPages(recheckCapacity);
    }

    /** Loads the state stored in {@code stateLog}, with the default recheck set capacity. */
    public static IngestState load(StateLog stateLog) {
        return load(stateLog, UpdateSettings.DEFAULT_MAX_PAGES);
    }

    /**
     * Loads the state stored in {@code stateLog}.
     *
     * @param recheckCapacity most article pages kept for rechecks ({@code ingest.updates.maxPages})
     */
    public static IngestState load(StateLog stateLog, int recheckCapacity) {
        IngestState state = new IngestState(stateLog, recheckCapacity);
        stateLog.replay(state::apply);
        log.info("ingest state: {} seen URLs, {} feeds", state.urls.size(), state.feeds.size());
        return state;
    }

    /** A state kept only in memory (unit tests, one-off runs that need no memory). */
    public static IngestState inMemory() {
        return new IngestState(new StateLog() {
            @Override public void replay(BiConsumer<String, byte[]> entry) {}
            @Override public void append(Map<String, byte[]> entries) {}
            @Override public void close() {}
        }, UpdateSettings.DEFAULT_MAX_PAGES);
    }

    /**
     * Reads the stored state again and merges it into this one: what other processes stored since (the hosts this
     * process has just taken over) becomes known. Entries replace the ones held for the same key: the log has the
     * latest of each, this process's own included, once {@link #checkpoint(Runnable) checkpointed}.
     */
    public void restore() {
        stateLog.replay(this::apply);
        log.info("ingest state restored: {} seen URLs, {} feeds", urls.size(), feeds.size());
    }

    private void apply(String key, byte[] value) {
        try {
            if (value == null) return;
            if (key.startsWith(URL_KEY)) remember(JSON.readValue(value, SeenUrl.class));
            else if (key.startsWith(FEED_KEY)) feeds.put(key.substring(FEED_KEY.length()), JSON.readValue(value, FeedState.class));
        } catch (IOException e) {
            log.warn("skipping unreadable ingest state entry {}: {}", key, e.getMessage());
        }
    }

    private void remember(SeenUrl seen) {
        urls.put(seen.url(), seen);
        young.track(seen);
        if (SeenUrl.ARTICLE.equals(seen.status()) && seen.contentHash() != null) {
            byContentHash.putIfAbsent(seen.contentHash(), seen);
            if (seen.simhash() != null) simhashes.add(seen.simhash(), seen);
        }
    }

    public Optional<SeenUrl> seen(String canonicalUrl) {
        return Optional.ofNullable(urls.get(canonicalUrl));
    }

    public Optional<FeedState> feed(String url) {
        return Optional.ofNullable(feeds.get(url));
    }

    /** The first article produced with exactly this text. */
    public Optional<SeenUrl> sameContent(String contentHash) {
        return Optional.ofNullable(byContentHash.get(contentHash));
    }

    /** An earlier article whose SimHash is within {@link NearDuplicates#MAX_BITS} bits of {@code simhash}. */
    public Optional<SeenUrl> nearDuplicate(long simhash) {
        return simhashes.near(simhash, NearDuplicates.MAX_BITS);
    }

    public void record(SeenUrl seen) {
        remember(seen);
        queue(URL_KEY + seen.url(), seen);
    }

    public void record(FeedState feed) {
        feeds.put(feed.url(), feed);
        queue(FEED_KEY + feed.url(), feed);
    }

    private void queue(String key, Object value) {
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode ingest state " + key, e);
        }
        synchronized (pending) {
            pending.put(key, bytes);
        }
    }

    /**
     * The article pages that may still be rechecked: first fetched at or after {@code firstFetchedSince} (epoch
     * millis), oldest first, at most {@code ingest.updates.maxPages}; older ones leave the recheck set for good.
     */
    public List<SeenUrl> young(long firstFetchedSince) {
        List<SeenUrl> out = new ArrayList<>();
        for (String url : young.since(firstFetchedSince)) {
            SeenUrl seen = urls.get(url);
            if (seen != null && seen.recheckable()) out.add(seen);
        }
        return out;
    }

    /** Number of seen URLs. */
    public int size() {
        return urls.size();
    }

    /**
     * Makes the queued changes durable: takes them, runs {@code flushArticles} (which must make every article sent so
     * far durable), then writes them. Changes queued meanwhile wait for the next checkpoint.
     */
    public synchronized void checkpoint(Runnable flushArticles) {
        Map<String, byte[]> batch;
        synchronized (pending) {
            batch = new LinkedHashMap<>(pending);
            pending.clear();
        }
        flushArticles.run();
        if (!batch.isEmpty()) stateLog.append(batch);
    }

    @Override
    public void close() {
        stateLog.close();
    }
}

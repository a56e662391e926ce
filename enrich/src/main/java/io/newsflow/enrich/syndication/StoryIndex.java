package io.newsflow.enrich.syndication;

import io.newsflow.schemas.NearDuplicates;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the story an article belongs to: the first report of the same text (equal content hash) or of a near-identical
 * one (64-bit SimHashes at most {@value NearDuplicates#MAX_BITS} bits apart) seen within {@link #WINDOW}; else the article
 * starts its own story. Near duplicates are found without comparing against everything: each SimHash is split into four
 * 16-bit bands, and two hashes at most 3 bits apart share at least one band exactly (pigeonhole), so only articles in the
 * same band buckets are compared.
 *
 * <p>State lives in a Kafka Streams key-value store (changelogged, so it survives restarts): {@code a:<articleId>} →
 * entry (the article's story), {@code h:<contentHash>} → entry, {@code b<i>:<band>} → up to {@value #BUCKET_SIZE}
 * recent entries; an entry is
 * {@code storyId|articleId|simhash|epochMillis}; {@link #expire} drops what is older than the window. Not thread-safe: one
 * instance per stream task.
 */
public final class StoryIndex {
    public static final String STORE = "syndication-index";
    public static final Duration WINDOW = Duration.ofDays(7);
    static final int BANDS = 4;
    static final int BUCKET_SIZE = 20;

    private final KeyValueStore<String, String> store;

    public StoryIndex(KeyValueStore<String, String> store) {
        this.store = store;
    }

    private record Entry(String storyId, String articleId, long simhash, long millis) {
        static Entry parse(String s) {
            String[] p = s.split("\\|", 4);
            return new Entry(p[0], p[1], Long.parseLong(p[2]), Long.parseLong(p[3]));
        }

        String format() {
            return storyId + "|" + articleId + "|" + simhash + "|" + millis;
        }
    }

    /**
     * The story id for this article (its own id when it is the first report), recording it for later copies.
     * Re-processing the same article returns the same story, and so does a later version of it (an updated text, same
     * id): an article's story is decided by its first version, so an update is never a copy of its own earlier
     * version, nor moved into another story because its new text resembles one.
     */
    public String storyOf(String articleId, String contentHash, Long simhash, Instant seen) {
        long now = seen.toEpochMilli();
        String own = store.get(articleKey(articleId));
        String exact = store.get("h:" + contentHash);
        if (own != null) {
            String story = Entry.parse(own).storyId();
            boolean resent = exact != null && Entry.parse(exact).articleId().equals(articleId); // same text: nothing to record
            return resent ? story : record(story, articleId, contentHash, simhash, now); // an update records its new text
        }
        if (exact != null) {
            Entry e = Entry.parse(exact);
            if (e.articleId().equals(articleId) || now - e.millis() <= WINDOW.toMillis()) return e.storyId();
        }
        String story = simhash == null ? null : nearest(articleId, simhash, now);
        return record(story == null ? articleId : story, articleId, contentHash, simhash, now);
    }

    /** Records the article's text (hash, SimHash bands) and its story, for later copies and its own later versions. */
    private String record(String story, String articleId, String contentHash, Long simhash, long now) {
        Entry entry = new Entry(story, articleId, simhash == null ? 0 : simhash, now);
        store.put(articleKey(articleId), entry.format());
        store.put("h:" + contentHash, entry.format());
        if (simhash != null) for (int band = 0; band < BANDS; band++) add(bandKey(simhash, band), entry);
        return story;
    }

    private static String articleKey(String articleId) {
        return "a:" + articleId;
    }

    private String nearest(String articleId, long simhash, long now) {
        for (int band = 0; band < BANDS; band++) {
            String bucket = store.get(bandKey(simhash, band));
            if (bucket == null) continue;
            for (String s : bucket.split("\n")) {
                Entry e = Entry.parse(s);
                if (e.articleId().equals(articleId)) return e.storyId();
                if (now - e.millis() <= WINDOW.toMillis() && NearDuplicates.near(e.simhash(), simhash)) return e.storyId();
            }
        }
        return null;
    }

    private void add(String key, Entry entry) {
        String bucket = store.get(key);
        List<String> entries = new ArrayList<>(bucket == null ? List.of() : List.of(bucket.split("\n")));
        entries.add(entry.format());
        while (entries.size() > BUCKET_SIZE) entries.removeFirst();
        store.put(key, String.join("\n", entries));
    }

    /** Deletes what is older than {@link #WINDOW} at {@code now}: hash entries, and old entries of band buckets. */
    public void expire(Instant now) {
        long oldest = now.toEpochMilli() - WINDOW.toMillis();
        List<String> delete = new ArrayList<>();
        List<KeyValue<String, String>> rewrite = new ArrayList<>();
        try (KeyValueIterator<String, String> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, String> kv = all.next();
                List<String> kept = new ArrayList<>();
                for (String e : kv.value.split("\n")) if (Entry.parse(e).millis() >= oldest) kept.add(e);
                if (kept.isEmpty()) delete.add(kv.key);
                else if (kept.size() < kv.value.split("\n").length) rewrite.add(KeyValue.pair(kv.key, String.join("\n", kept)));
            }
        }
        delete.forEach(store::delete);
        rewrite.forEach(kv -> store.put(kv.key, kv.value));
    }

    static String bandKey(long simhash, int band) {
        return "b" + band + ":" + ((simhash >>> (16 * band)) & 0xFFFF);
    }
}

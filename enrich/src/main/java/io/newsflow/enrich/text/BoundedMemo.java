package io.newsflow.enrich.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What was worked out once from a word or phrase (its lexicon patterns, its tagger features, its last word), kept for
 * the next time it occurs. The analysis asks the same questions of the same words over and over; a memo answers them
 * from a map instead. Memory stays bounded on any input: the memo is emptied when it holds {@code capacity} keys, so
 * hostile text of endless distinct words costs recomputation, never growth. Thread-safe; {@code compute} may run more
 * than once for a key asked at the same moment by two threads, so it must be a pure function of the key.
 */
public final class BoundedMemo<K, V> {
    private final int capacity;
    private final Function<K, V> compute;
    private final Map<K, V> values = new ConcurrentHashMap<>();

    /** {@code capacity}: keys kept before the memo is emptied; {@code compute} must not return null. */
    public BoundedMemo(int capacity, Function<K, V> compute) {
        this.capacity = capacity;
        this.compute = compute;
    }

    /** The value for {@code key}, worked out on its first use (or its first since the memo was last emptied). */
    public V get(K key) {
        V value = values.get(key);
        if (value != null) return value;
        value = compute.apply(key);
        if (values.size() >= capacity) values.clear();
        values.put(key, value);
        return value;
    }
}

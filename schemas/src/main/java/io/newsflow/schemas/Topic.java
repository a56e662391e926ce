package io.newsflow.schemas;

import org.apache.kafka.common.serialization.Serde;

import java.util.Map;

/**
 * A Kafka topic together with the serdes of its keys and values, so producers, Streams and consumers cannot
 * disagree about the bytes on it, and the topic-level settings it must be created with (e.g. compaction).
 *
 * @param partitions the partitions it must be created with whatever {@code kafka.partitions} says (enrich's
 *                   story-linking topic: 1, as story linking must see every article); {@link #CONFIGURED} (0) for
 *                   the configured number, as most topics
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, Map<String, String> config, int partitions) {
    /** {@link #partitions()} of a topic created with the configured number of partitions. */
    public static final int CONFIGURED = 0;

    public Topic {
        config = Map.copyOf(config);
        if (partitions < 0) throw new IllegalArgumentException("partitions of " + name + " must be 0 (configured) or more, was " + partitions);
    }

    public Topic(String name, Serde<K> keySerde, Serde<V> valueSerde, Map<String, String> config) {
        this(name, keySerde, valueSerde, config, CONFIGURED);
    }

    public Topic(String name, Serde<K> keySerde, Serde<V> valueSerde) {
        this(name, keySerde, valueSerde, Map.of());
    }

    /** The partitions to create it with: its own fixed number, else {@code configured}. */
    public int partitionsOr(int configured) {
        return partitions == CONFIGURED ? configured : partitions;
    }

    @Override
    public String toString() {
        return name;
    }
}

package io.newsflow.schemas;

import org.apache.kafka.common.serialization.Serde;

import java.util.Map;

/**
 * A Kafka topic together with the serdes of its keys and values, so producers, Streams and consumers cannot
 * disagree about the bytes on it, and the topic-level settings it must be created with (e.g. compaction).
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, Map<String, String> config) {
    public Topic {
        config = Map.copyOf(config);
    }

    public Topic(String name, Serde<K> keySerde, Serde<V> valueSerde) {
        this(name, keySerde, valueSerde, Map.of());
    }

    @Override
    public String toString() {
        return name;
    }
}

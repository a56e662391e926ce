package io.newsflow.schemas;

import org.apache.kafka.common.serialization.Serde;

/**
 * A Kafka topic together with the serdes of its keys and values, so producers, Streams and consumers cannot
 * disagree about the bytes on it.
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {
    @Override
    public String toString() {
        return name;
    }
}

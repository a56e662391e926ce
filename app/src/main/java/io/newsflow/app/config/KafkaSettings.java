package io.newsflow.app.config;

/**
 * Kafka settings shared by every stage (the {@code kafka:} section of newsflow's YAML).
 *
 * @param bootstrapServers  {@code host:port[,host:port]}; default {@code localhost:9092}
 * @param topicPrefix       prefix of every newsflow topic; default {@code newsflow.}
 * @param partitions        partitions of topics newsflow creates; default 3
 * @param replicationFactor replication factor of topics newsflow creates; default 1 (raise it on a real cluster)
 */
public record KafkaSettings(String bootstrapServers, String topicPrefix, int partitions, int replicationFactor) {
    public KafkaSettings {
        if (bootstrapServers == null || bootstrapServers.isBlank()) throw new IllegalArgumentException("kafka.bootstrapServers must not be blank");
        if (topicPrefix == null) throw new IllegalArgumentException("kafka.topicPrefix must be set (it may be empty)");
        if (partitions < 1) throw new IllegalArgumentException("kafka.partitions must be at least 1, was " + partitions);
        if (replicationFactor < 1) throw new IllegalArgumentException("kafka.replicationFactor must be at least 1, was " + replicationFactor);
    }

}

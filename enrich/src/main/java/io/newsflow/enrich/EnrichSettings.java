package io.newsflow.enrich;

/**
 * Settings of the enrich stage (the {@code enrich:} section of newsflow's YAML; defaults in the app's {@code newsflow-defaults.yaml}).
 *
 * @param applicationId     Kafka Streams application id (consumer group, prefix of internal topics); default
 *                          {@code newsflow-enrich}
 * @param stateDir          local state directory; keep it on persistent disk in production
 * @param threads           stream threads; default 1
 * @param replicationFactor replication factor of internal topics; 1 for a one-broker dev stack, 3 in production
 */
public record EnrichSettings(String applicationId, String stateDir, int threads, int replicationFactor) {

    public EnrichSettings {
        if (applicationId == null || applicationId.isBlank()) throw new IllegalArgumentException("enrich.applicationId must not be blank");
        if (stateDir == null || stateDir.isBlank()) throw new IllegalArgumentException("enrich.stateDir must not be blank");
        if (threads < 1) throw new IllegalArgumentException("enrich.threads must be at least 1, was " + threads);
        if (replicationFactor < 1) throw new IllegalArgumentException("enrich.replicationFactor must be at least 1, was " + replicationFactor);
    }
}

package io.newsflow.enrich;

import io.newsflow.enrich.relevance.WatchProfile;

import java.util.List;

/**
 * Settings of the enrich stage (the {@code enrich:} section of newsflow's YAML; defaults in the app's {@code newsflow-defaults.yaml}).
 *
 * @param applicationId     Kafka Streams application id (consumer group, prefix of internal topics); default
 *                          {@code newsflow-enrich}
 * @param stateDir          local state directory; keep it on persistent disk in production
 * @param threads           stream threads; default 1
 * @param replicationFactor replication factor of internal topics; 1 for a one-broker dev stack, 3 in production
 * @param profiles          watch profiles relevance is scored against; default: {@code russia-armenia}
 * @param metricsPort       port of {@code GET /health} and Prometheus {@code /metrics} while {@code newsflow enrich} runs;
 *                          0 = off (default)
 */
public record EnrichSettings(String applicationId, String stateDir, int threads, int replicationFactor, List<WatchProfile> profiles,
                             int metricsPort) {

    /** Settings without the health and metrics endpoint. */
    public EnrichSettings(String applicationId, String stateDir, int threads, int replicationFactor, List<WatchProfile> profiles) {
        this(applicationId, stateDir, threads, replicationFactor, profiles, 0);
    }

    /** Settings with the default watch profile. */
    public EnrichSettings(String applicationId, String stateDir, int threads, int replicationFactor) {
        this(applicationId, stateDir, threads, replicationFactor, List.of(WatchProfile.russiaArmenia()));
    }

    public EnrichSettings {
        if (applicationId == null || applicationId.isBlank()) throw new IllegalArgumentException("enrich.applicationId must not be blank");
        if (stateDir == null || stateDir.isBlank()) throw new IllegalArgumentException("enrich.stateDir must not be blank");
        if (threads < 1) throw new IllegalArgumentException("enrich.threads must be at least 1, was " + threads);
        if (replicationFactor < 1) throw new IllegalArgumentException("enrich.replicationFactor must be at least 1, was " + replicationFactor);
        if (metricsPort < 0 || metricsPort > 65535) throw new IllegalArgumentException("enrich.metricsPort must be 0..65535, was " + metricsPort);
        profiles = profiles == null ? List.of(WatchProfile.russiaArmenia()) : List.copyOf(profiles);
    }
}

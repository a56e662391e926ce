package io.newsflow.enrich;

import io.newsflow.enrich.events.EventCoder;
import io.newsflow.enrich.relevance.WatchProfile;

import java.time.Duration;
import java.util.List;

/**
 * Settings of the enrich stage (the {@code enrich:} section of newsflow's YAML; defaults in the app's {@code newsflow-defaults.yaml}).
 *
 * @param applicationId     Kafka Streams application id of story linking (consumer group, prefix of the internal
 *                          topics: the stores' changelogs); the analysis runs as {@link #analysisApplicationId()};
 *                          default {@code newsflow-enrich}
 * @param stateDir          local state directory; keep it on persistent disk in production
 * @param threads           the analysis application's stream threads (story linking always has one); default 1
 * @param replicationFactor replication factor of internal topics; 1 for a one-broker dev stack, 3 in production
 * @param profiles          watch profiles relevance is scored against; default: {@code russia-armenia}
 * @param metricsPort       port of {@code GET /health} and Prometheus {@code /metrics} while {@code newsflow enrich} runs;
 *                          0 = off (default)
 * @param minConfidence     events at or above this confidence are {@code confident}: shown by search, the dashboards,
 *                          alerts and the daily pair counts; null (default): the calibrated threshold
 *                          ({@link EventCoder#CONFIDENT}, held-back precision 0.83 on the dev sets' check part). Higher trades
 *                          events shown for precision (docs/events.md has the table)
 * @param commitInterval    how often both Streams applications commit their transaction (Streams'
 *                          {@code commit.interval.ms}); an enriched article becomes readable downstream only then.
 *                          null (default): Streams' own, 100 ms under exactly-once. Longer commits less often, which
 *                          costs less CPU per article and adds up to the interval to every article's latency
 *                          (docs/operations.md has the measurement)
 */
public record EnrichSettings(String applicationId, String stateDir, int threads, int replicationFactor, List<WatchProfile> profiles,
                             int metricsPort, Double minConfidence, Duration commitInterval) {

    /** Settings without the health and metrics endpoint, with the calibrated threshold and Streams' commit interval. */
    public EnrichSettings(String applicationId, String stateDir, int threads, int replicationFactor, List<WatchProfile> profiles) {
        this(applicationId, stateDir, threads, replicationFactor, profiles, 0, null, null);
    }

    /** Settings with the default watch profile. */
    public EnrichSettings(String applicationId, String stateDir, int threads, int replicationFactor) {
        this(applicationId, stateDir, threads, replicationFactor, List.of(WatchProfile.russiaArmenia()));
    }

    /** Suffix of the analysis application's id, after {@link #applicationId()}. */
    public static final String ANALYSIS_SUFFIX = "-analysis";

    /**
     * The analysis application's id ({@code <applicationId>-analysis}): the consumer group that reads raw-articles.
     * Story linking keeps the configured id itself because it holds every store, so a stage upgraded from the single
     * application of before keeps its stores' changelogs (their names start with the id); the analysis holds none.
     */
    public String analysisApplicationId() {
        return applicationId + ANALYSIS_SUFFIX;
    }

    /** The story-linking application's id: {@link #applicationId()}, see {@link #analysisApplicationId()} for why. */
    public String storiesApplicationId() {
        return applicationId;
    }

    public EnrichSettings {
        if (applicationId == null || applicationId.isBlank()) throw new IllegalArgumentException("enrich.applicationId must not be blank");
        if (stateDir == null || stateDir.isBlank()) throw new IllegalArgumentException("enrich.stateDir must not be blank");
        if (threads < 1) throw new IllegalArgumentException("enrich.threads must be at least 1, was " + threads);
        if (replicationFactor < 1) throw new IllegalArgumentException("enrich.replicationFactor must be at least 1, was " + replicationFactor);
        if (metricsPort < 0 || metricsPort > 65535) throw new IllegalArgumentException("enrich.metricsPort must be 0..65535, was " + metricsPort);
        profiles = profiles == null ? List.of(WatchProfile.russiaArmenia()) : List.copyOf(profiles);
        if (minConfidence != null) EventCoder.requireThreshold(minConfidence, "enrich.minConfidence");
        if (commitInterval != null && commitInterval.toMillis() < 1) {
            throw new IllegalArgumentException("enrich.commitInterval must be at least a millisecond, was " + commitInterval);
        }
    }

    /** The confidence at or above which events are {@code confident}: {@link #minConfidence()}, else the calibrated one. */
    public double confidentAt() {
        return minConfidence != null ? minConfidence : EventCoder.CONFIDENT;
    }
}

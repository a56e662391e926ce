package io.newsflow.index.settings;


import java.time.Duration;
import java.util.List;

/**
 * Settings of the index stage (the {@code index:} section of newsflow's YAML; defaults in the app's {@code newsflow-defaults.yaml}).
 *
 * <p>Documents go to time-based indexes named {@code <alias>-<period>} (for instance {@code newsflow-articles-2025.05}),
 * all joined to a read alias named after {@code articlesIndex} / {@code eventsIndex}; dashboards and {@code curl} use the
 * alias, old months are dropped by deleting their index.
 *
 * @param hosts          Elasticsearch base URLs (several for a cluster; {@code https://} for TLS); default {@code http://localhost:9200}
 * @param apiKey         API key (base64, as Elasticsearch issues it), or null; never logged
 * @param username       basic-auth user, or null
 * @param password       basic-auth password, or null; never logged
 * @param articlesIndex  alias (and name prefix) of the article indexes; default {@code newsflow-articles}
 * @param eventsIndex    alias (and name prefix) of the event indexes; default {@code newsflow-events}
 * @param period         how much time one index holds: {@code MONTH} (default) or {@code YEAR}
 * @param shards         primary shards of new indices; default 1
 * @param replicas       replicas of new indices; 0 only for a one-node dev cluster, default 1
 * @param batchSize      most records per Kafka poll and most operations per bulk request; default 500
 * @param requestTimeout how long one Elasticsearch request may take; default 30 s
 * @param groupId        Kafka consumer group of the indexer; default {@code newsflow-index}
 * @param bulk           bulk ingester bounds and retry backoff
 * @param serve          the HTTP search API of {@code newsflow serve}
 * @param alerts         saved searches reported by {@code newsflow alerts}
 * @param metricsPort    port of {@code GET /health} and Prometheus {@code /metrics} while {@code newsflow index} runs;
 *                       0 (default) = off
 */
public record IndexSettings(List<String> hosts, String apiKey, String username, String password, String articlesIndex,
                            String eventsIndex, IndexPeriod period, int shards, int replicas, int batchSize,
                            Duration requestTimeout, String groupId, BulkSettings bulk, ServeSettings serve,
                            AlertSettings alerts, int metricsPort) {

    public IndexSettings {
        if (hosts == null || hosts.isEmpty()) throw new IllegalArgumentException("index.hosts must name at least one Elasticsearch URL");
        hosts = List.copyOf(hosts);
        requireName("index.articlesIndex", articlesIndex);
        requireName("index.eventsIndex", eventsIndex);
        if (articlesIndex.equals(eventsIndex)) throw new IllegalArgumentException("index.articlesIndex and index.eventsIndex must differ");
        if (period == null) throw new IllegalArgumentException("index.period must be MONTH or YEAR");
        if (shards < 1) throw new IllegalArgumentException("index.shards must be at least 1, was " + shards);
        if (replicas < 0) throw new IllegalArgumentException("index.replicas must not be negative, was " + replicas);
        if (batchSize < 1) throw new IllegalArgumentException("index.batchSize must be at least 1, was " + batchSize);
        if (requestTimeout == null || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("index.requestTimeout must be positive");
        }
        if (groupId == null || groupId.isBlank()) throw new IllegalArgumentException("index.groupId must not be blank");
        if ((username == null) != (password == null)) throw new IllegalArgumentException("index.username and index.password go together");
        if (bulk == null) throw new IllegalArgumentException("index.bulk must be set");
        if (serve == null) throw new IllegalArgumentException("index.serve must be set");
        if (alerts == null) throw new IllegalArgumentException("index.alerts must be set");
        if (metricsPort < 0 || metricsPort > 65535) throw new IllegalArgumentException("index.metricsPort must be 0..65535, was " + metricsPort);
    }

    /**
     * Settings for a one-node dev or test cluster: no credentials, zero replicas, monthly indexes, default bulk and
     * serve settings; {@code prefix} names the aliases ({@code <prefix>articles}, {@code <prefix>events}).
     */
    public static IndexSettings local(String url, String prefix, String groupId) {
        return new IndexSettings(List.of(url), null, null, null, prefix + "articles", prefix + "events", IndexPeriod.MONTH,
                1, 0, 500, Duration.ofSeconds(30), groupId, BulkSettings.DEFAULTS, ServeSettings.DEFAULTS,
                AlertSettings.DEFAULTS, 0);
    }

    /** The same settings against other hosts (the dev stack's URL, say). */
    public IndexSettings withHosts(List<String> newHosts) {
        return new IndexSettings(newHosts, apiKey, username, password, articlesIndex, eventsIndex, period, shards, replicas,
                batchSize, requestTimeout, groupId, bulk, serve, alerts, metricsPort);
    }

    /** The same settings for a one-node dev cluster: these hosts, no credentials, zero replicas. */
    public IndexSettings forDevCluster(String url) {
        return new IndexSettings(List.of(url), null, null, null, articlesIndex, eventsIndex, period, shards, 0,
                batchSize, requestTimeout, groupId, bulk, serve, alerts, metricsPort);
    }

    /** The same settings with other bulk bounds (tests use small batches). */
    public IndexSettings withBulk(BulkSettings newBulk) {
        return new IndexSettings(hosts, apiKey, username, password, articlesIndex, eventsIndex, period, shards, replicas,
                batchSize, requestTimeout, groupId, newBulk, serve, alerts, metricsPort);
    }

    /** The same settings with another HTTP API address. */
    public IndexSettings withServe(ServeSettings newServe) {
        return new IndexSettings(hosts, apiKey, username, password, articlesIndex, eventsIndex, period, shards, replicas,
                batchSize, requestTimeout, groupId, bulk, newServe, alerts, metricsPort);
    }

    /** The same settings with other saved searches. */
    public IndexSettings withAlerts(AlertSettings newAlerts) {
        return new IndexSettings(hosts, apiKey, username, password, articlesIndex, eventsIndex, period, shards, replicas,
                batchSize, requestTimeout, groupId, bulk, serve, newAlerts, metricsPort);
    }

    private static void requireName(String key, String name) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException(key + " must not be blank");
        if (!name.equals(name.toLowerCase(java.util.Locale.ROOT)) || name.contains("*") || name.contains(",")) {
            throw new IllegalArgumentException(key + " must be a lower-case index name without '*' or ',', was " + name);
        }
    }

    /** Secrets masked: settings get logged, credentials must not be. */
    @Override
    public String toString() {
        return "IndexSettings[hosts=" + hosts + ", apiKey=" + (apiKey == null ? "none" : "***") + ", username=" + username
                + ", password=" + (password == null ? "none" : "***") + ", articlesIndex=" + articlesIndex
                + ", eventsIndex=" + eventsIndex + ", period=" + period + ", shards=" + shards + ", replicas=" + replicas
                + ", batchSize=" + batchSize + ", requestTimeout=" + requestTimeout + ", groupId=" + groupId
                + ", bulk=" + bulk + ", serve=" + serve + ", alerts=" + alerts.watches().size() + " watches]";
    }
}

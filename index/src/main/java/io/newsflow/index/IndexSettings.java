package io.newsflow.index;

import java.time.Duration;
import java.util.List;

/**
 * Settings of the index stage (the {@code index:} section of newsflow's YAML; defaults in the app's {@code newsflow-defaults.yaml}).
 *
 * @param hosts          Elasticsearch base URLs; default {@code http://localhost:9200}
 * @param apiKey         API key (base64, as Elasticsearch issues it), or null; never logged
 * @param username       basic-auth user, or null
 * @param password       basic-auth password, or null; never logged
 * @param articlesIndex  name of the articles index; default {@code newsflow-articles}
 * @param shards         primary shards of new indices; default 1
 * @param replicas       replicas of new indices; 0 only for a one-node dev cluster, default 1
 * @param batchSize      most records per bulk request; default 500
 * @param requestTimeout how long one Elasticsearch request may take; default 30 s
 * @param groupId        Kafka consumer group of the indexer; default {@code newsflow-index}
 */
public record IndexSettings(List<String> hosts, String apiKey, String username, String password, String articlesIndex,
                            int shards, int replicas, int batchSize, Duration requestTimeout, String groupId) {


    public IndexSettings {
        if (hosts == null || hosts.isEmpty()) throw new IllegalArgumentException("index.hosts must name at least one Elasticsearch URL");
        hosts = List.copyOf(hosts);
        if (articlesIndex == null || articlesIndex.isBlank()) throw new IllegalArgumentException("index.articlesIndex must not be blank");
        if (shards < 1) throw new IllegalArgumentException("index.shards must be at least 1, was " + shards);
        if (replicas < 0) throw new IllegalArgumentException("index.replicas must not be negative, was " + replicas);
        if (batchSize < 1) throw new IllegalArgumentException("index.batchSize must be at least 1, was " + batchSize);
        if (requestTimeout == null || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("index.requestTimeout must be positive");
        }
        if (groupId == null || groupId.isBlank()) throw new IllegalArgumentException("index.groupId must not be blank");
        if ((username == null) != (password == null)) throw new IllegalArgumentException("index.username and index.password go together");
    }

    /** The same settings against other hosts (the dev stack's URL, say). */
    public IndexSettings withHosts(List<String> newHosts) {
        return new IndexSettings(newHosts, apiKey, username, password, articlesIndex, shards, replicas, batchSize, requestTimeout, groupId);
    }

    /** Secrets masked: settings get logged, credentials must not be. */
    @Override
    public String toString() {
        return "IndexSettings[hosts=" + hosts + ", apiKey=" + (apiKey == null ? "none" : "***") + ", username=" + username
                + ", password=" + (password == null ? "none" : "***") + ", articlesIndex=" + articlesIndex + ", shards=" + shards
                + ", replicas=" + replicas + ", batchSize=" + batchSize + ", requestTimeout=" + requestTimeout + ", groupId=" + groupId + "]";
    }
}

package io.newsflow.app.config;

import io.newsflow.enrich.EnrichSettings;
import io.newsflow.index.settings.IndexSettings;
import io.newsflow.ingest.settings.IngestSettings;
import io.newsflow.schemas.Topics;

/**
 * newsflow's whole configuration: one YAML file, one section per stage, bound once at start into these validated,
 * immutable records. Defaults live in {@code newsflow-defaults.yaml} (bundled, documented); see {@link ConfigLoader}.
 */
public record NewsflowConfig(KafkaSettings kafka, IngestSettings ingest, EnrichSettings enrich, IndexSettings index) {
    public NewsflowConfig {
        if (kafka == null || ingest == null || enrich == null || index == null) {
            throw new IllegalArgumentException("configuration needs the sections kafka, ingest, enrich and index");
        }
    }

    public Topics topics() {
        return Topics.withPrefix(kafka.topicPrefix());
    }

    /** This configuration pointed at a dev stack: its broker and node, one replica, its own state dir. */
    public NewsflowConfig forDevStack(String bootstrapServers, String elasticsearchUrl, String stateDir) {
        return new NewsflowConfig(
                new KafkaSettings(bootstrapServers, kafka.topicPrefix(), kafka.partitions(), 1),
                ingest,
                new EnrichSettings(enrich.applicationId(), stateDir, enrich.threads(), 1, enrich.profiles(), enrich.metricsPort(),
                        enrich.minConfidence(), enrich.commitInterval()),
                index.forDevCluster(elasticsearchUrl));
    }
}

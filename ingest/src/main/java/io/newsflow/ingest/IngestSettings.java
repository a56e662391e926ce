package io.newsflow.ingest;

/**
 * Settings of the ingest stage (the {@code ingest:} section of newsflow's YAML; defaults in the app's {@code newsflow-defaults.yaml}).
 *
 * @param source       name recorded as {@code source} on every article of this run; default {@code files}
 * @param maxFileBytes largest file accepted, after decompression, in bytes; default 10 MiB
 */
public record IngestSettings(String source, long maxFileBytes) {

    public IngestSettings {
        if (source == null || source.isBlank()) throw new IllegalArgumentException("ingest.source must not be blank");
        if (maxFileBytes <= 0) throw new IllegalArgumentException("ingest.maxFileBytes must be positive, was " + maxFileBytes);
    }
}

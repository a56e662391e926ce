package io.newsflow.ingest.settings;


import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Settings of the ingest stage (the {@code ingest:} section of newsflow's YAML; defaults in the app's {@code newsflow-defaults.yaml}).
 *
 * @param source        name recorded as {@code source} on articles read from files named on the command line; default {@code files}
 * @param maxFileBytes  largest file accepted, after decompression, in bytes; default 10 MiB
 * @param fetch         HTTP limits, politeness and the address guard; see {@link FetchSettings}
 * @param sources       the configured feeds, sitemaps, sites, URLs and folders; default none
 * @param progressEvery how often a long run logs its progress line; default 30 s
 * @param metricsPort   port of the Prometheus {@code /metrics} endpoint while {@code newsflow ingest} runs; 0 = off (default)
 * @param distribute    sharing the sources between several ingest processes through Kafka; off by default, see
 *                      {@link DistributeSettings}
 * @param updates       fetching young pages again to find updated articles; on by default, see {@link UpdateSettings}
 */
public record IngestSettings(String source, long maxFileBytes, FetchSettings fetch, List<SourceSettings> sources,
                             Duration progressEvery, int metricsPort, DistributeSettings distribute, UpdateSettings updates) {

    public IngestSettings {
        if (source == null || source.isBlank()) throw new IllegalArgumentException("ingest.source must not be blank");
        if (maxFileBytes <= 0) throw new IllegalArgumentException("ingest.maxFileBytes must be positive, was " + maxFileBytes);
        fetch = fetch == null ? FetchSettings.defaults() : fetch;
        sources = sources == null ? List.of() : List.copyOf(sources);
        Set<String> names = new HashSet<>();
        for (SourceSettings s : sources) {
            if (!names.add(s.name())) throw new IllegalArgumentException("ingest.sources: the name " + s.name() + " is used twice");
        }
        progressEvery = progressEvery == null ? Duration.ofSeconds(30) : progressEvery;
        if (progressEvery.isNegative() || progressEvery.isZero()) throw new IllegalArgumentException("ingest.progressEvery must be positive");
        if (metricsPort < 0 || metricsPort > 65535) throw new IllegalArgumentException("ingest.metricsPort must be 0..65535, was " + metricsPort);
        distribute = distribute == null ? DistributeSettings.defaults() : distribute;
        updates = updates == null ? UpdateSettings.defaults() : updates;
    }

    /** File-ingest settings with everything else at its default. */
    public IngestSettings(String source, long maxFileBytes) {
        this(source, maxFileBytes, null, null, null, 0, null, null);
    }

    /** These settings with other sources and fetch settings (the demo, tests). */
    public IngestSettings with(List<SourceSettings> newSources, FetchSettings newFetch) {
        return new IngestSettings(source, maxFileBytes, newFetch, newSources, progressEvery, metricsPort, distribute, updates);
    }

    /** These settings recording {@code name} as the source of files. */
    public IngestSettings withSource(String name) {
        return new IngestSettings(name, maxFileBytes, fetch, sources, progressEvery, metricsPort, distribute, updates);
    }

    /** These settings with other update settings (tests). */
    public IngestSettings with(UpdateSettings newUpdates) {
        return new IngestSettings(source, maxFileBytes, fetch, sources, progressEvery, metricsPort, distribute, newUpdates);
    }

    /** These settings with other distribution settings (tests). */
    public IngestSettings with(DistributeSettings newDistribute) {
        return new IngestSettings(source, maxFileBytes, fetch, sources, progressEvery, metricsPort, newDistribute, updates);
    }
}

package io.newsflow.demo.bench;

import io.newsflow.devstack.site.LoopbackNewsSite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The configuration file each stage process of the benchmark reads: production defaults except what a benchmark on
 * one machine needs. Every host of the site is a feed source polled every {@code feedInterval}; the per-host delay is
 * {@value #HOST_DELAY} instead of a second (the site is ours; the production delay would make the fetcher, not the
 * pipeline, the bottleneck: 125 articles per host at 1 s each); topics, groups and indexes carry a {@value #PREFIX}
 * prefix so nothing collides with other data. With more than one ingest process the hosts are shared through the
 * fetch queue ({@code ingest.distribute}).
 */
final class StageConfigs {
    static final String PREFIX = "bench.";
    static final String HOST_DELAY = "PT0.02S";
    static final String ARTICLES_INDEX = "bench-articles";

    private StageConfigs() {}

    /** Writes {@code <dir>/<process>.yaml} and returns it; {@code process} also names enrich's state directory. */
    static Path write(Path dir, String process, LoopbackNewsSite site, BenchSettings settings) throws IOException {
        StringBuilder sources = new StringBuilder();
        for (String host : site.hosts()) {
            sources.append("    - {name: host-%s, type: feed, url: \"%s\", interval: %s, maxArticles: 1000}\n"
                    .formatted(host, site.feedUrl(host), settings.feedInterval()));
        }
        String yaml = """
                kafka:
                  topicPrefix: "%s"
                  partitions: %d
                ingest:
                  progressEvery: PT10S
                  fetch:
                    userAgent: "newsflow-bench-%s (benchmark)"
                    hostDelay: %s
                    retryBackoff: PT0.2S
                    allowHosts: [%s]
                  distribute:
                    enabled: %s
                    groupId: bench-ingest
                  sources:
                %s
                enrich:
                  applicationId: bench-enrich
                  stateDir: "%s"
                index:
                  articlesIndex: %s
                  eventsIndex: bench-events
                  replicas: 0
                  groupId: bench-index
                """.formatted(PREFIX, settings.partitions(), process, HOST_DELAY, String.join(", ", site.allowHosts()),
                settings.ingest() > 1, sources, dir.resolve(process + "-state").toAbsolutePath(), ARTICLES_INDEX);
        return Files.writeString(dir.resolve(process + ".yaml"), yaml);
    }
}

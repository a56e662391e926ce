package io.newsflow.demo;

import io.newsflow.devstack.site.LoopbackNewsSite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The configuration file of one stage process in a multi-process run (ScaleOutIT, the benchmark): production defaults
 * except what a run on one machine against a {@link LoopbackNewsSite} needs. Everything the run creates is named after
 * {@code run} so that nothing collides with other data: topics {@code <run>.*}, groups {@code <run>-ingest},
 * {@code <run>-enrich}, {@code <run>-index}, indexes {@code <run>-articles} and {@code <run>-events}. Every host of the
 * site is a feed source polled every {@code feedInterval}; the per-host delay is {@value #HOST_DELAY} instead of a
 * second (the site is ours, and the production delay would make politeness, not the pipeline, the bottleneck); each
 * process's User-Agent is {@code newsflow-<run>-<process> (...)}, so the site can tell who fetched what.
 *
 * @param run          the run's name (e.g. {@code scaleout}, {@code bench})
 * @param partitions   partitions of the topics
 * @param feedInterval time between two polls of one feed
 * @param distribute   whether ingest processes share the hosts through the fetch queue ({@code ingest.distribute})
 * @param commitInterval enrich's {@code enrich.commitInterval}, or null for the default
 */
public record StageConfigFile(String run, int partitions, Duration feedInterval, boolean distribute, Duration commitInterval) {
    public static final String HOST_DELAY = "PT0.02S";

    /** Enrich with the default commit interval. */
    public StageConfigFile(String run, int partitions, Duration feedInterval, boolean distribute) {
        this(run, partitions, feedInterval, distribute, null);
    }

    /** The topic prefix, {@code <run>.}. */
    public String topicPrefix() {
        return run + ".";
    }

    /** The articles index (an alias over the monthly indexes). */
    public String articlesIndex() {
        return run + "-articles";
    }

    /**
     * Writes {@code <dir>/<process>.yaml} and returns it; {@code process} also names the User-Agent and enrich's state
     * directory ({@code <dir>/<process>-state}).
     */
    public Path write(Path dir, String process, LoopbackNewsSite site) throws IOException {
        StringBuilder sources = new StringBuilder();
        for (String host : site.hosts()) {
            sources.append("    - {name: host-%s, type: feed, url: \"%s\", interval: %s, maxArticles: 1000}\n"
                    .formatted(host, site.feedUrl(host), feedInterval));
        }
        String yaml = """
                kafka:
                  topicPrefix: "%1$s."
                  partitions: %2$d
                ingest:
                  progressEvery: PT10S
                  fetch:
                    userAgent: "newsflow-%1$s-%3$s (multi-process run)"
                    hostDelay: %4$s
                    retryBackoff: PT0.2S
                    threads: 4
                    allowHosts: [%5$s]
                  distribute:
                    enabled: %6$s
                    groupId: %1$s-ingest
                  sources:
                %7$s
                enrich:
                  applicationId: %1$s-enrich
                  stateDir: "%8$s"
                  commitInterval: %9$s
                index:
                  articlesIndex: %1$s-articles
                  eventsIndex: %1$s-events
                  replicas: 0
                  groupId: %1$s-index
                """.formatted(run, partitions, process, HOST_DELAY, String.join(", ", site.allowHosts()), distribute, sources,
                dir.resolve(process + "-state").toAbsolutePath(), commitInterval == null ? "null" : commitInterval.toString());
        return Files.writeString(dir.resolve(process + ".yaml"), yaml);
    }
}

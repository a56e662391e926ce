package io.newsflow.demo.bench;

import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.demo.StageConfigFile;
import io.newsflow.demo.bench.BenchReport.ProcessUse;
import io.newsflow.devstack.site.LoopbackNewsSite;

import java.nio.file.Path;
import java.util.List;

/**
 * Where the benchmark runs the pipeline ({@code bench.shape}): {@link SeparateProcesses} (the production shape:
 * Kafka, Elasticsearch and each stage a JVM of its own) or {@link OneJvm} (what {@code ./newsflow demo} does: the
 * embedded stack and the three stages in one JVM). The benchmark's phases, watchers and check are the same for both.
 */
interface Deployment extends AutoCloseable {

    /** Starts Kafka and Elasticsearch, then index, enrich and ingest, each configured by {@code config} for {@code site}. */
    void start(StageConfigFile config, LoopbackNewsSite site, BenchSettings settings) throws Exception;

    /** The configuration of the running pipeline, pointed at its services: what the benchmark's own watchers use. */
    NewsflowConfig clients();

    /** Fails when a part of the pipeline stopped (a process exited, a stage failed). */
    void assertAlive();

    /** Heap, peak resident memory and CPU time of every JVM of the deployment, read now. */
    List<ProcessUse> use();

    /** The shape {@code bench.shape} names: {@code processes} (the default) or {@code one-jvm}. */
    static Deployment of(String shape, Path out) {
        return switch (shape) {
            case "processes" -> new SeparateProcesses(out);
            case "one-jvm" -> new OneJvm(out);
            default -> throw new IllegalArgumentException("bench.shape is processes or one-jvm, was " + shape);
        };
    }
}

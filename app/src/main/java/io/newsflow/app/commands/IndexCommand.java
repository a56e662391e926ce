package io.newsflow.app.commands;

import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.app.health.StageEndpoint;
import io.newsflow.app.pipeline.Pipeline;
import io.newsflow.index.stage.IndexStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintStream;
import java.util.concurrent.Callable;

/**
 * {@code newsflow index [-c FILE]}: the indexer until Ctrl-C, with {@code /health} and {@code /metrics} on
 * {@code index.metricsPort} when set ({@link StageEndpoint}). Says "running" only once the stage runs: an unreachable
 * Elasticsearch or Kafka fails the start, with what to set. Exit codes: 0 after Ctrl-C; 1 when the stage cannot start
 * or stops on an error it cannot retry; 2 for a configuration error.
 */
@Command(name = "index", header = "Runs the index stage (Kafka -> Elasticsearch) until Ctrl-C.", mixinStandardHelpOptions = true,
        description = "Runs the index stage (enriched-articles topic -> Elasticsearch) until Ctrl-C.")
public final class IndexCommand implements Callable<Integer> {
    @Mixin ConfigOption config;
    PrintStream out = System.out;

    @Override
    public Integer call() throws Exception {
        NewsflowConfig settings = config.load();
        Pipeline pipeline = new Pipeline(settings);
        IndexStage stage = RunUntilStopped.startOrClose(pipeline, pipeline::startIndexer);
        AutoCloseable endpoint = RunUntilStopped.startOrClose(pipeline,
                () -> StageEndpoint.forStage("index", settings.index().metricsPort(), settings, () -> StageEndpoint.of(stage.health()), out));
        out.println("index running; Ctrl-C to stop");
        Throwable failure = RunUntilStopped.await(() -> {
            try (endpoint) {
                pipeline.close();
            }
        }, () -> stage.health().failure(), out);
        if (failure != null) System.err.println("index stopped: " + failure);
        return failure == null ? 0 : 1;
    }
}

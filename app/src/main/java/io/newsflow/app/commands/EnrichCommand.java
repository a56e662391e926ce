package io.newsflow.app.commands;

import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.app.health.StageEndpoint;
import io.newsflow.app.pipeline.Pipeline;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.EnrichStage;
import io.newsflow.enrich.EnrichTopology;
import io.newsflow.schemas.stage.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/**
 * {@code newsflow enrich [-c FILE] [--describe]}: the enrich stage's two Streams applications until Ctrl-C, with {@code /health} and
 * {@code /metrics} on {@code enrich.metricsPort} when set ({@link StageEndpoint}). Exit codes: 0 after
 * Ctrl-C or {@code --describe}; 1 when either Streams application stops on an error (the other is stopped with it); 2 for a configuration error.
 */
@Command(name = "enrich", header = "Runs the enrich stage (actors, events, relevance) until Ctrl-C.", mixinStandardHelpOptions = true,
        description = {"Runs the enrich stage (Kafka Streams, exactly-once) until Ctrl-C: actors, events, relevance, story links;",
                "writes enriched articles, events and daily actor-pair counts. --describe prints the topologies",
                "of its two Streams applications (analysis, story linking)."})
public final class EnrichCommand implements Callable<Integer> {
    @Mixin ConfigOption config;

    @Option(names = "--describe", description = "Print the topology (sources, processors, stores, sinks) and exit.")
    boolean describe;

    @Override
    public Integer call() throws Exception {
        NewsflowConfig settings = config.load();
        if (describe) {
            System.out.println(EnrichTopology.describe(settings.topics(), ArticleEnricher.bundled(settings.enrich())));
            return 0;
        }
        Pipeline pipeline = new Pipeline(settings);
        EnrichStage stage = RunUntilStopped.startOrClose(pipeline, () -> {
            pipeline.createTopics();
            return pipeline.startEnrich();
        });
        AutoCloseable endpoint = endpoint(settings, stage);
        System.out.println("enrich running; Ctrl-C to stop");
        Throwable failure = RunUntilStopped.await(() -> {
            try (endpoint) {
                pipeline.close();
            }
        }, () -> stage.health().failure(), System.out);
        if (failure != null) System.err.println(failure.getMessage());
        return failure == null ? 0 : 1;
    }

    /** {@code /health} and {@code /metrics} on enrich.metricsPort, or nothing to close when it is 0. */
    private static AutoCloseable endpoint(NewsflowConfig settings, EnrichStage stage) throws java.io.IOException {
        return StageEndpoint.forStage("enrich", settings.enrich().metricsPort(), settings, () -> {
            String state = stage.state(); // both Streams applications'
            boolean up = stage.health().status() == Stage.Status.RUNNING; // the stage's own rule: up only while both run
            return new StageEndpoint.Health(up, stage.stateDiskLow() ? state + ", state disk low" : state);
        }, System.out);
    }
}

package io.newsflow.app.commands;

import io.newsflow.app.pipeline.IndexerLoop;
import io.newsflow.app.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/**
 * {@code newsflow index [-c FILE]}: the indexer until Ctrl-C. Exit codes: 0 after Ctrl-C; 1 when the indexer stops on an
 * error it cannot retry; 2 for a configuration error.
 */
@Command(name = "index", header = "Runs the index stage (Kafka -> Elasticsearch) until Ctrl-C.", mixinStandardHelpOptions = true,
        description = "Runs the index stage (enriched-articles topic -> Elasticsearch) until Ctrl-C.")
public final class IndexCommand implements Callable<Integer> {
    @Mixin ConfigOption config;

    @Override
    public Integer call() throws Exception {
        Pipeline pipeline = new Pipeline(config.load());
        pipeline.createTopics();
        IndexerLoop indexer = pipeline.startIndexer();
        System.out.println("index running; Ctrl-C to stop");
        Throwable failure = RunUntilStopped.await(pipeline, indexer::failure, System.out);
        if (failure != null) System.err.println("index stopped: " + failure);
        return failure == null ? 0 : 1;
    }
}

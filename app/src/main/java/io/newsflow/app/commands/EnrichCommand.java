package io.newsflow.app.commands;

import io.newsflow.app.pipeline.Pipeline;
import io.newsflow.enrich.EnrichStage;
import org.apache.kafka.streams.KafkaStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Runs the enrich stage (Kafka Streams, exactly-once) until Ctrl-C.")
public final class EnrichCommand implements Callable<Integer> {
    @Mixin ConfigOption config;

    @Override
    public Integer call() throws Exception {
        Pipeline pipeline = new Pipeline(config.load());
        pipeline.createTopics();
        EnrichStage stage = pipeline.startEnrich();
        System.out.println("enrich running; Ctrl-C to stop");
        Throwable failure = RunUntilStopped.await(pipeline,
                () -> stage.state() == KafkaStreams.State.ERROR || stage.state() == KafkaStreams.State.NOT_RUNNING
                        ? new IllegalStateException("enrich stopped: Streams state " + stage.state()) : null,
                System.out);
        if (failure != null) System.err.println(failure.getMessage());
        return failure == null ? 0 : 1;
    }
}

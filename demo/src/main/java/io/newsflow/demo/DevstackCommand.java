package io.newsflow.demo;

import io.newsflow.app.commands.RunUntilStopped;
import io.newsflow.devstack.DevStack;
import io.newsflow.devstack.EmbeddedElasticsearch;
import io.newsflow.devstack.EmbeddedKafka;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.concurrent.Callable;

/**
 * {@code newsflow devstack [--only kafka|elasticsearch]}: an embedded Kafka broker and Elasticsearch node for local
 * work, until Ctrl-C, which stops both and deletes their data. {@code --only} starts one of them, so that each can run
 * in a JVM of its own (the multi-process test starts them so). Exit codes: 0 after Ctrl-C; 1 when either fails to
 * start.
 */
@Command(name = "devstack", header = "Starts an embedded Kafka and Elasticsearch for local work.", mixinStandardHelpOptions = true,
        description = {"Starts an embedded Kafka broker and Elasticsearch node for local development, prints where they",
                "listen, and stops them (deleting their data) on Ctrl-C. Dev only: no security, one replica."})
public final class DevstackCommand implements Callable<Integer> {
    /** The services {@code --only} can name. */
    enum Service { kafka, elasticsearch }

    /** Printed before the broker's {@code host:port}; read by whoever started this process. */
    static final String KAFKA_LINE = "Kafka bootstrap servers: ";
    /** Printed before the node's URL. */
    static final String ELASTICSEARCH_LINE = "Elasticsearch URL:       ";

    @Option(names = "--only", paramLabel = "SERVICE", description = "Start only this one: ${COMPLETION-CANDIDATES}.")
    Service only;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        out.println("Starting the dev stack …");
        if (only == Service.kafka) {
            EmbeddedKafka kafka = EmbeddedKafka.start();
            out.println(KAFKA_LINE + kafka.bootstrapServers());
            return untilStopped(kafka, out);
        }
        if (only == Service.elasticsearch) {
            EmbeddedElasticsearch elasticsearch = EmbeddedElasticsearch.start();
            out.println(ELASTICSEARCH_LINE + elasticsearch.url());
            return untilStopped(elasticsearch, out);
        }
        DevStack stack = DevStack.start();
        out.println(KAFKA_LINE + stack.bootstrapServers());
        out.println(ELASTICSEARCH_LINE + stack.elasticsearchUrl());
        out.printf("Use them with: NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS=%s NEWSFLOW_ELASTICSEARCH_HOSTS=%s ./newsflow ...%n",
                stack.bootstrapServers(), stack.elasticsearchUrl());
        return untilStopped(stack, out);
    }

    private static int untilStopped(AutoCloseable running, PrintStream out) throws InterruptedException {
        out.println("Press Ctrl-C to stop.");
        RunUntilStopped.await(running, () -> null, out);
        return 0;
    }
}

package io.newsflow.demo;

import io.newsflow.app.commands.RunUntilStopped;
import io.newsflow.devstack.DevStack;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.util.concurrent.Callable;

/**
 * {@code newsflow devstack}: an embedded Kafka broker and Elasticsearch node for local work, until Ctrl-C, which stops
 * both and deletes their data. Exit codes: 0 after Ctrl-C; 1 when either fails to start.
 */
@Command(name = "devstack", header = "Starts an embedded Kafka and Elasticsearch for local work.", mixinStandardHelpOptions = true,
        description = {"Starts an embedded Kafka broker and Elasticsearch node for local development, prints where they",
                "listen, and stops them (deleting their data) on Ctrl-C. Dev only: no security, one replica."})
public final class DevstackCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        out.println("Starting the dev stack …");
        DevStack stack = DevStack.start();
        out.println("Kafka bootstrap servers: " + stack.bootstrapServers());
        out.println("Elasticsearch URL:       " + stack.elasticsearchUrl());
        out.printf("Use them with: NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS=%s NEWSFLOW_ELASTICSEARCH_HOSTS=%s ./newsflow ...%n",
                stack.bootstrapServers(), stack.elasticsearchUrl());
        out.println("Press Ctrl-C to stop.");
        RunUntilStopped.await(stack, () -> null, out);
        return 0;
    }
}

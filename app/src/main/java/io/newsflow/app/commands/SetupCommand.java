package io.newsflow.app.commands;

import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.app.pipeline.TopicSetup;
import io.newsflow.app.setup.TopicPartitions;
import io.newsflow.index.client.ElasticsearchClients;
import io.newsflow.index.write.IndexTemplates;
import io.newsflow.schemas.Topic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code newsflow setup [-c FILE] [--kibana-url URL]}: prepares a cluster once, before the stages start — creates the
 * missing topics (kafka.partitions, kafka.replicationFactor), installs the Elasticsearch index templates and, with a
 * Kibana URL, imports the saved objects. Idempotent: existing topics are kept (and reported with their partition
 * count), templates and saved objects are overwritten with the same content. Exit codes: 0 when everything is in
 * place; 1 when Kafka, Elasticsearch or Kibana cannot be reached or refuses; 2 for a configuration error.
 */
@Command(name = "setup", header = "Creates the topics, index templates and Kibana objects, then exits.", mixinStandardHelpOptions = true,
        description = {"Prepares Kafka, Elasticsearch and (with --kibana-url) Kibana for the stages, then exits:",
                "creates missing topics with kafka.partitions and kafka.replicationFactor, installs the index",
                "templates (index.shards, index.replicas), imports the Kibana saved objects. Safe to run again."})
public final class SetupCommand implements Callable<Integer> {
    @Mixin ConfigOption config;

    @Option(names = "--kibana-url", paramLabel = "URL", description = "Kibana's base URL: import the saved objects there too.")
    URI kibanaUrl;

    @Option(names = "--kibana-space", paramLabel = "ID", description = "Kibana space id (default: the default space).")
    String kibanaSpace;

    @Override
    public Integer call() throws Exception {
        NewsflowConfig c = config.load();
        TopicSetup.ensure(c.kafka(), c.topics());
        Map<String, Integer> partitions = TopicPartitions.of(c.kafka().bootstrapServers(),
                c.topics().all().stream().map(Topic::name).toList());
        Map<String, Integer> wanted = c.topics().all().stream()
                .collect(java.util.stream.Collectors.toMap(Topic::name, t -> t.partitionsOr(c.kafka().partitions())));
        partitions.forEach((topic, n) -> System.out.printf("topic %s: %d partition%s%s%n", topic, n, n == 1 ? "" : "s",
                n < wanted.getOrDefault(topic, c.kafka().partitions()) ? " (fewer than kafka.partitions=" + c.kafka().partitions()
                        + ": created earlier; at most " + n + " instance(s) of a stage share it)" : ""));

        try (var client = ElasticsearchClients.create(c.index())) {
            IndexTemplates.install(client, c.index());
        }
        System.out.printf("index templates: %s-*, %s-* (%d shard(s), %d replica(s))%n", c.index().articlesIndex(),
                c.index().eventsIndex(), c.index().shards(), c.index().replicas());

        if (kibanaUrl != null && KibanaCommand.importObjects(kibanaUrl, kibanaSpace, System.out, System.err) != 0) return 1;
        System.out.println("setup done");
        return 0;
    }
}

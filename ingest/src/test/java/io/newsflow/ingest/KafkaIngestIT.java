package io.newsflow.ingest;

import io.newsflow.devstack.DevStack;
import io.newsflow.ingest.publish.KafkaArticleSink;
import io.newsflow.schemas.DeadLetter;
import io.newsflow.schemas.RawArticle;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Ingest through a real (embedded) Kafka broker: articles and dead letters land on their topics, keyed by id. */
class KafkaIngestIT {
    @TempDir Path dir;

    @Test
    void articlesAndDeadLettersArriveOnTheirTopics() throws Exception {
        DevStack stack = DevStack.shared();
        Topics topics = createTopics(stack, "ingest-it.");
        Files.writeString(dir.resolve("call.txt"), "Putin calls Pashinyan\nRussia's president phoned Armenia's prime minister.");
        Files.writeString(dir.resolve("empty.html"), "<html><body><nav><a href=/>Home</a></nav></body></html>");

        IngestReport report;
        try (var sink = new KafkaArticleSink(stack.bootstrapServers(), topics, Map.of())) {
            report = new FileIngester(new IngestSettings("files", 10L << 20), sink, Clock.systemUTC()).ingest(List.of(dir));
        }

        assertThat(report.articles()).isEqualTo(1);
        List<RawArticle> articles = readAll(stack, topics.rawArticles(), 1);
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.getTitle()).isEqualTo("Putin calls Pashinyan");
            assertThat(a.getSource()).isEqualTo("files");
        });
        List<DeadLetter> deadLetters = readAll(stack, topics.deadLetters(), 1);
        assertThat(deadLetters).singleElement().satisfies(d -> {
            assertThat(d.getReason()).isEqualTo("EMPTY_TEXT");
            assertThat(d.getSource()).endsWith("empty.html");
        });
    }

    @Test
    void recordsTooLargeForKafkaBecomeDeadLettersAndTheRunGoesOn() throws Exception {
        DevStack stack = DevStack.shared();
        Topics topics = createTopics(stack, "ingest-big-it.");
        String paragraph = "Armenia and Russia discussed trade and security in a long statement. ".repeat(15);
        StringBuilder text = new StringBuilder("A very long article\n");
        while (text.length() < 1_200_000) text.append(paragraph).append('\n');
        Files.writeString(dir.resolve("1-long.txt"), text);
        Files.write(dir.resolve("2-empty.html"), ("<html><body><nav>" + "<a href=/>x</a>".repeat(100_000) + "</nav></body></html>").getBytes());
        Files.writeString(dir.resolve("3-call.txt"), "Putin calls Pashinyan\nRussia's president phoned Armenia's prime minister.");

        IngestReport report;
        try (var sink = new KafkaArticleSink(stack.bootstrapServers(), topics, Map.of())) {
            report = new FileIngester(new IngestSettings("files", 10L << 20), sink, Clock.systemUTC()).ingest(List.of(dir));
        }

        assertThat(readAll(stack, topics.rawArticles(), 1)).extracting(RawArticle::getTitle).containsExactly("Putin calls Pashinyan");
        List<DeadLetter> letters = readAll(stack, topics.deadLetters(), 2);
        assertThat(letters).extracting(DeadLetter::getReason).containsExactlyInAnyOrder("TOO_LARGE", "EMPTY_TEXT");
        assertThat(letters).allSatisfy(d -> assertThat(d.getValue() == null ? 0 : d.getValue().remaining())
                .isLessThanOrEqualTo(io.newsflow.schemas.DeadLetters.MAX_VALUE_BYTES));
        assertThat(report.articles()).isEqualTo(2); // the long one was read; Kafka could not take it, so it is a dead letter
    }

    /** Every newsflow topic under {@code prefix}, created on the stack's broker with one partition. */
    static Topics createTopics(DevStack stack, String prefix) throws Exception {
        Topics topics = Topics.withPrefix(prefix);
        stack.createTopics(topics.all().stream().map(Topic::name).toList(), 1);
        return topics;
    }

    static <V> List<V> readAll(DevStack stack, Topic<String, V> topic, int expected) {
        return readAll(stack, topic, expected, "ingest-it-" + java.util.UUID.randomUUID());
    }

    static <V> List<V> readAll(DevStack stack, Topic<String, V> topic, int expected, String group) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<V> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            consumer.subscribe(List.of(topic.name()));
            long deadline = System.currentTimeMillis() + 30_000;
            while (values.size() < expected && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
            }
            consumer.poll(Duration.ofMillis(500)).forEach(r -> values.add(r.value())); // nothing more may follow
        }
        return values;
    }
}

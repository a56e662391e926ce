package io.newsflow.ingest;

import io.newsflow.devstack.DevStack;
import io.newsflow.ingest.files.FileIngester;
import io.newsflow.ingest.model.IngestReport;
import io.newsflow.ingest.publish.KafkaArticleSink;
import io.newsflow.ingest.settings.IngestSettings;
import io.newsflow.schemas.DeadLetter;
import io.newsflow.schemas.RawArticle;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.TopicRecords;
import io.newsflow.schemas.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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
        List<RawArticle> articles = TopicRecords.read(stack.bootstrapServers(), topics.rawArticles(), 1);
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.getTitle()).isEqualTo("Putin calls Pashinyan");
            assertThat(a.getSource()).isEqualTo("files");
        });
        List<DeadLetter> deadLetters = TopicRecords.read(stack.bootstrapServers(), topics.deadLetters(), 1);
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

        assertThat(TopicRecords.read(stack.bootstrapServers(), topics.rawArticles(), 1)).extracting(RawArticle::getTitle).containsExactly("Putin calls Pashinyan");
        List<DeadLetter> letters = TopicRecords.read(stack.bootstrapServers(), topics.deadLetters(), 2);
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
}

package io.newsflow.app;

import io.newsflow.schemas.TopicRecords;
import io.newsflow.devstack.EmbeddedKafka;
import io.newsflow.schemas.Topics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code newsflow ingest -}: one document piped on standard input lands on the real broker's raw-articles topic (HTML
 * and text told apart by content), and a bad one as a dead letter with exit code 1. Runs its own broker, closed
 * after the class, rather than the shared dev stack, so {@link DemoIT}'s check for leftover threads stays exact.
 */
class IngestStdinIT {
    static EmbeddedKafka kafka;
    @TempDir static Path dir;
    static Path config;
    static final Topics TOPICS = Topics.withPrefix("stdin-it.");

    @BeforeAll
    static void broker() throws Exception {
        kafka = EmbeddedKafka.start();
        config = Files.writeString(dir.resolve("newsflow.yaml"), """
                kafka:
                  bootstrapServers: %s
                  topicPrefix: "stdin-it."
                  partitions: 1
                ingest:
                  source: piped
                """.formatted(kafka.bootstrapServers()));
    }

    @AfterAll
    static void stop() {
        if (kafka != null) kafka.close();
    }

    static int ingest(String stdin, String... args) {
        InputStream in = System.in;
        PrintStream out = System.out;
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            String[] all = new String[args.length + 3];
            all[0] = "ingest";
            all[1] = "-c";
            all[2] = config.toString();
            System.arraycopy(args, 0, all, 3, args.length);
            return Newsflow.commandLine().execute(all);
        } finally {
            System.setIn(in);
            System.setOut(out);
        }
    }

    @Test
    void htmlThenTextFromStandardInputThenABadOne() {
        String html = "<!doctype html><html lang=en><head><title>Railway talks | Herald</title></head><body><nav><a href=/>Home</a></nav>"
                + "<article><h1>Railway talks resume in Yerevan</h1><p>Officials from Armenia and Russia met on Tuesday to discuss "
                + "the railway concession and the timetable for repairs along the northern line.</p>"
                + "<p>Both delegations said the talks would continue in Moscow next month.</p></article></body></html>";
        String text = "Gas price unchanged for Armenia\n\nGazprom Armenia said the border price of gas would stay as it is "
                + "until the end of the year, after talks in Moscow.\n";

        assertThat(ingest(html, "--url", "https://herald.example.org/news/railway-talks", "-")).isZero();
        assertThat(ingest(text, "-")).isZero();
        assertThat(ingest(" \n\t\n", "-")).isEqualTo(1);
        assertThat(ingest(text, "-", "other.txt")).isEqualTo(2);

        assertThat(TopicRecords.read(kafka.bootstrapServers(), TOPICS.rawArticles(), 2)).satisfiesExactly(a -> {
            assertThat(a.getTitle()).isEqualTo("Railway talks resume in Yerevan");
            assertThat(a.getUrl()).isEqualTo("https://herald.example.org/news/railway-talks");
            assertThat(a.getText()).startsWith("Officials from Armenia and Russia met").doesNotContain("Home");
            assertThat(a.getHtmlLength()).isEqualTo(html.getBytes(StandardCharsets.UTF_8).length);
            assertThat(a.getSource()).isEqualTo("piped");
        }, a -> {
            assertThat(a.getTitle()).isEqualTo("Gas price unchanged for Armenia");
            assertThat(a.getText()).startsWith("Gazprom Armenia said");
            assertThat(a.getHtmlLength()).isNull();
            assertThat(a.getUrl()).isNull();
        });
        assertThat(TopicRecords.read(kafka.bootstrapServers(), TOPICS.deadLetters(), 1)).singleElement().satisfies(d -> {
            assertThat(d.getReason()).isEqualTo("EMPTY_TEXT");
            assertThat(d.getSource()).isEqualTo("stdin");
            assertThat(d.getStage()).isEqualTo("ingest");
        });
    }
}

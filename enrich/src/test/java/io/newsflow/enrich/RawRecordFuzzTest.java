package io.newsflow.enrich;

import org.junit.jupiter.api.Test;
import io.newsflow.enrich.actors.ActorDictionary;
import io.newsflow.schemas.DeadLetterReason;
import io.newsflow.schemas.HostileInput;
import io.newsflow.schemas.Link;
import io.newsflow.schemas.RawArticle;
import io.newsflow.schemas.Topics;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz (bounded tries, seeded: HostileInput.forAll) of the enrich analysis topology's input: every record on raw-articles, a corrupt Avro payload
 * (a valid article with bytes changed, inserted, removed or cut), random bytes or none, comes out as exactly one
 * analysed article (on story-linking) or exactly one dead letter of the record ({@code UNDECODABLE_RECORD}, {@code ENRICH_FAILED},
 * {@code TOO_LARGE}); the topology never stops and never hangs on it. One TopologyTestDriver serves every try.
 */
class RawRecordFuzzTest {
    static final Topics TOPICS = Topics.withPrefix("fuzz.");
    static final Set<String> OF_THE_RECORD = Set.of(DeadLetterReason.UNDECODABLE_RECORD.code(), DeadLetterReason.ENRICH_FAILED.code(),
            DeadLetterReason.TOO_LARGE.code());
    static Path stateDir;
    static TopologyTestDriver driver;
    static TestInputTopic<String, byte[]> raw;

    @org.junit.jupiter.api.BeforeAll
    static void start() throws IOException {
        stateDir = Files.createTempDirectory("enrich-fuzz-");
        var settings = new EnrichSettings("enrich-fuzz", stateDir.toString(), 1, 1);
        driver = new TopologyTestDriver(AnalysisTopology.build(TOPICS, new ArticleEnricher(ActorDictionary.bundled(), settings.profiles(),
                Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC))), AnalysisTopology.config("unused:9092", settings));
        raw = driver.createInputTopic(TOPICS.rawArticles().name(), new StringSerializer(), new ByteArraySerializer());
    }

    @org.junit.jupiter.api.AfterAll
    static void stop() throws IOException {
        driver.close();
        try (var files = Files.walk(stateDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static HostileInput.Gen<byte[]> records() {
        RawArticle article = RawArticle.newBuilder().setId("a1").setSource("fuzz").setUrl("https://herald.example.org/news/1")
                .setFetchedAt(Instant.parse("2025-06-01T10:00:00Z")).setPublished(Instant.parse("2025-06-01T09:00:00Z"))
                .setTitle("Talks in Yerevan").setText("Lavrov held talks with Mirzoyan in Yerevan on Tuesday. Armenia accused Azerbaijan.")
                .setLanguage("en").setContentHash("h").setLinks(List.of(new Link("https://tass.ru/1", "TASS"))).build();
        byte[] valid = TOPICS.rawArticles().valueSerde().serializer().serialize("t", article);
        return HostileInput.either(8, HostileInput.byteMutationsOf(valid), 2, HostileInput.bytesOf(500, "not avro at all"));
    }

    @Test
    void everyRecordBecomesOneArticleOrOneDeadLetter() throws Exception {
        HostileInput.forAll(200, records(), value -> {
            var enriched = driver.createOutputTopic(TOPICS.storyLinking().name(), TOPICS.storyLinking().keySerde().deserializer(),
                    TOPICS.storyLinking().valueSerde().deserializer()); // analysed, on to story linking
            var deadLetters = driver.createOutputTopic(TOPICS.deadLetters().name(), TOPICS.deadLetters().keySerde().deserializer(),
                    TOPICS.deadLetters().valueSerde().deserializer());
            enriched.readValuesToList();
            deadLetters.readValuesToList(); // start from what this try writes
            HostileInput.within(Duration.ofSeconds(30), () -> {
                raw.pipeInput("k", value.length == 0 ? null : value);
                return null;
            });
            long articles = enriched.readValuesToList().size();
            long letters = deadLetters.readValuesToList().stream().filter(d -> OF_THE_RECORD.contains(d.getReason()))
                    .count();
            assertThat(articles + letters).as("%d enriched, %d dead letters", articles, letters).isOne();
        });
    }
}

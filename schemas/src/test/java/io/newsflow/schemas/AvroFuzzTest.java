package io.newsflow.schemas;

import org.junit.jupiter.api.Test;
import org.apache.kafka.common.errors.SerializationException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz (bounded tries, seeded: HostileInput.forAll): corrupt Avro payloads (valid records with a few bytes changed, inserted, removed or
 * cut) decode to a record or fail with Kafka's {@link SerializationException}, which the stages turn into a dead letter
 * ({@code UNDECODABLE_RECORD}); never another exception, never an {@link Error} (a length field claiming gigabytes
 * must not exhaust the heap), never a hang.
 */
class AvroFuzzTest {
    static final Topics TOPICS = Topics.withPrefix("fuzz.");

    static RawArticle article() {
        return RawArticle.newBuilder().setId("a1").setSource("test").setUrl("https://herald.example.org/news/1")
                .setFetchedAt(Instant.parse("2025-06-01T10:00:00Z")).setPublished(Instant.parse("2025-06-01T09:00:00Z"))
                .setTitle("Talks in Yerevan").setText("Lavrov held talks with Mirzoyan in Yerevan. ".repeat(5))
                .setLanguage("en").setContentHash("h").setLinks(List.of(new Link("https://tass.ru/1", "TASS"))).build();
    }

    static HostileInput.Gen<byte[]> payloads() {
        byte[] raw = TOPICS.rawArticles().valueSerde().serializer().serialize("t", article());
        byte[] dead = TOPICS.deadLetters().valueSerde().serializer().serialize("t",
                DeadLetters.forInput("ingest", DeadLetterReason.EMPTY_TEXT, "no text", "file.txt", new byte[] {1, 2, 3}));
        return HostileInput.byteMutationsOf(raw, dead);
    }

    @Test
    void aCorruptPayloadDecodesOrFailsAsASerializationException() throws Exception {
        HostileInput.forAll(5000, payloads(), payload -> {
            HostileInput.within(Duration.ofSeconds(20), () -> {
                try {
                    assertThat(TOPICS.rawArticles().valueSerde().deserializer().deserialize("t", payload)).isNotNull();
                } catch (SerializationException expected) {
                    assertThat(expected.getMessage()).contains("not a RawArticle record");
                }
                return null;
            });
        });
    }
}

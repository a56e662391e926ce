package io.newsflow.schemas;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Data written by a stage still on schema version 1 is read by the current serde: old fields kept, new at defaults. */
class OlderVersionsTest {

    static byte[] writeWith(Schema writer, GenericRecord record) throws Exception {
        ByteBuffer buffer = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), writer).encode(record);
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    @Test
    void aVersion1RawArticleIsReadWithTheCurrentSchema() throws Exception {
        Schema v1 = SchemaHistory.versions("RawArticle").getFirst();
        GenericRecord old = new GenericData.Record(v1);
        old.put("id", "a1");
        old.put("source", "files");
        old.put("fetchedAt", 1_716_000_000_000L);
        old.put("title", "Lavrov in Yerevan");
        old.put("authors", List.of("A. Reporter"));
        old.put("text", "Lavrov held talks in Yerevan.");
        old.put("contentHash", "h");

        RawArticle read = new AvroSerde<>(RawArticle.class).decode(writeWith(v1, old));

        assertThat(read.getId()).isEqualTo("a1");
        assertThat(read.getTitle()).isEqualTo("Lavrov in Yerevan");
        assertThat(read.getAuthors()).containsExactly("A. Reporter");
        assertThat(read.getFetchedAt().toEpochMilli()).isEqualTo(1_716_000_000_000L);
        assertThat(read.getCanonicalUrl()).isNull();
        assertThat(read.getLinks()).isEmpty();
        assertThat(read.getCitations()).isEmpty();
        assertThat(read.getFetch()).isNull();
        assertThat(read.getVersion()).as("an article from before updates is its first version").isEqualTo(1);
        assertThat(read.getPreviousTextHash()).isNull();
        assertThat(read.getFirstFetchedAt()).isNull();
    }

    @Test
    void aVersion1EnrichedArticleKeepsItsActorsAndGetsNoEvents() throws Exception {
        Schema v1 = SchemaHistory.versions("EnrichedArticle").getFirst();
        Schema actorV1 = v1.getField("actors").schema().getElementType();
        Schema mentionV1 = actorV1.getField("mentions").schema().getElementType();
        GenericRecord mention = new GenericData.Record(mentionV1);
        mention.put("start", 0);
        mention.put("end", 5);
        mention.put("surface", "Putin");
        GenericRecord actor = new GenericData.Record(actorV1);
        actor.put("id", "Q7747");
        actor.put("name", "Vladimir Putin");
        actor.put("kind", "person");
        actor.put("countryCode", "RUS");
        actor.put("mentions", List.of(mention));
        GenericRecord old = new GenericData.Record(v1);
        old.put("id", "a1");
        old.put("source", "files");
        old.put("fetchedAt", 0L);
        old.put("authors", List.of());
        old.put("text", "Putin");
        old.put("contentHash", "h");
        old.put("actors", List.of(actor));
        old.put("enrichmentVersion", "0.1");
        old.put("enrichedAt", 0L);

        EnrichedArticle read = new AvroSerde<>(EnrichedArticle.class).decode(writeWith(v1, old));

        assertThat(read.getActors()).singleElement().satisfies(a -> {
            assertThat(a.getName()).isEqualTo("Vladimir Putin");
            assertThat(a.getSector()).isNull();
            assertThat(a.getMentions()).containsExactly(new Mention(0, 5, "Putin"));
        });
        assertThat(read.getEvents()).isEmpty();
        assertThat(read.getRelevance()).isEmpty();
    }

    @Test
    void unknownSchemasAndCorruptBytesFailWithAReadableReason() {
        var serde = new AvroSerde<>(RawArticle.class);
        byte[] good = serde.encode(AvroSerdeTest.raw());
        byte[] foreignFingerprint = good.clone();
        foreignFingerprint[5] ^= 0x5A;

        assertThatThrownBy(() -> serde.decode(foreignFingerprint)).isInstanceOf(SerializationException.class)
                .hasMessageContaining("written with a schema this reader does not know");
        assertThatThrownBy(() -> serde.decode(Arrays.copyOf(good, good.length / 2))).isInstanceOf(SerializationException.class)
                .hasMessageContaining("corrupt or truncated data");
        assertThatThrownBy(() -> serde.decode("plain text".getBytes())).isInstanceOf(SerializationException.class)
                .hasMessageContaining("no Avro single-object header");
    }
}

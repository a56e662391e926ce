package io.newsflow.schemas;

import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build's guard on the topic contracts: every current schema is released (saved in the history) and compatible,
 * both ways, with every earlier version. Run with {@code -Dnewsflow.schemas.release=true} to save a changed schema
 * as its next version.
 */
class SchemaEvolutionTest {
    static final Path HISTORY_SOURCES = Path.of("src/main/resources" + SchemaHistory.ROOT);

    @TestFactory
    Stream<DynamicTest> everyRecordIsReleasedAndCompatibleWithEveryEarlierVersion() {
        return SchemaHistory.RECORDS.stream().map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> check(type)));
    }

    private static void check(Class<? extends SpecificRecord> type) throws Exception {
        Schema current = SchemaHistory.current(type);
        List<Schema> released = SchemaHistory.versions(type.getSimpleName());
        boolean isReleased = !released.isEmpty() && fingerprint(released.getLast()) == fingerprint(current);
        List<Schema> earlier = isReleased ? released.subList(0, released.size() - 1) : released;

        assertThat(CompatibilityCheck.problems(current, earlier))
                .as("%s must stay backward and forward compatible with every released version", type.getSimpleName())
                .isEmpty();
        if (!isReleased && Boolean.getBoolean("newsflow.schemas.release")) {
            Path file = HISTORY_SOURCES.resolve(type.getSimpleName()).resolve("v" + (released.size() + 1) + ".avsc");
            Files.createDirectories(file.getParent());
            Files.writeString(file, current.toString(true) + "\n");
            return;
        }
        assertThat(isReleased)
                .as("%s changed but is not released: save it as %s (run the schemas tests with -Dnewsflow.schemas.release=true)",
                        type.getSimpleName(), SchemaHistory.resource(type.getSimpleName(), released.size() + 1))
                .isTrue();
    }

    @Test
    void aFieldAddedWithoutDefaultIsRejectedAndNamed() {
        Schema v1 = record("{\"name\":\"id\",\"type\":\"string\"}");
        Schema v2 = record("{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"score\",\"type\":\"double\"}");

        assertThat(CompatibilityCheck.problems(v2, List.of(v1)))
                .singleElement().asString()
                .contains("backward").contains("field score").contains("READER_FIELD_MISSING_DEFAULT_VALUE");
    }

    @Test
    void aChangedFieldTypeIsRejectedBothWays() {
        Schema v1 = record("{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"count\",\"type\":\"long\"}");
        Schema v2 = record("{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"count\",\"type\":\"string\"}");

        List<String> problems = CompatibilityCheck.problems(v2, List.of(v1));
        assertThat(problems).hasSize(2).allSatisfy(p -> assertThat(p).contains("field count", "TYPE_MISMATCH"));
    }

    @Test
    void aRealIncompatibleChangeToRawArticleIsRejected() {
        // what a careless edit would do: make the optional title mandatory
        String json = SchemaHistory.current(RawArticle.class).toString()
                .replace("\"name\":\"title\",\"type\":[\"null\",{\"type\":\"string\",\"avro.java.string\":\"String\"}],\"doc\":\"Headline.\",\"default\":null",
                        "\"name\":\"title\",\"type\":{\"type\":\"string\",\"avro.java.string\":\"String\"},\"doc\":\"Headline.\"");
        Schema broken = new Schema.Parser().parse(json);
        assertThat(broken.getField("title").schema().getType()).isEqualTo(Schema.Type.STRING);

        assertThat(CompatibilityCheck.problems(broken, SchemaHistory.versions("RawArticle")))
                .isNotEmpty().allSatisfy(p -> assertThat(p).contains("field title"));
    }

    @Test
    void addingAnOptionalFieldIsAccepted() {
        Schema v1 = record("{\"name\":\"id\",\"type\":\"string\"}");
        Schema v2 = record("{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"note\",\"type\":[\"null\",\"string\"],\"default\":null}");

        assertThat(CompatibilityCheck.problems(v2, List.of(v1))).isEmpty();
    }

    private static Schema record(String fields) {
        return new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"R\",\"fields\":[" + fields + "]}");
    }

    private static long fingerprint(Schema schema) {
        return SchemaNormalization.parsingFingerprint64(schema);
    }
}

package io.newsflow.schemas;

import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Every released version of each top-level record, kept as {@code history/<Record>/v<N>.avsc} on the classpath
 * (self-contained schemas, nested types inlined). Readers use them to decode data written by older stages; the build
 * uses them to prove each new schema is compatible with all of them ({@link CompatibilityCheck}).
 *
 * <p>Releasing a schema change: edit the {@code .avsc} under {@code src/main/avro}, then save the new full schema as
 * the next version ({@code SchemaEvolutionTest} says which file, and writes it when run with
 * {@code -Dnewsflow.schemas.release=true}).
 */
public final class SchemaHistory {
    /** The records exchanged on topics, each with its own history. */
    public static final List<Class<? extends SpecificRecord>> RECORDS =
            List.of(RawArticle.class, EnrichedArticle.class, Event.class, DeadLetter.class, ActorPairStat.class,
                    Alert.class);
    static final String ROOT = "/io/newsflow/schemas/history/";

    private SchemaHistory() {}

    /** Versions 1..N of the record named {@code simpleName}, oldest first; empty when none was released. */
    public static List<Schema> versions(String simpleName) {
        List<Schema> versions = new ArrayList<>();
        for (int v = 1; ; v++) {
            String path = resource(simpleName, v);
            try (InputStream in = SchemaHistory.class.getResourceAsStream(path)) {
                if (in == null) return versions;
                versions.add(new Schema.Parser().parse(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
        }
    }

    /** The schema the generated class was built from (the current one). */
    public static Schema current(Class<? extends SpecificRecord> type) {
        return SpecificData.getForClass(type).getSchema(type);
    }

    static String resource(String simpleName, int version) {
        return ROOT + simpleName + "/v" + version + ".avsc";
    }
}

package io.newsflow.ingest.state;

import java.util.Map;
import java.util.function.BiConsumer;

/** Where {@link IngestState} persists: an append-only, last-value-per-key log (a compacted Kafka topic in production). */
public interface StateLog extends AutoCloseable {

    /** Replays every stored key and its latest value, oldest first. */
    void replay(BiConsumer<String, byte[]> entry);

    /** Stores the entries and returns once they are durable. */
    void append(Map<String, byte[]> entries);

    @Override
    void close();
}

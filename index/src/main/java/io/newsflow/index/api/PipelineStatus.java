package io.newsflow.index.api;

import java.io.IOException;

/**
 * What the page's pipeline-health panel shows beyond the index itself (consumer lag, dead letters, fetch errors,
 * polls): data that lives in Kafka, read by whoever starts the API with access to it ({@code newsflow serve} does).
 * The answer is serialised to JSON as it is; implementations should cache, since the page asks every refresh.
 */
@FunctionalInterface
public interface PipelineStatus {
    /** Nothing known beyond the index (an API started without Kafka access). */
    PipelineStatus NONE = () -> null;

    /** A JSON-serialisable snapshot, or null when there is none. */
    Object snapshot() throws IOException;
}

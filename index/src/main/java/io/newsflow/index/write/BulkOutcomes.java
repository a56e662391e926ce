package io.newsflow.index.write;

import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Sorts the bulk ingester's results per operation: accepted (for the deletion of a stale event, also 404: already
 * gone); superseded (409: Elasticsearch holds a newer
 * enrichment); rejected (any other 4xx, e.g. a mapping error: the record becomes a dead letter); or to be retried
 * (429 after the ingester's own retries, 5xx, or the whole request failed: the record stays unfinished, its offset
 * uncommitted, and {@link #failure()} tells the consumer to pause and rewind). Runs on the ingester's threads.
 */
public final class BulkOutcomes implements BulkListener<BulkOutcomes.Pending> {
    /** The ingester context of one operation. */
    public record Pending(RecordTicket ticket, IndexOperations.Kind kind) {}

    private final Consumer<RecordTicket> finished;
    private final AtomicLong articles = new AtomicLong();
    private final AtomicLong events = new AtomicLong();
    private final AtomicLong superseded = new AtomicLong();
    private final AtomicLong staleDeleted = new AtomicLong();
    private final AtomicReference<String> failure = new AtomicReference<>();

    /** @param finished called once per record whose operations all have an outcome (none to retry) */
    public BulkOutcomes(Consumer<RecordTicket> finished) {
        this.finished = finished;
    }

    @Override
    public void beforeBulk(long executionId, BulkRequest request, List<Pending> contexts) {}

    @Override
    public void afterBulk(long executionId, BulkRequest request, List<Pending> contexts, BulkResponse response) {
        for (int i = 0; i < response.items().size(); i++) {
            BulkResponseItem item = response.items().get(i);
            Pending p = contexts.get(i);
            if (p.kind() == IndexOperations.Kind.STALE_EVENT && (item.error() == null || item.status() == 404)) {
                staleDeleted.incrementAndGet(); // deleted, or already gone
            } else if (item.error() == null) {
                (p.kind() == IndexOperations.Kind.ARTICLE ? articles : events).incrementAndGet();
            } else if (item.status() == 409) {
                superseded.incrementAndGet();
            } else if (item.status() == 429 || item.status() >= 500) {
                p.ticket().retry();
                failure.compareAndSet(null, "status " + item.status() + " for " + item.index() + "/" + item.id() + ": " + item.error().reason());
            } else {
                p.ticket().rejected(p.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + item.id() + " in " + item.index() + ": "
                        + item.error().type() + ": " + item.error().reason());
            }
            if (p.ticket().operationDone()) finished.accept(p.ticket());
        }
    }

    @Override
    public void afterBulk(long executionId, BulkRequest request, List<Pending> contexts, Throwable failure) {
        new LinkedHashSet<>(contexts.stream().map(Pending::ticket).toList()).forEach(RecordTicket::retry);
        this.failure.compareAndSet(null, failure.toString());
    }

    /** The current batch must be read again (a request of the consumer's own failed): pauses like a failed bulk. */
    public void fail(String why) {
        failure.compareAndSet(null, why);
    }

    /** Counts operations dropped before sending because Elasticsearch holds a newer enrichment. */
    public void superseded(int operations) {
        superseded.addAndGet(operations);
    }

    /** Events deleted (or found gone) because a newer enrichment of their article no longer has them. */
    public long staleDeleted() {
        return staleDeleted.get();
    }

    /** Why the last batch must be retried, or null when nothing failed since {@link #clearFailure()}. */
    public String failure() {
        return failure.get();
    }

    public void clearFailure() {
        failure.set(null);
    }

    /** Article documents Elasticsearch accepted. */
    public long articles() {
        return articles.get();
    }

    /** Event documents Elasticsearch accepted. */
    public long events() {
        return events.get();
    }

    /** Documents refused because Elasticsearch already held a newer (or the same, concurrently) enrichment. */
    public long superseded() {
        return superseded.get();
    }
}

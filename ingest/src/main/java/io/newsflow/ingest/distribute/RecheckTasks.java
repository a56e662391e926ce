package io.newsflow.ingest.distribute;

import io.newsflow.ingest.sources.SourceIngester;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rechecks shared through the fetch queue ({@code ingest.distribute}): each process hands on only the due pages of the
 * hosts it holds (its state is the one that fetched them, or restored them when the host came to it), as page tasks
 * keyed by host, so the recheck is done by the one process fetching that host, in its batches, paced and
 * checkpointed like any fetch; the worker sees from the state that the page is seen and due, and rechecks it. A page
 * is handed on once per due time: the recheck moves its next due time on. Thread-safe.
 */
public final class RecheckTasks {
    /** Most pages remembered as handed on; past it the memory is cleared (a page may then be queued twice: harmless). */
    static final int MEMORY = 100_000;

    private final PageTasks queue;
    private final HostOwnership ownership;
    private final Map<String, Instant> queued = new ConcurrentHashMap<>();

    public RecheckTasks(PageTasks queue, HostOwnership ownership) {
        this.queue = queue;
        this.ownership = ownership;
    }

    /** Queues the due pages of the hosts this process holds, each once per due time; returns how many were queued. */
    public int offer(List<SourceIngester.Recheck> due) {
        if (queued.size() > MEMORY) queued.clear();
        int sent = 0;
        for (SourceIngester.Recheck r : due) {
            SourceIngester.Link link = r.link();
            if (!ownership.owns(HostKey.of(link.item().url())) || r.due().equals(queued.get(link.canonical()))) continue;
            queue.page(r.source().name(), link);
            queued.put(link.canonical(), r.due());
            sent++;
        }
        if (sent > 0) queue.flush();
        return sent;
    }
}

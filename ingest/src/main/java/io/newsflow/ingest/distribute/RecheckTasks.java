package io.newsflow.ingest.distribute;

import io.newsflow.ingest.fetch.UrlHost;
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
    private final PageTasks queue;
    private final HostOwnership ownership;
    private final int memory;
    private final Map<String, Instant> queued = new ConcurrentHashMap<>();

    /**
     * @param memory most pages remembered as handed on: {@code ingest.updates.maxPages}, as many as this process's
     *               recheck set holds (no more can be due at once); past it the memory is cleared before the next offer
     *               (a page may then be queued twice: harmless, the worker rechecks a page only while it is due)
     */
    public RecheckTasks(PageTasks queue, HostOwnership ownership, int memory) {
        if (memory < 1) throw new IllegalArgumentException("memory must be positive, was " + memory);
        this.queue = queue;
        this.ownership = ownership;
        this.memory = memory;
    }

    /** Queues the due pages of the hosts this process holds, each once per due time; returns how many were queued. */
    public int offer(List<SourceIngester.Recheck> due) {
        if (queued.size() > memory) queued.clear();
        int sent = 0;
        for (SourceIngester.Recheck r : due) {
            SourceIngester.Link link = r.link();
            if (!ownership.owns(UrlHost.of(link.item().url())) || r.due().equals(queued.get(link.canonical()))) continue;
            queue.page(r.source().name(), link);
            queued.put(link.canonical(), r.due());
            sent++;
        }
        if (sent > 0) queue.flush();
        return sent;
    }
}

package io.newsflow.ingest.fetch;

import io.newsflow.ingest.settings.FetchSettings;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.LongSupplier;

/**
 * Per-host politeness: at most {@code concurrency} requests in flight to one host, and successive request starts at
 * least the host's delay apart (the configured {@code hostDelay}, or robots.txt's Crawl-delay when that is longer).
 * Shared by every source, so two feeds on one site do not double its load.
 */
public final class HostPacer {
    private final Duration defaultDelay;
    private final int concurrency;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private final ConcurrentHashMap<String, Host> hosts = new ConcurrentHashMap<>();

    private static final class Host {
        final Semaphore permits;
        long nextStartNanos;
        Duration delay;

        Host(int concurrency, Duration delay) {
            this.permits = new Semaphore(concurrency, true);
            this.delay = delay;
        }
    }

    public HostPacer(Duration defaultDelay, int concurrency, LongSupplier nanoTime, Sleeper sleeper) {
        this.defaultDelay = defaultDelay;
        this.concurrency = concurrency;
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
    }

    public HostPacer(FetchSettings settings) {
        this(settings.hostDelay(), settings.hostConcurrency(), System::nanoTime, Sleeper.SYSTEM);
    }

    /** Sets a host's delay to the longer of the default and {@code crawlDelay} (from its robots.txt). */
    public void crawlDelay(String host, Duration crawlDelay) {
        Host h = host(host);
        synchronized (h) {
            h.delay = crawlDelay.compareTo(defaultDelay) > 0 ? crawlDelay : defaultDelay;
        }
    }

    /** The delay in force for {@code host}. */
    public Duration delay(String host) {
        Host h = host(host);
        synchronized (h) {
            return h.delay;
        }
    }

    /**
     * Waits for a free slot and the host's turn, then returns a permit to close when the request is done.
     */
    public Permit acquire(String host) throws InterruptedException {
        Host h = host(host);
        h.permits.acquire();
        try {
            long wait;
            synchronized (h) {
                long now = nanoTime.getAsLong();
                long start = Math.max(now, h.nextStartNanos);
                h.nextStartNanos = start + h.delay.toNanos();
                wait = start - now;
            }
            if (wait > 0) sleeper.sleep(Duration.ofNanos(wait));
        } catch (InterruptedException | RuntimeException e) {
            h.permits.release();
            throw e;
        }
        return h.permits::release;
    }

    private Host host(String host) {
        return hosts.computeIfAbsent(host.toLowerCase(Locale.ROOT), k -> new Host(concurrency, defaultDelay));
    }

    /** A held request slot. */
    @FunctionalInterface
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }
}

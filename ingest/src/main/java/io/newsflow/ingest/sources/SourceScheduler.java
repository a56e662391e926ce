package io.newsflow.ingest.sources;

import io.newsflow.ingest.fetch.UrlHost;
import io.newsflow.ingest.settings.SourceSettings;
import io.newsflow.ingest.state.FeedState;
import io.newsflow.ingest.state.IngestState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Runs ingest continuously: polls each source when its interval has passed since its last poll (a restart takes the
 * last poll time of feeds and sitemaps from the state, so it does not hammer every source at start), files and single
 * URLs once; logs the progress line every {@code progressEvery}; until {@link #close()}. A source whose poll throws
 * is logged and polled again at its next interval: one broken source never stops the others.
 *
 * <p>When several processes share the sources ({@code ingest.distribute}), each schedules only the sources it
 * {@linkplain #SourceScheduler(SourceIngester, IngestState, Clock, Consumer, Predicate, Poll, Rechecks) owns now}, and "polling"
 * is asking the fetch queue to list the source; a source gained from another process is next due at its stored last
 * poll plus its interval, as after a restart.
 *
 * <p>Every {@link #RECHECK_SCAN} it also looks for article pages due to be fetched again ({@code ingest.updates}) and
 * rechecks them here, or hands them on ({@link Rechecks}).
 */
public final class SourceScheduler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SourceScheduler.class);
    static final Duration TICK = Duration.ofSeconds(1);
    /** How often the pages due for a recheck are looked for: recheck ages are minutes to hours apart. */
    static final Duration RECHECK_SCAN = Duration.ofMinutes(1);
    /** The look for due rechecks among the running work (one at a time); not a source name, nor a host's "recheck|…" key. */
    private static final String RECHECK_SCAN_KEY = "recheck scan|";

    private final SourceIngester ingester;
    private final IngestState state;
    private final Clock clock;
    private final Consumer<String> progress;
    private final ExecutorService pool;
    private final Predicate<SourceSettings> mine;
    private final Poll poll;
    private final Rechecks rechecks;
    private final ExecutorService loop = Executors.newSingleThreadExecutor(r -> new Thread(r, "newsflow-ingest-scheduler"));
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private volatile boolean stopped;

    /** What polling one source means: fetching it here, or handing it to the fetch queue. */
    @FunctionalInterface
    public interface Poll {
        void poll(SourceSettings source) throws InterruptedException;
    }

    /** What to do with the article pages due for a recheck: fetch them here, or hand them to the fetch queue. */
    @FunctionalInterface
    public interface Rechecks {
        void dispatch(List<SourceIngester.Recheck> due) throws InterruptedException;
    }

    /** Polls every configured source and rechecks every page due, here. */
    public SourceScheduler(SourceIngester ingester, IngestState state, Clock clock, Consumer<String> progress) {
        this(ingester, state, clock, progress, s -> true, ingester::poll, null);
    }

    /**
     * Polls the sources {@code mine} accepts at the time (asked on every tick), by {@code poll}; pages due for a
     * recheck go to {@code rechecks} every {@link #RECHECK_SCAN} (null: rechecked here, each host's pages one after
     * another on the polling threads, hosts in parallel).
     */
    public SourceScheduler(SourceIngester ingester, IngestState state, Clock clock, Consumer<String> progress,
                           Predicate<SourceSettings> mine, Poll poll, Rechecks rechecks) {
        this.ingester = ingester;
        this.state = state;
        this.clock = clock;
        this.progress = progress;
        this.mine = mine;
        this.poll = poll;
        this.rechecks = rechecks != null ? rechecks : this::recheckHere;
        this.pool = Executors.newFixedThreadPool(ingester.settings().fetch().threads());
    }

    /** Starts polling in the background. */
    public void start() {
        loop.submit(this::run);
    }

    /** A fatal error (Kafka unreachable for state writes, say), or null. */
    public Throwable failure() {
        return failure.get();
    }

    private void run() {
        Map<String, Long> due = new HashMap<>(); // sources of this process: when each is due next (absent: not yet known)
        Set<String> done = new HashSet<>();      // sources read once per run that were read
        long nextProgress = clock.millis() + ingester.settings().progressEvery().toMillis();
        long nextRecheck = clock.millis() + RECHECK_SCAN.toMillis();
        try {
            while (!stopped) {
                long now = clock.millis();
                if (now >= nextRecheck && running.add(RECHECK_SCAN_KEY)) { // on the pool: handing on may wait for Kafka
                    nextRecheck = now + RECHECK_SCAN.toMillis();
                    pool.submit(() -> safely("looking for pages to recheck", RECHECK_SCAN_KEY,
                            () -> rechecks.dispatch(ingester.dueRechecks())));
                }
                for (SourceSettings s : ingester.settings().sources()) {
                    if (!mine.test(s)) {
                        due.remove(s.name()); // another process's now; asked again on its return
                        continue;
                    }
                    long at = due.computeIfAbsent(s.name(), name -> firstDue(s));
                    if (at > now || done.contains(s.name()) || !running.add(s.name())) continue;
                    if (s.once()) done.add(s.name());
                    due.put(s.name(), now + s.interval().toMillis());
                    pool.submit(() -> safely("source " + s.name(), s.name(), () -> poll.poll(s)));
                }
                if (now >= nextProgress) {
                    nextProgress = now + ingester.settings().progressEvery().toMillis();
                    progress.accept(ingester.metrics().progress());
                }
                Thread.sleep(TICK.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Its last poll (stored in the state) plus its interval: a restart, or a source taken over, is not polled at once. */
    private long firstDue(SourceSettings s) {
        long last = s.url() == null ? 0 : state.feed(s.url()).map(FeedState::polledAt).orElse(0L);
        return last + s.interval().toMillis();
    }

    /** Rechecks the pages due here: one task per host (skipped while that host's last one still runs). */
    private void recheckHere(List<SourceIngester.Recheck> due) {
        Map<String, List<SourceIngester.Recheck>> byHost = new LinkedHashMap<>();
        for (SourceIngester.Recheck r : due) byHost.computeIfAbsent(UrlHost.of(r.link().item().url()), h -> new ArrayList<>()).add(r);
        byHost.forEach((host, pages) -> {
            String key = "recheck|" + host; // not a source name: those are the YAML's, and '|' marks this one apart
            if (running.add(key)) pool.submit(() -> safely("rechecks of " + host, key, () -> ingester.recheck(pages)));
        });
    }

    @FunctionalInterface
    private interface Work {
        void run() throws InterruptedException;
    }

    /** Runs {@code work} on a polling thread (marked {@code running} under {@code key}), see {@link #attempt}. */
    private void safely(String what, String key, Work work) {
        try {
            attempt(what, work);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            running.remove(key);
        }
    }

    /**
     * The one way a poll, a recheck or the look for due rechecks fails: a Kafka error is {@link #failure()} (without
     * Kafka nothing can be stored or handed on: stop rather than lose work), anything else is logged and the work is
     * done again at its next turn.
     */
    private void attempt(String what, Work work) throws InterruptedException {
        try {
            work.run();
        } catch (org.apache.kafka.common.KafkaException e) {
            failure.compareAndSet(null, e);
        } catch (RuntimeException e) {
            log.error("{} failed; tried again at its next turn", what, e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        loop.shutdownNow();
        pool.shutdownNow();
        loop.awaitTermination(30, TimeUnit.SECONDS);
        pool.awaitTermination(30, TimeUnit.SECONDS);
    }
}

package io.newsflow.ingest.sources;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.search.Search;
import io.newsflow.ingest.dedup.UrlCanonicalizer;
import io.newsflow.ingest.fetch.HttpFetcher;
import io.newsflow.ingest.files.FileIngester;
import io.newsflow.ingest.metrics.IngestMetrics;
import io.newsflow.ingest.model.IngestReport;
import io.newsflow.ingest.publish.ArticleSink;
import io.newsflow.ingest.rejection.InputRejectedException;
import io.newsflow.ingest.settings.IngestSettings;
import io.newsflow.ingest.settings.SourceSettings;
import io.newsflow.ingest.settings.SourceType;
import io.newsflow.ingest.state.IngestState;
import io.newsflow.ingest.state.SeenUrl;
import io.newsflow.ingest.updates.RecheckSchedule;
import io.newsflow.schemas.DeadLetterReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Ingests the configured sources: each poll lists a source's links, skips those already seen, fetches at most
 * {@code maxArticles} new ones (newest first) and produces them, then checkpoints (articles flushed, then the state
 * that records them). Sources are polled in parallel on {@code fetch.threads} threads; a source is never polled twice
 * at once. {@link #runOnce()} polls every source once; {@link SourceScheduler} polls them on their intervals. Article
 * pages already produced are fetched again while young ({@link #dueRechecks()}, {@code ingest.updates}), so a changed
 * text becomes the next version of its article.
 */
public final class SourceIngester {
    private static final Logger log = LoggerFactory.getLogger(SourceIngester.class);

    private final IngestSettings settings;
    private final IngestState state;
    private final ArticleSink sink;
    private final IngestMetrics metrics;
    private final Clock clock;
    private final Failures failures;
    private final PageIngester pages;
    private final PageRechecker rechecker;
    private final RecheckSchedule schedule;
    private final SourcePoller poller;

    public SourceIngester(IngestSettings settings, HttpFetcher fetcher, IngestState state, ArticleSink sink, IngestMetrics metrics, Clock clock) {
        this.settings = settings;
        this.state = state;
        this.sink = sink;
        this.metrics = metrics;
        this.clock = clock;
        this.failures = new Failures(sink, metrics);
        this.poller = new SourcePoller(fetcher, state, metrics, failures, clock);
        PageWork work = new PageWork(fetcher, state, sink, metrics, failures, poller, clock);
        this.pages = new PageIngester(work);
        this.schedule = new RecheckSchedule(settings.updates());
        this.rechecker = new PageRechecker(work, schedule);
    }

    public IngestSettings settings() {
        return settings;
    }

    public IngestMetrics metrics() {
        return metrics;
    }

    /** Polls every source once (in parallel), then rechecks the pages due, and returns what this ingester did so far. */
    public IngestReport runOnce() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(settings.fetch().threads());
        try {
            List<Future<Integer>> polls = new ArrayList<>();
            for (SourceSettings source : settings.sources()) polls.add(pool.submit(() -> poll(source)));
            for (Future<Integer> f : polls) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("ingest failed: " + e.getCause().getMessage(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        recheck(dueRechecks());
        return report();
    }

    /** Polls one source; returns the number of listed links considered. */
    public int poll(SourceSettings source) throws InterruptedException {
        if (source.type() == SourceType.FILES) return files(source);
        Listed listed = links(source);
        for (Link link : listed.wanted()) {
            if (Thread.currentThread().isInterrupted()) throw new InterruptedException();
            pages.ingest(source, link.item(), link.canonical());
        }
        state.checkpoint(sink::flush);
        return listed.count();
    }

    /** A listed link still to fetch, with its canonical URL (the dedup key). */
    public record Link(String canonical, ListingItem item) {}

    /** What one listing found: the links still wanted (newest first, at most {@code maxArticles}) and how many were listed. */
    public record Listed(List<Link> wanted, int count) {}

    /**
     * Lists {@code source} (a feed, sitemap, site or URL; not files) and returns its links that still need fetching,
     * newest first, at most its {@code maxArticles}; links already seen are counted as skipped, bad ones become dead
     * letters.
     */
    public Listed links(SourceSettings source) throws InterruptedException {
        List<ListingItem> listed = poller.list(source);
        Map<String, ListingItem> wanted = new LinkedHashMap<>();
        for (ListingItem item : listed) {
            String canonical = UrlCanonicalizer.canonicalize(item.url());
            if (canonical == null) {
                failures.report(item.url(), new InputRejectedException(DeadLetterReason.UNSUPPORTED_URL, "listed link is not an http(s) URL: " + item.url()), null, 1);
            } else if (!pages.wanted(canonical)) {
                metrics.skippedSeen();
            } else {
                wanted.putIfAbsent(canonical, item);
            }
        }
        List<Link> newest = wanted.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, ListingItem> e) -> e.getValue().published(),
                        Comparator.nullsLast(Comparator.<Instant>reverseOrder())))
                .limit(source.maxArticles()).map(e -> new Link(e.getKey(), e.getValue())).toList();
        log.debug("source {}: {} listed, {} new to fetch", source.name(), listed.size(), newest.size());
        return new Listed(newest, listed.size());
    }

    /**
     * Fetches and produces one link unless it was seen meanwhile (another poll, another task), or, for an article page
     * seen before, fetches it again if its recheck is due ({@link PageRechecker}); returns whether an article (new, or
     * a new version) was produced. The caller checkpoints.
     */
    public boolean fetch(SourceSettings source, Link link) throws InterruptedException {
        if (pages.wanted(link.canonical())) return pages.ingest(source, link.item(), link.canonical());
        if (rechecker.due(link.canonical())) return rechecker.recheck(source, link.canonical());
        metrics.skippedSeen();
        return false;
    }

    /**
     * An article page due to be fetched again: its source (as configured now), the link to fetch (the page's
     * canonical URL, the state key, and the URL it was listed under) and when it became due.
     */
    public record Recheck(SourceSettings source, Link link, Instant due) {}

    /**
     * The article pages due for a recheck now ({@code ingest.updates}), the longest due first. Pages of a source no
     * longer configured are not rechecked.
     */
    public List<Recheck> dueRechecks() {
        if (!settings.updates().enabled()) return List.of();
        Instant now = clock.instant();
        Map<String, SourceSettings> sources = new HashMap<>();
        for (SourceSettings s : settings.sources()) sources.put(s.name(), s);
        List<Recheck> due = new ArrayList<>();
        for (SeenUrl seen : state.young(schedule.horizon(now).toEpochMilli())) {
            SourceSettings source = sources.get(seen.page().source());
            if (source == null) continue;
            Optional<Instant> at = schedule.dueAt(seen.page(), now);
            if (at.isEmpty()) continue;
            due.add(new Recheck(source, new Link(seen.url(), new ListingItem(seen.page().fetchUrl(), null, null)), at.get()));
        }
        due.sort(Comparator.comparing(Recheck::due));
        return due;
    }

    /** Rechecks {@code due} here, one after another, then checkpoints; returns how many new versions were produced. */
    public int recheck(List<Recheck> due) throws InterruptedException {
        int updated = 0;
        for (Recheck r : due) {
            if (Thread.currentThread().isInterrupted()) throw new InterruptedException();
            if (fetch(r.source(), r.link())) updated++;
        }
        if (!due.isEmpty()) state.checkpoint(sink::flush);
        return updated;
    }

    /** Reads a files source into the sink (no checkpoint: files keep no state). */
    public int files(SourceSettings source) {
        IngestReport report = new FileIngester(settings.withSource(source.name()), sink, clock).ingest(List.of(Path.of(source.path())));
        for (int i = 0; i < report.articles(); i++) metrics.article();
        report.deadLetters().forEach((reason, n) -> {
            for (int i = 0; i < n; i++) metrics.failed(reason);
        });
        return report.inputs();
    }

    /** What this ingester did so far, from its metrics. */
    public IngestReport report() {
        Map<String, Integer> deadLetters = new HashMap<>();
        for (Counter c : Search.in(metrics.registry()).name("newsflow.ingest.failed").counters()) {
            deadLetters.merge(c.getId().getTag("reason"), (int) c.count(), Integer::sum);
        }
        int considered = (int) (metrics.count("newsflow.ingest.articles") + metrics.count("newsflow.ingest.duplicates")
                + metrics.count("newsflow.ingest.seen") + metrics.count("newsflow.ingest.failed"));
        return new IngestReport(considered, (int) metrics.count("newsflow.ingest.articles"), deadLetters);
    }
}

package io.newsflow.demo.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.demo.ServiceProcesses;
import io.newsflow.demo.StageConfigFile;
import io.newsflow.demo.bench.BenchReport.Correctness;
import io.newsflow.demo.bench.BenchReport.EndToEnd;
import io.newsflow.demo.bench.BenchReport.Latencies;
import io.newsflow.demo.bench.BenchReport.Percentiles;
import io.newsflow.demo.bench.BenchReport.ProcessUse;
import io.newsflow.demo.bench.BenchReport.Stage;
import io.newsflow.devstack.site.Articles;
import io.newsflow.devstack.site.LoopbackNewsSite;
import io.newsflow.devstack.site.LoopbackNewsSite.Request;
import io.newsflow.index.client.ElasticsearchClients;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Issue 15's end-to-end benchmark: figures, not assertions. Not part of {@code ./mvnw verify} (the class name ends in
 * {@code Bench}, which neither Surefire nor Failsafe picks up by default); the {@code e2e-bench} profile runs it:
 * {@code ./mvnw -B -pl demo -am verify -Pe2e-bench -Dbench.articles=5000} (knobs in {@link BenchSettings}).
 *
 * <p>By default the production shape on one machine: Kafka and Elasticsearch each in a JVM of its own, ingest, enrich
 * and index each a {@code java -jar newsflow.jar STAGE -c FILE} process ({@link SeparateProcesses}); with
 * {@code -Dbench.shape=one-jvm}, the demo's shape, all of it in this JVM ({@link OneJvm}). Either way a
 * {@link LoopbackNewsSite} of many hosts serves a {@link BenchCorpus} as feeds. Two phases:
 * <ol>
 *   <li><b>throughput</b>: {@code articles} offered at once; the rate at which they become searchable, end to end and
 *       per stage (records readable on raw-articles and enriched-articles, documents searchable), cold and warm
 *       ({@link Rates});</li>
 *   <li><b>latency</b>: then {@code paced} more, offered at {@code rate} per second (the feeds list one more article
 *       every 1/rate s); for each, the time from its release into its feed, and from the end of its page's fetch,
 *       to the first search that found it ({@link SearchableWatcher}).</li>
 * </ol>
 * Then the one check: every article is indexed exactly once (the document count, and one document per article URL,
 * no other). Failing it fails the run; the figures are written first either way. Peak resident memory and CPU time of
 * every process are read from {@code /proc} before the processes stop. Output in {@code target/bench}: {@code e2e.txt},
 * {@code e2e.json}, each process's log and configuration.
 */
class EndToEndBench {
    static final Path OUT = Path.of("target", "bench");
    /** Items per feed in the latency phase, as a real feed has (the throughput phase lists all of a host's articles). */
    static final int FEED_ITEMS = 50;
    /** Pages the stage costs are measured on ({@link StageCosts}), after the phases. */
    static final int STAGE_COST_PAGES = 300;
    /** How often a progress line is printed while waiting. */
    static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

    private final BenchSettings settings = BenchSettings.fromSystemProperties();
    private final StageConfigFile config = new StageConfigFile("bench", settings.partitions(), settings.feedInterval(), settings.ingest() > 1,
            settings.commitInterval());
    private final Deployment deployment = Deployment.of(settings.shape(), OUT);
    private TopicArrivals raw;
    private TopicArrivals enriched;
    private SearchableWatcher searchable;
    private ElasticsearchClient client;

    @Test
    void endToEnd() throws Exception {
        ServiceProcesses.recreate(OUT);
        String loadStart = MachineFacts.loadLine();
        double load1 = MachineFacts.load1();
        if (load1 > MachineFacts.QUIET_LOAD) {
            System.err.printf("%n!!! WARNING: load average %s at the start (> %.1f): the figures will be indicative only !!!%n%n",
                    loadStart, MachineFacts.QUIET_LOAD);
        }
        BenchCorpus corpus = new BenchCorpus(settings.seed(), settings.total(), settings.hosts(), settings.copyPercent());
        LoopbackNewsSite site = LoopbackNewsSite.start(settings.hosts(), corpus, Duration.ZERO);
        site.release(settings.articles());
        try {
            deployment.start(config, site, settings);
            NewsflowConfig clients = deployment.clients();
            raw = TopicArrivals.start(clients.kafka().bootstrapServers(), config.topicPrefix() + "raw-articles");
            enriched = TopicArrivals.start(clients.kafka().bootstrapServers(), config.topicPrefix() + "enriched-articles");
            client = ElasticsearchClients.create(clients.index());
            searchable = SearchableWatcher.start(client, config.articlesIndex());

            SearchableWatcher watcher = searchable;
            awaitSearchable("the throughput phase", watcher::count, settings.articles());
            Map<String, Integer> pacedUrls = IntStream.range(settings.articles(), settings.total()).boxed()
                    .collect(Collectors.toMap(site::articleUrl, n -> n));
            site.limitFeeds(FEED_ITEMS); // the throughput phase's articles are all in: feeds as long as real ones from now on
            watcher.track(pacedUrls, site::releasedNanos);
            offerPaced(site);
            awaitSearchable("the latency phase", () -> settings.total() - watcher.pending(), settings.total());
            Thread.sleep(3000); // a duplicate written late would raise the count: give it the time to show

            List<ProcessUse> use = deployment.use();
            Correctness correctness = check(site, watcher.allDocuments());
            System.out.println("[bench] stage costs: extraction and analysis of the corpus's first " + STAGE_COST_PAGES + " pages");
            StageCosts stageCosts = StageCosts.measure(corpus, STAGE_COST_PAGES); // the pipeline is idle: all searchable
            long firstFetch = firstFetchNanos(site);
            BenchReport report = new BenchReport(MachineFacts.describe(), loadStart, MachineFacts.loadLine(),
                    !(load1 > MachineFacts.QUIET_LOAD), settings.describe(), versions(client),
                    endToEnd(watcher, firstFetch), List.of(
                            stage("ingest", raw.arrivals(), firstFetch), stage("enrich", enriched.arrivals(), firstFetch),
                            stage("index", searchableTimes(watcher.samples(), settings.articles()), firstFetch)),
                    latencies(site, watcher), use, correctness, stageCosts);
            report.write(OUT);
            System.out.print(report.text());
            System.out.println("written: " + OUT.resolve("e2e.txt").toAbsolutePath() + " and e2e.json");
            if (!correctness.ok()) throw new AssertionError("not every article was indexed exactly once: " + correctness);
        } finally {
            try {
                for (AutoCloseable c : new AutoCloseable[] {searchable, enriched, raw, client}) {
                    if (c != null) c.close();
                }
            } finally {
                deployment.close();
                site.close();
            }
        }
    }

    /** Lists one more article every 1/rate s, on schedule (a late step catches up, so the mean rate holds). */
    private void offerPaced(LoopbackNewsSite site) throws InterruptedException {
        long start = System.nanoTime();
        for (int i = 1; i <= settings.paced(); i++) {
            long due = start + i * 1_000_000_000L / settings.rate();
            long wait = due - System.nanoTime();
            if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            site.release(settings.articles() + i);
            deployment.assertAlive();
        }
    }

    /**
     * Waits until {@code progress} reaches {@code target}; fails when a process exits or nothing progressed for
     * {@link BenchSettings#stall()} (a bound against hanging, not a timing claim).
     */
    private void awaitSearchable(String what, LongSupplier progress, long target) throws InterruptedException {
        long last = -1;
        long lastChange = System.nanoTime();
        long lastProgress = System.nanoTime();
        while (true) {
            long now = progress.getAsLong();
            if (now >= target) return;
            if (now != last) {
                last = now;
                lastChange = System.nanoTime();
            }
            if (System.nanoTime() - lastProgress > PROGRESS_EVERY.toNanos()) {
                lastProgress = System.nanoTime();
                System.out.printf("[bench] %s: %d of %d; records readable: raw-articles %d, enriched-articles %d; load %s%n", what, now,
                        target, raw.arrivals().size(), enriched.arrivals().size(), MachineFacts.loadLine());
            }
            deployment.assertAlive();
            if (System.nanoTime() - lastChange > settings.stall().toNanos()) {
                throw new AssertionError(what + ": stuck at " + now + " of " + target + " for " + settings.stall() + "; see " + OUT.toAbsolutePath());
            }
            Thread.sleep(200);
        }
    }

    /** Every article URL exactly once, nothing else, and no document id twice (in two monthly indexes). */
    private static Correctness check(LoopbackNewsSite site, List<Map.Entry<String, String>> documents) {
        Set<String> expected = new HashSet<>(site.articleUrls());
        Map<String, Long> perUrl = documents.stream().collect(Collectors.groupingBy(Map.Entry::getValue, Collectors.counting()));
        int missing = (int) expected.stream().filter(u -> !perUrl.containsKey(u)).count();
        int duplicated = (int) perUrl.values().stream().filter(c -> c > 1).count();
        int unexpected = (int) perUrl.keySet().stream().filter(u -> !expected.contains(u)).count();
        int sharedIds = documents.size() - (int) documents.stream().map(Map.Entry::getKey).distinct().count();
        boolean ok = documents.size() == expected.size() && missing == 0 && duplicated == 0 && unexpected == 0 && sharedIds == 0;
        return new Correctness(ok, expected.size(), documents.size(), missing, duplicated, unexpected, sharedIds);
    }

    private long firstFetchNanos(LoopbackNewsSite site) {
        return site.requests().stream().filter(r -> r.path().startsWith("/articles/")).mapToLong(Request::startNanos).min().orElseThrow();
    }

    private EndToEnd endToEnd(SearchableWatcher watcher, long firstFetch) {
        List<Long> times = searchableTimes(watcher.samples(), settings.articles());
        return new EndToEnd(settings.articles(), Rates.seconds(times.getFirst() - firstFetch), Rates.seconds(times.getLast() - firstFetch),
                Rates.cold(times, firstFetch), Rates.warm(times, settings.warmShare()));
    }

    /** One stage's figures over its first {@code articles} outputs (the throughput phase's). */
    private Stage stage(String name, List<Long> outputs, long firstFetch) {
        List<Long> times = outputs.subList(0, Math.min(outputs.size(), settings.articles()));
        if (times.isEmpty()) return new Stage(name, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        return new Stage(name, times.size(), Rates.seconds(times.getFirst() - firstFetch), Rates.seconds(times.getLast() - firstFetch),
                Rates.cold(times.subList(1, times.size()), times.getFirst()), Rates.warm(times, settings.warmShare()));
    }

    /** The time article {@code k} (k = 1..upTo) became searchable, from the counts: the first sample counting k. */
    static List<Long> searchableTimes(List<SearchableWatcher.Sample> samples, int upTo) {
        List<Long> times = new ArrayList<>(upTo);
        for (SearchableWatcher.Sample s : samples) {
            while (times.size() < Math.min(s.count(), upTo)) times.add(s.nanos());
        }
        return times;
    }

    private Latencies latencies(LoopbackNewsSite site, SearchableWatcher watcher) {
        if (settings.paced() == 0) {
            return new Latencies(0, settings.rate(), Double.NaN, Double.NaN, Double.NaN, Percentiles.of(new long[0]), Percentiles.of(new long[0]));
        }
        Map<Integer, Long> fetched = new HashMap<>();
        for (Request r : site.requests()) {
            Integer n = Articles.number(r.path());
            if (n != null && n >= settings.articles()) fetched.merge(n, r.endNanos(), Math::min);
        }
        Map<String, Long> seen = watcher.seen();
        List<Long> offered = new ArrayList<>();
        List<Long> fromFetch = new ArrayList<>();
        long firstOffer = Long.MAX_VALUE;
        long lastSeen = Long.MIN_VALUE;
        for (int n = settings.articles(); n < settings.total(); n++) {
            Long at = seen.get(site.articleUrl(n));
            long released = site.releasedNanos(n);
            if (at == null || released == 0) continue;
            offered.add(at - released);
            if (fetched.containsKey(n)) fromFetch.add(at - fetched.get(n));
            firstOffer = Math.min(firstOffer, released);
            lastSeen = Math.max(lastSeen, at);
        }
        double achieved = offered.isEmpty() ? Double.NaN : offered.size() / Rates.seconds(lastSeen - firstOffer);
        int quarter = offered.size() / 4;
        long[] firstQuarter = offered.subList(0, quarter).stream().mapToLong(Long::longValue).toArray();
        long[] lastQuarter = offered.subList(offered.size() - quarter, offered.size()).stream().mapToLong(Long::longValue).toArray();
        return new Latencies(settings.paced(), settings.rate(), achieved, Rates.percentiles(firstQuarter, 50)[0] / 1e6,
                Rates.percentiles(lastQuarter, 50)[0] / 1e6, Percentiles.of(offered.stream().mapToLong(Long::longValue).toArray()),
                Percentiles.of(fromFetch.stream().mapToLong(Long::longValue).toArray()));
    }

    private static Map<String, String> versions(ElasticsearchClient client) {
        Map<String, String> versions = new LinkedHashMap<>();
        try {
            versions.put("elasticsearch", client.info().version().number());
        } catch (java.io.IOException | RuntimeException e) {
            versions.put("elasticsearch", "n/a");
        }
        versions.put("kafka", org.apache.kafka.common.utils.internals.AppInfoParser.getVersion() + " (embedded broker, same as the clients)");
        return versions;
    }
}

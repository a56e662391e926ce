package io.newsflow.demo;

import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.app.health.MonitorServer;
import io.newsflow.app.pipeline.Pipeline;
import io.newsflow.devstack.DevStack;
import io.newsflow.devstack.TempDirs;
import io.newsflow.index.events.EventDocument;
import io.newsflow.index.model.SearchQuery;
import io.newsflow.index.search.ArticleHit;
import io.newsflow.index.search.ArticleSearch;
import io.newsflow.index.search.Citations;
import io.newsflow.index.search.EventSearch;
import io.newsflow.index.stage.IndexStage;
import io.newsflow.ingest.model.IngestReport;
import io.newsflow.ingest.settings.FetchSettings;
import io.newsflow.ingest.settings.IngestSettings;
import io.newsflow.ingest.settings.SourceSettings;
import io.newsflow.ingest.settings.SourceType;
import io.newsflow.schemas.Topics;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * The whole pipeline in one JVM on the embedded dev stack: start Kafka and Elasticsearch, create topics, start enrich
 * and the indexer, ingest a corpus, wait until every article is indexed, then query the index. Prints a progress line
 * per step. The bundled corpus goes through the real fetch path: the demo serves it as a news site on loopback
 * ({@link DemoSite}) and scrapes that with the production ingester ({@code SourceIngester.runOnce}, as
 * {@code newsflow ingest --once}); files and folders given by the user are read as files. {@link #close()} stops
 * everything (site, stages, dev stack) and deletes every temp dir it made.
 */
public final class Demo implements AutoCloseable {
    /** The actor whose events the summary lists as a timeline. */
    public static final String TIMELINE_ACTOR = "Nikol Pashinyan";
    /** The domain the summary asks "who cites" of (the Russian sample article's sources cite it). */
    public static final String CITED_DOMAIN = "tass.ru";
    /** Queries the summary runs: the seed-like story, and the same topic in Russian (stemmed: переговоры ~ переговор). */
    public static final List<String> SEARCHES = List.of("Putin Pashinyan phone call", "Лавров переговоры в Ереване");
    static final Duration INDEX_TIMEOUT = Duration.ofMinutes(3);
    static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);
    static final int STEPS = 5;
    /** The {@code source} recorded on articles scraped from the demo site's own feed; outlets' feeds are {@code demo-<outlet>}. */
    public static final String SITE_SOURCE = "demo-site";
    /** Least time between two requests to the demo site: it is ours, on loopback, so faster than an outlet's pace. */
    static final Duration SITE_HOST_DELAY = Duration.ofMillis(50);

    private final PrintStream out;
    private final NewsflowConfig base;
    private Path workDir;
    private DevStack stack;
    private Pipeline pipeline;
    private DemoSite site;
    private NewsflowConfig config;
    private IndexStage indexer;
    private List<SourceSettings> sources = List.of();
    private MonitorServer page;

    public Demo(PrintStream out, NewsflowConfig base) {
        this.out = out;
        this.base = base;
    }

    /** Runs the demo over {@code inputs}, or over the bundled corpus when empty. */
    public DemoSummary run(List<Path> inputs) throws Exception {
        workDir = Files.createTempDirectory("newsflow-demo-");
        long t0 = System.nanoTime();

        step(1, "Starting the dev stack (embedded Kafka broker + Elasticsearch node)");
        stack = DevStack.start();
        done(t0, "Kafka at " + stack.bootstrapServers() + ", Elasticsearch at " + stack.elasticsearchUrl());

        long t1 = System.nanoTime();
        step(2, "Creating topics, index template; starting enrich (Kafka Streams, exactly-once) and the indexer");
        config = base.forDevStack(stack.bootstrapServers(), stack.elasticsearchUrl(), workDir.resolve("enrich-state").toString());
        pipeline = new Pipeline(config);
        pipeline.createTopics();
        pipeline.startEnrich();
        indexer = pipeline.startIndexer();
        done(t1, "topics " + config.topics().all());

        long t2 = System.nanoTime();
        IngestReport report;
        if (inputs.isEmpty()) {
            site = DemoSite.start(request -> out.println("      " + request));
            IngestSettings scrape = scrapeSettings(config.ingest(), site);
            sources = scrape.sources();
            step(3, "Scraping the bundled demo corpus (" + site.articleUrls().size() + " articles, " + sources.size()
                    + " feeds) from the demo news site " + site.baseUrl() + "/ (host " + site.host() + " allow-listed): "
                    + "robots.txt, the feeds, each article, one request per " + scrape.fetch().hostDelay().toMillis() / 1000.0 + " s");
            report = pipeline.ingestOnce(scrape);
        } else {
            step(3, "Ingesting " + inputs);
            report = pipeline.ingest(inputs);
        }
        done(t2, report.toString());

        long t3 = System.nanoTime();
        step(4, "Enriching and indexing");
        waitForIndex(indexer, report.articles());
        refresh();
        done(t3, indexer.indexed() + " articles indexed");

        step(5, "Querying the index");
        ArticleSearch search = new ArticleSearch(pipeline.elasticsearch(), config.index().articlesIndex());
        Map<String, List<ArticleHit>> searches = new LinkedHashMap<>();
        for (String query : SEARCHES) searches.put(query, search.search(query, 3));
        EventSearch events = new EventSearch(pipeline.elasticsearch(), config.index().eventsIndex());
        List<EventDocument> timeline = events.timeline(new SearchQuery(null, TIMELINE_ACTOR, null, null, null, null, null, 12));
        long eventCount = pipeline.elasticsearch().count(c -> c.index(config.index().eventsIndex()).ignoreUnavailable(true).allowNoIndices(true)).count();
        Citations.WhoCites citing = new Citations(pipeline.elasticsearch(), config.index().articlesIndex())
                .whoCites(new SearchQuery(null, null, null, null, null, null, null, 5), CITED_DOMAIN);
        DemoSummary summary = new DemoSummary(report, search.count(), search.topActors(8), searches, eventCount, timeline, citing);
        done(t0, "demo pipeline complete");
        return summary;
    }

    /**
     * The ingest settings that scrape {@code site}: its feeds as the only sources ({@value #SITE_SOURCE} for the
     * site's own, {@code demo-<outlet>} for each outlet's), its host added to the fetch allow-list (loopback is
     * refused otherwise) and paced at {@link #SITE_HOST_DELAY} at most; every other fetch setting (User-Agent,
     * robots.txt, limits) as configured.
     */
    static IngestSettings scrapeSettings(IngestSettings ingest, DemoSite site) {
        FetchSettings fetch = ingest.fetch();
        List<String> allow = new ArrayList<>(fetch.allowHosts());
        allow.add(site.host());
        List<SourceSettings> feeds = new ArrayList<>();
        site.feedUrls().forEach((name, url) -> feeds.add(SourceSettings.of(
                name.equals(DemoCorpus.SITE_FEED) ? SITE_SOURCE : "demo-" + name, SourceType.FEED, url)));
        Duration pace = fetch.hostDelay().compareTo(SITE_HOST_DELAY) < 0 ? fetch.hostDelay() : SITE_HOST_DELAY;
        return ingest.with(feeds, fetch.allowing(allow).pacedAt(pace));
    }

    /**
     * Starts the monitoring page on the demo's index and Kafka ({@code index.serve}; a free port when that one is
     * taken) and returns its URL; closed with the demo.
     */
    public String startPage() throws IOException {
        if (page == null) page = MonitorServer.start(pipeline.elasticsearch(), config, sources, true);
        return page.url();
    }

    /** Ingests {@code files} into the running demo pipeline and waits until they are indexed; returns how many. */
    public int ingestFiles(List<Path> files) throws Exception {
        long before = indexer.completed();
        IngestReport report = pipeline.ingest(files);
        waitForIndex(indexer, (int) before + report.articles());
        refresh();
        return report.articles();
    }

    /** The demo news site's base URL ({@code http://127.0.0.1:<port>}), or null when the demo ingested files. */
    public String siteUrl() {
        return site == null ? null : site.baseUrl();
    }

    /** The topics the demo created. */
    public Topics topics() {
        return pipeline.config().topics();
    }

    /** The demo's temp dir (Kafka Streams state), deleted on close. */
    public Path workDir() {
        return workDir;
    }

    public String bootstrapServers() {
        return stack.bootstrapServers();
    }

    public String elasticsearchUrl() {
        return stack.elasticsearchUrl();
    }

    public String articlesIndex() {
        return pipeline.config().index().articlesIndex();
    }

    /**
     * Makes what was indexed searchable. The events index is created by its first event, so a corpus without events
     * has none: the refresh tolerates that.
     */
    private void refresh() throws IOException {
        pipeline.elasticsearch().indices().refresh(r -> r.index(config.index().articlesIndex(), config.index().eventsIndex())
                .ignoreUnavailable(true).allowNoIndices(true));
    }

    /** Waits until {@code expected} records are done with: their article and every event written, or dead-lettered. */
    private void waitForIndex(IndexStage indexer, int expected) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + INDEX_TIMEOUT.toNanos();
        long lastProgress = 0;
        while (indexer.completed() < expected) {
            if (indexer.failure() != null) throw new IllegalStateException("the indexer stopped: " + indexer.failure(), indexer.failure());
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("only " + indexer.completed() + " of " + expected + " articles indexed after " + INDEX_TIMEOUT);
            }
            if (System.nanoTime() - lastProgress > PROGRESS_EVERY.toNanos()) {
                lastProgress = System.nanoTime();
                out.printf("      indexed %d/%d%n", indexer.completed(), expected);
            }
            Thread.sleep(100);
        }
    }

    private void step(int n, String what) {
        out.printf("[%d/%d] %s …%n", n, STEPS, what);
    }

    private void done(long startNanos, String result) {
        out.printf("      %s (%.1f s)%n", result, (System.nanoTime() - startNanos) / 1e9);
    }

    /** Stops the page, the demo site, the stages, the dev stack, then deletes the temp dir; each even if another fails. */
    @Override
    public void close() throws Exception {
        Path dir = workDir;
        try (AutoCloseable deleteDir = () -> TempDirs.delete(dir); DevStack s = stack; Pipeline p = pipeline; DemoSite w = site;
             MonitorServer m = page) {
            // closed in reverse order: page, site, pipeline, stack, temp dir
        }
    }
}

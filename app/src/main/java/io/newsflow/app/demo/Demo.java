package io.newsflow.app.demo;

import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.app.pipeline.IndexerLoop;
import io.newsflow.app.pipeline.Pipeline;
import io.newsflow.devstack.DevStack;
import io.newsflow.devstack.TempDirs;
import io.newsflow.index.search.ArticleHit;
import io.newsflow.index.search.ArticleSearch;
import io.newsflow.ingest.IngestReport;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * The whole pipeline in one JVM on the embedded dev stack: start Kafka and Elasticsearch, create topics, start enrich
 * and the indexer, ingest a corpus, wait until every article is indexed, then query the index. Prints a progress line
 * per step. {@link #close()} stops everything and deletes every temp dir it made.
 */
public final class Demo implements AutoCloseable {
    /** Queries the summary runs: the seed-like story, and the same topic in Russian (stemmed: переговоры ~ переговор). */
    public static final List<String> SEARCHES = List.of("Putin Pashinyan phone call", "Лавров переговоры в Ереване");
    static final Duration INDEX_TIMEOUT = Duration.ofMinutes(3);
    static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);
    static final int STEPS = 5;

    private final PrintStream out;
    private final NewsflowConfig base;
    private Path workDir;
    private DevStack stack;
    private Pipeline pipeline;

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
        NewsflowConfig config = base.forDevStack(stack.bootstrapServers(), stack.elasticsearchUrl(), workDir.resolve("enrich-state").toString());
        pipeline = new Pipeline(config);
        pipeline.createTopics();
        pipeline.startEnrich();
        IndexerLoop indexer = pipeline.startIndexer();
        done(t1, "topics " + config.topics().all());

        long t2 = System.nanoTime();
        List<Path> corpus = inputs.isEmpty() ? List.of(DemoCorpus.copyTo(workDir.resolve("corpus"))) : inputs;
        step(3, "Ingesting " + (inputs.isEmpty() ? "the bundled demo corpus (" + DemoCorpus.names().size() + " articles)" : inputs));
        IngestReport report = pipeline.ingest(corpus);
        done(t2, report.toString());

        long t3 = System.nanoTime();
        step(4, "Enriching and indexing");
        waitForIndex(indexer, report.articles());
        pipeline.elasticsearch().indices().refresh(r -> r.index(config.index().articlesIndex()));
        done(t3, indexer.indexed() + " articles indexed");

        step(5, "Querying the index");
        ArticleSearch search = new ArticleSearch(pipeline.elasticsearch(), config.index().articlesIndex());
        Map<String, List<ArticleHit>> searches = new LinkedHashMap<>();
        for (String query : SEARCHES) searches.put(query, search.search(query, 3));
        DemoSummary summary = new DemoSummary(report, search.count(), search.topActors(8), searches);
        done(t0, "demo pipeline complete");
        return summary;
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

    private void waitForIndex(IndexerLoop indexer, int expected) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + INDEX_TIMEOUT.toNanos();
        long lastProgress = 0;
        while (indexer.indexed() + indexer.rejected() < expected) {
            if (indexer.failure() != null) throw new IllegalStateException("the indexer stopped: " + indexer.failure(), indexer.failure());
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("only " + indexer.indexed() + " of " + expected + " articles indexed after " + INDEX_TIMEOUT);
            }
            if (System.nanoTime() - lastProgress > PROGRESS_EVERY.toNanos()) {
                lastProgress = System.nanoTime();
                out.printf("      indexed %d/%d%n", indexer.indexed(), expected);
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

    @Override
    public void close() throws Exception {
        try {
            if (pipeline != null) pipeline.close();
        } finally {
            try {
                if (stack != null) stack.close();
            } finally {
                TempDirs.delete(workDir);
            }
        }
    }

}

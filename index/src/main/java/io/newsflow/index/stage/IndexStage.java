package io.newsflow.index.stage;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.newsflow.index.settings.IndexSettings;
import io.newsflow.index.write.ArticleIndexer;
import io.newsflow.index.write.IndexTemplates;
import io.newsflow.schemas.stage.KafkaReachable;
import io.newsflow.schemas.stage.Stage;
import io.newsflow.schemas.stage.StageStartException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The index stage: checks Elasticsearch (installing the index templates) and Kafka, then runs an {@link ArticleIndexer}
 * on its own thread until {@link #close()}. The indexer (and its Kafka consumer) is created, used and closed on that
 * thread, as the consumer requires. {@link #start} returns once the indexer has polled once, so a stage that cannot
 * build its clients fails there, not later.
 */
public final class IndexStage implements Stage {
    private static final Logger log = LoggerFactory.getLogger(IndexStage.class);
    static final Duration POLL = Duration.ofMillis(200);
    /** How long a normal stop (finish the poll in hand, close the consumer) may take before the loop is interrupted. */
    static final Duration STOP_GRACE = Duration.ofSeconds(5);

    /** What has to answer (and be set up) before the loop starts; see {@link #services}. */
    @FunctionalInterface
    public interface Preflight {
        void check(Duration timeout) throws StageStartException, InterruptedException;
    }

    private final Preflight preflight;
    private final Supplier<ArticleIndexer> indexers;
    private final Thread thread;
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile boolean polled;
    private volatile ArticleIndexer indexer;
    private volatile Throwable failure;

    /**
     * @param preflight checks the services before the loop starts
     * @param indexers  creates the indexer, on the stage's thread
     */
    public IndexStage(Preflight preflight, Supplier<ArticleIndexer> indexers) {
        this.preflight = preflight;
        this.indexers = indexers;
        this.thread = new Thread(this::run, "newsflow-indexer");
    }

    /**
     * The services the stage needs, checked in this order: Elasticsearch at {@code settings}' hosts (by installing the
     * index templates the indexer writes through), then Kafka at {@code bootstrapServers}.
     */
    public static Preflight services(String bootstrapServers, IndexSettings settings, ElasticsearchClient client) {
        return timeout -> {
            try {
                IndexTemplates.install(client, settings);
            } catch (IOException | RuntimeException e) {
                throw new StageStartException("cannot reach Elasticsearch at " + settings.hosts() + " (" + e.getMessage()
                        + "): start it, or set NEWSFLOW_ELASTICSEARCH_HOSTS or index.hosts in a -c FILE", e);
            }
            KafkaReachable.require(bootstrapServers, timeout);
        };
    }

    @Override
    public void start(Duration timeout) throws StageStartException, InterruptedException {
        try {
            preflight.check(timeout);
        } catch (StageStartException | RuntimeException e) {
            failure = e;
            throw e;
        }
        thread.start();
        if (!started.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            close();
            throw new StageStartException("the indexer did not poll Kafka within " + timeout);
        }
        Throwable t = failure;
        if (t != null) throw new StageStartException("the indexer could not start: " + t.getMessage(), t);
        log.info("index running");
    }

    private void run() {
        try (ArticleIndexer created = indexers.get()) {
            indexer = created;
            while (running) {
                created.pollOnce(POLL);
                polled = true;
                started.countDown();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable t) {
            failure = t;
            log.error("indexer stopped", t);
        } finally {
            started.countDown();
        }
    }

    @Override
    public Health health() {
        Throwable t = failure;
        if (t != null) return Health.failed(t);
        if (!running) return Health.of(Status.STOPPED);
        return Health.of(polled ? Status.RUNNING : Status.STARTING);
    }

    /** Articles indexed so far (0 before the indexer started). */
    public long indexed() {
        ArticleIndexer i = indexer;
        return i == null ? 0 : i.indexed();
    }

    /** Records done with so far (see {@link ArticleIndexer#completed()}); 0 before the indexer started. */
    public long completed() {
        ArticleIndexer i = indexer;
        return i == null ? 0 : i.completed();
    }

    /** Records dead-lettered by the indexer so far. */
    public long rejected() {
        ArticleIndexer i = indexer;
        return i == null ? 0 : i.rejected();
    }

    /** The error that stopped the loop, or null while it runs. */
    public Throwable failure() {
        return failure;
    }

    /**
     * Stops the loop: it finishes the poll in hand and closes the indexer on its own thread; an indexer still busy after
     * {@link #STOP_GRACE} (backing off after an Elasticsearch failure) is interrupted, and this waits up to 30 s more.
     */
    @Override
    public void close() {
        running = false;
        if (!thread.isAlive()) return;
        try {
            thread.join(STOP_GRACE);
            if (thread.isAlive()) { // backing off after an Elasticsearch failure: wake it up
                thread.interrupt();
                thread.join(Duration.ofSeconds(30));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package io.newsflow.app.pipeline;

import io.newsflow.index.write.ArticleIndexer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs an {@link ArticleIndexer} on its own thread until {@link #close()}: the indexer (and its Kafka consumer) is
 * created, used and closed on that thread, as the consumer requires.
 */
public final class IndexerLoop implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(IndexerLoop.class);
    static final Duration POLL = Duration.ofMillis(200);
    /** How long a normal stop (finish the poll in hand, close the consumer) may take before the loop is interrupted. */
    static final Duration STOP_GRACE = Duration.ofSeconds(5);

    private final Thread thread;
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile ArticleIndexer indexer;
    private volatile Throwable failure;

    public IndexerLoop(Supplier<ArticleIndexer> factory) {
        this.thread = new Thread(() -> run(factory), "newsflow-indexer");
        thread.start();
    }

    private void run(Supplier<ArticleIndexer> factory) {
        try (ArticleIndexer created = factory.get()) {
            indexer = created;
            started.countDown();
            while (running) created.pollOnce(POLL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable t) {
            failure = t;
            log.error("indexer stopped", t);
        } finally {
            started.countDown();
        }
    }

    /** Articles indexed so far (0 before the indexer started). */
    public long indexed() {
        ArticleIndexer i = indexer;
        return i == null ? 0 : i.indexed();
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

    public void awaitStarted(Duration timeout) throws InterruptedException {
        started.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Stops the loop: it finishes the poll in hand and closes the indexer on its own thread; an indexer still busy after
     * {@link #STOP_GRACE} (backing off after an Elasticsearch failure) is interrupted, and this waits up to 30 s more.
     */
    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(STOP_GRACE);
        if (thread.isAlive()) { // backing off after an Elasticsearch failure: wake it up
            thread.interrupt();
            thread.join(Duration.ofSeconds(30));
        }
    }
}

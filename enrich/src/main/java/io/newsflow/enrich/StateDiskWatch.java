package io.newsflow.enrich;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Warns when the disk under enrich's state directory runs low. A full state disk does not stop Kafka Streams at once
 * (RocksDB keeps writing to memory and the changelogs hold the data; {@code DiskFullIT}), so without a word an operator
 * learns of it only when a flush or a restore fails. Checked every {@link #EVERY}; low means less than
 * {@link #MIN_FREE_SHARE} of the disk or {@link #MIN_FREE_BYTES}, whichever is larger; a warning is logged on every
 * check while low, and once when space is back.
 */
final class StateDiskWatch implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StateDiskWatch.class);
    static final Duration EVERY = Duration.ofMinutes(1);
    static final double MIN_FREE_SHARE = 0.05;
    static final long MIN_FREE_BYTES = 256L * 1024 * 1024;

    private final Path dir;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "newsflow-state-disk");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean low;

    StateDiskWatch(Path dir) {
        this.dir = dir;
    }

    void start() {
        timer.scheduleWithFixedDelay(this::check, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether {@code usable} bytes of a {@code total}-byte disk are too few for a state directory. */
    static boolean low(long usable, long total) {
        return usable < Math.max(MIN_FREE_BYTES, (long) (total * MIN_FREE_SHARE));
    }

    /** {@code dir} or its nearest existing parent (Streams creates the state directory later), or null. */
    static Path nearestExisting(Path dir) {
        Path existing = dir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        return existing;
    }

    boolean isLow() {
        return low;
    }

    void check() {
        try {
            Path existing = nearestExisting(dir);
            if (existing == null) return;
            var store = Files.getFileStore(existing);
            long usable = store.getUsableSpace(), total = store.getTotalSpace();
            boolean nowLow = low(usable, total);
            if (nowLow) {
                log.warn("enrich's state directory {} has {} MB free of {} MB: free space or move enrich.stateDir before "
                        + "RocksDB cannot flush", dir, usable >> 20, total >> 20);
            } else if (low) {
                log.info("enrich's state directory {} has {} MB free again", dir, usable >> 20);
            }
            low = nowLow;
        } catch (IOException | RuntimeException e) {
            log.debug("cannot read free space of {}: {}", dir, e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}

package io.newsflow.app.commands;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Keeps a long-running command alive until Ctrl-C (SIGINT/SIGTERM) and then closes what it runs, from a shutdown hook,
 * before the JVM exits; or returns early when the work reports a fatal error.
 */
public final class RunUntilStopped {
    static final Duration CHECK_EVERY = Duration.ofSeconds(1);

    private RunUntilStopped() {}

    /** One step of a command's start that may fail. */
    @FunctionalInterface
    public interface Start<T> {
        T run() throws Exception;
    }

    /**
     * Runs {@code start}; when it fails, closes {@code resource} (what was started so far) before the failure goes on,
     * with the close's own failure, if any, suppressed in it.
     */
    public static <T> T startOrClose(AutoCloseable resource, Start<T> start) throws Exception {
        try {
            return start.run();
        } catch (Exception e) {
            throw closeAfter(resource, e);
        }
    }

    /** Closes {@code resource} after {@code failure}; a failure of the close travels suppressed in {@code failure}. */
    private static <E extends Throwable> E closeAfter(AutoCloseable resource, E failure) {
        try {
            resource.close();
        } catch (Exception closing) {
            failure.addSuppressed(closing);
        }
        return failure;
    }

    /**
     * Blocks until the JVM shuts down or {@code failure} returns non-null.
     *
     * @return the failure, or never returns on a normal stop (the JVM exits after the hook)
     */
    public static Throwable await(AutoCloseable resource, Supplier<Throwable> failure, PrintStream out) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean stopping = new java.util.concurrent.atomic.AtomicBoolean();
        Thread hook = new Thread(() -> {
            if (!stopping.compareAndSet(false, true)) return; // the work failed and is being closed already
            out.println("Stopping …");
            try {
                resource.close();
                out.println("Stopped cleanly.");
            } catch (Exception e) {
                out.println("Stopped with an error: " + e);
            } finally {
                closed.countDown();
            }
        }, "newsflow-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        while (!closed.await(CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS)) {
            Throwable t = failure.get();
            if (t != null && stopping.compareAndSet(false, true)) { // not while Ctrl-C is already closing it
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the JVM is exiting: the hook would have returned at once, closing here is still right
                }
                return closeAfter(resource, t);
            }
        }
        return null;
    }
}

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
final class RunUntilStopped {
    static final Duration CHECK_EVERY = Duration.ofSeconds(1);

    private RunUntilStopped() {}

    /**
     * Blocks until the JVM shuts down or {@code failure} returns non-null.
     *
     * @return the failure, or never returns on a normal stop (the JVM exits after the hook)
     */
    static Throwable await(AutoCloseable resource, Supplier<Throwable> failure, PrintStream out) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
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
            if (t != null) {
                Runtime.getRuntime().removeShutdownHook(hook);
                try {
                    resource.close();
                } catch (Exception e) {
                    t.addSuppressed(e);
                }
                return t;
            }
        }
        return null;
    }
}

package io.newsflow.ingest.fetch;

import java.time.Duration;

/** Waiting, replaceable so tests of politeness and backoff check the waits asked for instead of timing them. */
@FunctionalInterface
public interface Sleeper {
    Sleeper SYSTEM = d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);

    void sleep(Duration duration) throws InterruptedException;
}

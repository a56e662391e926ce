package io.newsflow.ingest.fetch;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Politeness on a fake clock: the waits the pacer asks for, not wall time. */
class HostPacerTest {

    @Test
    void requestsToOneHostAreSpacedByTheLongerOfHostDelayAndCrawlDelay() throws Exception {
        AtomicLong now = new AtomicLong(1_000_000_000L);
        List<Duration> waits = new ArrayList<>();
        HostPacer pacer = new HostPacer(Duration.ofSeconds(1), 1, now::get, d -> {
            waits.add(d);
            now.addAndGet(d.toNanos());
        });
        pacer.acquire("news.example").close();                // first request: no wait
        pacer.acquire("News.Example").close();                // same host: waits the full second
        now.addAndGet(Duration.ofMillis(400).toNanos());
        pacer.acquire("news.example").close();                // 400 ms already passed: waits 600 ms
        pacer.acquire("other.example").close();               // another host: no wait
        pacer.crawlDelay("news.example", Duration.ofSeconds(5)); // robots.txt asks for 5 s
        pacer.acquire("news.example").close();
        pacer.acquire("news.example").close();
        pacer.crawlDelay("other.example", Duration.ofMillis(10)); // shorter than hostDelay: hostDelay stays

        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofMillis(600), Duration.ofSeconds(1), Duration.ofSeconds(5));
        assertThat(pacer.delay("other.example")).isEqualTo(Duration.ofSeconds(1));
    }
}

package io.newsflow.ingest;

import com.sun.net.httpserver.Headers;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.ingest.fetch.HttpFetcher;
import io.newsflow.ingest.metrics.IngestMetrics;
import io.newsflow.ingest.settings.FetchSettings;
import io.newsflow.ingest.settings.IngestSettings;
import io.newsflow.ingest.settings.SourceSettings;
import io.newsflow.ingest.settings.SourceType;
import io.newsflow.ingest.sources.SourceIngester;
import io.newsflow.ingest.sources.SourceScheduler;
import io.newsflow.ingest.state.IngestState;
import io.newsflow.schemas.RawArticle;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rechecks of a young article page on a fixture site whose page answers 304 to its current ETag, on a clock the test
 * moves: at 15 minutes nothing changed (304: nothing produced), at 1 hour the text changed (version 2 of the same
 * article, with the previous text hash; not a copy), at 6 hours only the markup changed (a new ETag, the same text:
 * nothing produced), at 24 hours the page is gone (a dead letter; the article stays), after 48 hours nothing is due.
 */
class UpdatedPagesTest {
    static final Instant START = Instant.parse("2026-12-01T10:00:00Z");

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        volatile Instant now = START;

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
        void advanceTo(Duration sinceStart) { now = START.plus(sinceStart); }
    }

    /** The page: its current HTML and ETag; a request naming the ETag gets 304. */
    record Version(String etag, String html) {}

    static final FetchSettings FETCH = new FetchSettings("newsflow-test/1.0", Duration.ofSeconds(2), Duration.ofSeconds(5), 3, 1 << 20, 0,
            Duration.ZERO, Duration.ZERO, Duration.ofSeconds(60), 1, 1, List.of("127.0.0.1"));

    /** Serves {@code /talks} (the version held, 404 when null) and {@code /feed.xml} listing it; starts at version 1. */
    static AtomicReference<Version> versionedPage(FixtureServer site) {
        AtomicReference<Version> current = new AtomicReference<>(new Version("\"v1\"", FixturePages.article("Railway talks", null, FixturePages.TALKS)));
        site.route("/talks", (ex, hit) -> {
            Version v = current.get();
            if (v == null) {
                FixtureServer.send(ex, 404, "text/plain", "gone".getBytes(StandardCharsets.UTF_8));
                return;
            }
            ex.getResponseHeaders().set("ETag", v.etag());
            if (v.etag().equals(ex.getRequestHeaders().getFirst("If-None-Match"))) FixtureServer.send(ex, 304, null, new byte[0]);
            else FixtureServer.send(ex, 200, "text/html; charset=utf-8", v.html().getBytes(StandardCharsets.UTF_8));
        });
        site.page("/feed.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><title>t</title><item><title>x</title><link>"
                + site.base() + "/talks</link></item></channel></rss>");
        return current;
    }

    /** One ingester on the fixture site's feed, in memory, on a clock the test moves. */
    static final class Run implements AutoCloseable {
        final AtomicReference<Version> current;
        final SourceSettings feed;
        final RecordingSink sink = new RecordingSink();
        final IngestMetrics metrics = new IngestMetrics(new SimpleMeterRegistry());
        final IngestState state = IngestState.inMemory();
        final TestClock clock = new TestClock();
        final HttpFetcher fetcher = new HttpFetcher(FETCH);
        final SourceIngester ingester;

        Run(FixtureServer site) {
            current = versionedPage(site);
            feed = SourceSettings.of("fixture", SourceType.FEED, site.base() + "/feed.xml");
            ingester = new SourceIngester(new IngestSettings("files", 1 << 20).with(List.of(feed), FETCH), fetcher, state, sink, metrics, clock);
        }

        @Override
        public void close() {
            fetcher.close();
        }
    }

    @Test
    void aYoungPageIsFetchedAgainConditionallyAndAChangedTextIsItsNextVersion() throws Exception {
        try (FixtureServer site = new FixtureServer(); Run run = new Run(site)) {
            run.ingester.poll(run.feed);
            assertThat(run.sink.articles).hasSize(1);
            RawArticle first = run.sink.articles.getFirst();
            assertThat(first.getVersion()).isEqualTo(1);
            assertThat(run.ingester.dueRechecks()).as("not yet 15 minutes old").isEmpty();

            run.clock.advanceTo(Duration.ofMinutes(15));
            assertThat(run.ingester.recheck(run.ingester.dueRechecks())).isZero();
            assertThat(run.metrics.rechecks("not-modified")).isEqualTo(1);
            Headers asked = site.requests.getLast();
            assertThat(asked.getFirst("If-None-Match")).isEqualTo("\"v1\"");
            assertThat(run.ingester.dueRechecks()).as("checked: next due at 1 hour").isEmpty();
            run.ingester.poll(run.feed);
            assertThat(run.metrics.count("newsflow.ingest.seen")).as("listed again: seen, not fetched as new").isEqualTo(1);

            String[] corrected = FixturePages.TALKS.clone();
            corrected[0] = corrected[0] + " The talks were later extended by a day.";
            run.current.set(new Version("\"v2\"", FixturePages.article("Railway talks (updated)", null, corrected)));
            run.clock.advanceTo(Duration.ofHours(1));
            assertThat(run.ingester.recheck(run.ingester.dueRechecks())).isEqualTo(1);
            assertThat(run.sink.articles).hasSize(2);
            RawArticle second = run.sink.articles.getLast();
            assertThat(second.getId()).isEqualTo(first.getId());
            assertThat(second.getVersion()).isEqualTo(2);
            assertThat(second.getPreviousTextHash()).isEqualTo(first.getContentHash());
            assertThat(second.getContentHash()).isNotEqualTo(first.getContentHash());
            assertThat(second.getText()).contains("extended by a day");
            assertThat(second.getFirstFetchedAt()).isEqualTo(first.getFetchedAt());
            assertThat(second.getModified()).isEqualTo(START.plus(Duration.ofHours(1)));
            assertThat(second.getFetch().getEtag()).isEqualTo("\"v2\"");
            assertThat(run.metrics.rechecks("updated")).isEqualTo(1);
            assertThat(run.metrics.count("newsflow.ingest.copies")).as("an update is not a copy of its earlier version").isZero();
            assertThat(run.metrics.count("newsflow.ingest.duplicates")).isZero();

            run.current.set(new Version("\"v2b\"", run.current.get().html().replace("<html>", "<html><!-- new ad slot -->")));
            run.clock.advanceTo(Duration.ofHours(6));
            assertThat(run.ingester.recheck(run.ingester.dueRechecks())).isZero();
            assertThat(site.requests.getLast().getFirst("If-None-Match")).as("version 2's ETag").isEqualTo("\"v2\"");
            assertThat(run.metrics.rechecks("unchanged")).isEqualTo(1);
            assertThat(run.sink.articles).hasSize(2);

            run.current.set(null);
            run.clock.advanceTo(Duration.ofHours(24));
            assertThat(run.ingester.recheck(run.ingester.dueRechecks())).isZero();
            assertThat(run.metrics.rechecks("failed")).isEqualTo(1);
            assertThat(run.sink.deadLetters).singleElement().satisfies(d -> assertThat(d.getReason()).isEqualTo("HTTP_ERROR"));
            assertThat(run.state.seen(first.getCanonicalUrl())).hasValueSatisfying(s -> {
                assertThat(s.recheckable()).as("a failed recheck leaves the article as it was").isTrue();
                assertThat(s.page().version()).isEqualTo(2);
            });

            run.clock.advanceTo(Duration.ofHours(49));
            assertThat(run.ingester.dueRechecks()).isEmpty();
            assertThat(site.hits("/talks")).isEqualTo(5);
        }
    }

    /** The continuous run looks for due pages on its own (every minute of its run.clock) and rechecks them. */
    @Test
    void theSchedulerRechecksThePagesDueOnItsOwn() throws Exception {
        try (FixtureServer site = new FixtureServer(); Run run = new Run(site)) {
            run.ingester.poll(run.feed); // polled at 10:00; the scheduler polls it next at 10:15, when its recheck is due too
            run.current.set(new Version("\"v2\"", FixturePages.article("Railway talks", null, FixturePages.GAS)));
            run.clock.advanceTo(Duration.ofMinutes(16));
            try (SourceScheduler scheduler = new SourceScheduler(run.ingester, run.state, run.clock, line -> {})) {
                scheduler.start();
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos(); // a guard, not a measurement
                for (int step = 1; run.metrics.rechecks("updated") < 1 && System.nanoTime() < deadline; step++) {
                    run.clock.advanceTo(Duration.ofMinutes(16).plusSeconds(30L * step)); // its clock runs: the minute's scan comes
                    Thread.sleep(50);
                }
            }
            assertThat(run.metrics.rechecks("updated")).isEqualTo(1);
            assertThat(run.sink.articles).extracting(RawArticle::getVersion).containsExactly(1, 2);
        }
    }
}

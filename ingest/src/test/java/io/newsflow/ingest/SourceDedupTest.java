package io.newsflow.ingest;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.ingest.fetch.HttpFetcher;
import io.newsflow.ingest.metrics.IngestMetrics;
import io.newsflow.ingest.settings.FetchSettings;
import io.newsflow.ingest.settings.IngestSettings;
import io.newsflow.ingest.settings.SourceSettings;
import io.newsflow.ingest.settings.SourceType;
import io.newsflow.ingest.sources.SourceIngester;
import io.newsflow.ingest.state.IngestState;
import io.newsflow.schemas.RawArticle;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deduplication decisions on a fixture site reachable under two host names (127.0.0.1 and localhost, both
 * allow-listed): a variant on the same host is a duplicate and not produced; the same text on the other host is
 * produced and counted as an exact copy; a lightly edited text is produced and counted as a near copy.
 */
class SourceDedupTest {

    @Test
    void duplicatesAreDroppedPerHostAndCopiesAcrossHostsAreMarked() throws Exception {
        try (FixtureServer site = new FixtureServer()) {
            String a = site.base(), b = "http://localhost:" + site.port();
            String[] edited = FixturePages.TALKS.clone();
            edited[0] = edited[0].replace("Tuesday", "Wednesday"); // a one-word correction
            site.page("/talks", "text/html", FixturePages.article("Railway talks", null, FixturePages.TALKS));
            site.page("/talks-print", "text/html", FixturePages.article("Railway talks (print)", null, FixturePages.TALKS));
            site.page("/copy", "text/html", FixturePages.article("Railway talks, syndicated", null, FixturePages.TALKS));
            site.page("/edited", "text/html", FixturePages.article("Railway talks, edited", null, edited));
            site.page("/canonical-elsewhere", "text/html", FixturePages.article("Talks", a + "/talks?utm_source=x", FixturePages.GAS));
            site.page("/feed.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><title>t</title>"
                    + item(a + "/talks", "2026-03-05") + item(a + "/talks-print", "2026-03-04") + item(b + "/copy", "2026-03-03")
                    + item(b + "/edited", "2026-03-02") + item(a + "/canonical-elsewhere", "2026-03-01") + item(a + "/talks#comments", "2026-02-28")
                    + "</channel></rss>");
            FetchSettings fetch = new FetchSettings("newsflow-test/1.0", Duration.ofSeconds(2), Duration.ofSeconds(5), 3, 1 << 20, 0,
                    Duration.ZERO, Duration.ZERO, Duration.ofSeconds(60), 2, 1, List.of("127.0.0.1", "localhost"));
            SourceSettings feed = SourceSettings.of("fixture", SourceType.FEED, a + "/feed.xml");
            RecordingSink sink = new RecordingSink();
            IngestMetrics metrics = new IngestMetrics(new SimpleMeterRegistry());
            IngestState state = IngestState.inMemory();
            try (HttpFetcher fetcher = new HttpFetcher(fetch)) {
                new SourceIngester(new IngestSettings("files", 1 << 20).with(List.of(feed), fetch), fetcher, state, sink, metrics, Clock.systemUTC())
                        .poll(feed);
            }

            assertThat(sink.articles).extracting(RawArticle::getUrl).containsExactly(a + "/talks", b + "/copy", b + "/edited");
            assertThat(metrics.count("newsflow.ingest.duplicates")).isEqualTo(2); // /talks-print (content), /canonical-elsewhere (canonical)
            assertThat(metrics.count("newsflow.ingest.seen")).isEqualTo(0);
            assertThat(metrics.registry().get("newsflow.ingest.copies").tag("kind", "exact").counter().count()).isEqualTo(1);
            assertThat(metrics.registry().get("newsflow.ingest.copies").tag("kind", "near").counter().count()).isEqualTo(1);
            assertThat(site.hits("/talks")).isEqualTo(1); // /talks#comments is the same URL: listed once, fetched once
            assertThat(sink.articles.get(1).getContentHash()).isEqualTo(sink.articles.get(0).getContentHash());
            assertThat(sink.deadLetters).isEmpty();
            assertThat(sink.flushes).isEqualTo(1);
            assertThat(state.seen(a + "/talks-print")).hasValueSatisfying(s -> assertThat(s.articleId()).isEqualTo(sink.articles.get(0).getId()));
        }
    }

    private static String item(String link, String date) {
        return "<item><title>x</title><link>" + link + "</link><pubDate>" + java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                .format(java.time.LocalDate.parse(date).atStartOfDay(java.time.ZoneOffset.UTC)) + "</pubDate></item>";
    }
}

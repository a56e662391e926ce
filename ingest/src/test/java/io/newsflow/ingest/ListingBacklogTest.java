package io.newsflow.ingest;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.ingest.fetch.HttpFetcher;
import io.newsflow.ingest.metrics.IngestMetrics;
import io.newsflow.ingest.settings.IngestSettings;
import io.newsflow.ingest.settings.SourceSettings;
import io.newsflow.ingest.settings.SourceType;
import io.newsflow.ingest.sources.SourceIngester;
import io.newsflow.ingest.state.IngestState;
import io.newsflow.schemas.RawArticle;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A feed listing more new articles than a poll fetches ({@code maxArticles}): the rest come on the next polls although
 * the feed does not change, whether the site answers 304 (it sends an ETag) or the same body again (it sends none);
 * the unchanged body is not parsed again, and a poll after the backlog fetches nothing.
 */
class ListingBacklogTest {
    static final int ITEMS = 5;

    /** Serves {@code /feed.xml} listing {@link #ITEMS} article pages, with or without an ETag. */
    private static void site(FixtureServer site, boolean etag) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < ITEMS; i++) {
            site.page("/news/" + i, "text/html; charset=utf-8", FixturePages.article("Talks, day " + i, null,
                    FixturePages.TALKS[0] + " Day " + i + " of the talks began with a statement on rail freight.", FixturePages.TALKS[1]));
            items.append("<item><title>day ").append(i).append("</title><link>").append(site.base()).append("/news/").append(i)
                    .append("</link><pubDate>Tue, 0").append(i + 1).append(" Dec 2026 10:00:00 GMT</pubDate></item>");
        }
        byte[] feed = ("<rss version=\"2.0\"><channel><title>t</title>" + items + "</channel></rss>").getBytes(StandardCharsets.UTF_8);
        site.route("/feed.xml", (ex, hit) -> {
            if (etag) {
                ex.getResponseHeaders().set("ETag", "\"f1\"");
                if ("\"f1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                    FixtureServer.send(ex, 304, null, new byte[0]);
                    return;
                }
            }
            FixtureServer.send(ex, 200, "application/rss+xml", feed);
        });
    }

    /** What five polls of the feed produced: the articles in order, the metrics, the requests that named an ETag. */
    private record Polled(List<RawArticle> articles, IngestMetrics metrics, long conditionalRequests) {}

    /** Five polls of the fixture feed (with or without an ETag), two new articles at most each: one more than needed. */
    private static Polled poll(boolean etag) throws Exception {
        try (FixtureServer site = new FixtureServer(); HttpFetcher fetcher = new HttpFetcher(UpdatedPagesTest.FETCH)) {
            site(site, etag);
            SourceSettings feed = new SourceSettings("fixture", SourceType.FEED, site.base() + "/feed.xml", null, null, null, 2);
            RecordingSink sink = new RecordingSink();
            IngestMetrics metrics = new IngestMetrics(new SimpleMeterRegistry());
            SourceIngester ingester = new SourceIngester(new IngestSettings("files", 1 << 20).with(List.of(feed), UpdatedPagesTest.FETCH),
                    fetcher, IngestState.inMemory(), sink, metrics, Clock.systemUTC());
            for (int poll = 0; poll < 5; poll++) ingester.poll(feed);
            return new Polled(sink.articles, metrics, site.requests.stream().filter(h -> h.getFirst("If-None-Match") != null).count());
        }
    }

    @Test
    void aFeedAnswering304StillListsTheLinksLeftForLater() throws Exception {
        Polled polled = poll(true);
        assertThat(polled.articles()).extracting(RawArticle::getTitle).containsExactly("Talks, day 4", "Talks, day 3", "Talks, day 2",
                "Talks, day 1", "Talks, day 0"); // newest first, two per poll
        assertThat(polled.metrics().count("newsflow.ingest.not.modified")).isEqualTo(4);
        assertThat(polled.conditionalRequests()).isEqualTo(4);
    }

    @Test
    void aFeedSentAgainUnchangedIsNotParsedAgainAndStillListsTheRest() throws Exception {
        Polled polled = poll(false);
        assertThat(polled.articles()).hasSize(ITEMS);
        assertThat(polled.articles()).extracting(RawArticle::getTitle).doesNotHaveDuplicates();
        assertThat(polled.metrics().count("newsflow.ingest.listing.unchanged")).isEqualTo(4);
        assertThat(polled.metrics().count("newsflow.ingest.not.modified")).isZero();
    }
}

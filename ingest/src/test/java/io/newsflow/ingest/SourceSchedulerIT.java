package io.newsflow.ingest;

import io.newsflow.devstack.DevStack;
import io.newsflow.ingest.model.IngestReport;
import io.newsflow.ingest.settings.FetchSettings;
import io.newsflow.ingest.settings.IngestSettings;
import io.newsflow.ingest.settings.SourceSettings;
import io.newsflow.ingest.settings.SourceType;
import io.newsflow.schemas.RawArticle;
import io.newsflow.schemas.TopicRecords;
import io.newsflow.schemas.Topics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.newsflow.ingest.FixturePages.article;
import static io.newsflow.ingest.FixtureServer.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Continuous mode ({@code newsflow ingest -c FILE}): the {@code SourceScheduler}, wired as in production by
 * {@link IngestService#start}, polls a fixture feed on its interval through the real broker. The first poll lists two
 * articles; the second lists them plus one new item and must produce exactly that one; the third asks conditionally
 * (ETag) and gets a 304. Polls of one source never overlap, so the feed's next request marks the end of a poll: the
 * test holds the second request until it has counted the first poll's records, and reads the second poll's when the
 * third request arrives. No timing is asserted; waits are bounded only so that a failure cannot hang the build.
 */
class SourceSchedulerIT {
    static final long WAIT_SECONDS = 60;

    FixtureServer site;
    final List<String> conditional = new CopyOnWriteArrayList<>();
    final CountDownLatch secondPollAsked = new CountDownLatch(1);
    final CountDownLatch secondPollMayGo = new CountDownLatch(1);
    final CountDownLatch thirdPollAsked = new CountDownLatch(1);

    @BeforeEach
    void site() throws IOException {
        site = new FixtureServer();
        site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow:\n");
        site.page("/news/talks", "text/html", article("Railway talks in Yerevan", null, FixturePages.TALKS));
        site.page("/news/gas", "text/html", article("Gas price unchanged", null, FixturePages.GAS));
        site.page("/news/grain", "text/html", article("Wheat deliveries resume", null, FixturePages.GRAIN));
        site.route("/feed.xml", (ex, hit) -> {
            conditional.add(String.valueOf(ex.getRequestHeaders().getFirst("If-None-Match")));
            if (hit == 2) {
                secondPollAsked.countDown();
                await(secondPollMayGo);
            }
            if (hit >= 3) thirdPollAsked.countDown();
            String etag = hit == 1 ? "\"v1\"" : "\"v2\"";
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                send(ex, 304, null, new byte[0]);
                return;
            }
            ex.getResponseHeaders().set("ETag", etag);
            List<String> paths = hit == 1 ? List.of("/news/talks", "/news/gas") : List.of("/news/grain", "/news/talks", "/news/gas");
            send(ex, 200, "application/rss+xml; charset=utf-8", feed(paths).getBytes(StandardCharsets.UTF_8));
        });
    }

    private String feed(List<String> paths) {
        StringBuilder items = new StringBuilder();
        for (String p : paths) items.append("<item><title>").append(p).append("</title><link>").append(site.base()).append(p).append("</link></item>\n");
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Fixture Herald</title><link>" + site.base() + "</link>\n"
                + items + "</channel></rss>";
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(WAIT_SECONDS, TimeUnit.SECONDS)) throw new IllegalStateException("waited " + WAIT_SECONDS + " s in vain");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @AfterEach
    void stop() {
        secondPollMayGo.countDown();
        site.close();
    }

    @Test
    void theSecondPollProducesExactlyTheOneNewItem() throws Exception {
        DevStack stack = DevStack.shared();
        Topics topics = KafkaIngestIT.createTopics(stack, "scheduler-it.");
        FetchSettings fetch = new FetchSettings("newsflow-it/1.0", Duration.ofSeconds(2), Duration.ofSeconds(WAIT_SECONDS + 10), 3,
                1 << 20, 1, Duration.ofMillis(10), Duration.ZERO, Duration.ofSeconds(60), 1, 1, List.of("127.0.0.1"));
        SourceSettings feed = new SourceSettings("fixture-feed", SourceType.FEED, site.base() + "/feed.xml", null, "ARM", Duration.ofSeconds(1), null);
        IngestSettings settings = new IngestSettings("files", 10L << 20).with(List.of(feed), fetch);

        List<RawArticle> afterFirst;
        List<RawArticle> afterSecond;
        IngestReport report;
        try (IngestService service = new IngestService(stack.bootstrapServers(), topics, settings)) {
            var scheduler = service.start(Duration.ofSeconds(30), line -> {});
            await(secondPollAsked); // the first poll is over
            afterFirst = TopicRecords.read(stack.bootstrapServers(), topics.rawArticles(), 2);
            secondPollMayGo.countDown();
            await(thirdPollAsked); // the second poll is over
            afterSecond = TopicRecords.read(stack.bootstrapServers(), topics.rawArticles(), 3);
            report = service.report();
            assertThat(scheduler.failure()).isNull();
        }

        assertThat(afterFirst).extracting(RawArticle::getTitle).containsExactlyInAnyOrder("Railway talks in Yerevan", "Gas price unchanged");
        assertThat(afterSecond).hasSize(3);
        assertThat(afterSecond.subList(2, 3)).singleElement().satisfies(a -> {
            assertThat(a.getTitle()).isEqualTo("Wheat deliveries resume");
            assertThat(a.getUrl()).isEqualTo(site.base() + "/news/grain");
            assertThat(a.getSource()).isEqualTo("fixture-feed");
        });
        assertThat(site.hits("/news/talks")).isEqualTo(1);
        assertThat(site.hits("/news/gas")).isEqualTo(1);
        assertThat(site.hits("/news/grain")).isEqualTo(1);
        assertThat(conditional.subList(0, 3)).containsExactly("null", "\"v1\"", "\"v2\"");
        assertThat(report.articles()).isEqualTo(3);
        assertThat(report.deadLetterCount()).isZero();
    }
}

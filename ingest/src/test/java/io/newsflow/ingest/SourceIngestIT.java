package io.newsflow.ingest;

import io.newsflow.devstack.DevStack;
import io.newsflow.ingest.model.IngestReport;
import io.newsflow.ingest.settings.FetchSettings;
import io.newsflow.ingest.settings.IngestSettings;
import io.newsflow.ingest.settings.SourceSettings;
import io.newsflow.ingest.settings.SourceType;
import io.newsflow.schemas.DeadLetter;
import io.newsflow.schemas.RawArticle;
import io.newsflow.schemas.TopicRecords;
import io.newsflow.schemas.Topics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.newsflow.ingest.FixturePages.article;
import static io.newsflow.ingest.FixtureServer.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fixture news site on loopback (feed with ETag, news sitemap, robots.txt, good and bad pages) ingested through a
 * real broker: articles and dead letters land on their topics with the right fields and reasons, and a second run
 * (a restart, state replayed from the compacted topic) sends nothing again; its second poll asks for the feed conditionally.
 */
class SourceIngestIT {
    FixtureServer site;
    String base;

    @BeforeEach
    void site() throws IOException {
        site = new FixtureServer();
        base = site.base();
        site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /members/\nSitemap: " + base + "/sitemap.xml\n");
        site.route("/feed.xml", (ex, hit) -> {
            if ("\"feed-1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                send(ex, 304, null, new byte[0]);
                return;
            }
            ex.getResponseHeaders().set("ETag", "\"feed-1\"");
            send(ex, 200, "application/rss+xml; charset=utf-8", feed().getBytes(StandardCharsets.UTF_8));
        });
        site.page("/sitemap.xml", "application/xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                <url><loc>%1$s/news/talks</loc></url>
                <url><loc>%1$s/news/sitemap-only</loc><news:news><news:publication><news:name>Fixture Herald</news:name>
                <news:language>en</news:language></news:publication><news:publication_date>2026-03-04T10:00:00Z</news:publication_date>
                <news:title>Grain lorries queue at the pass</news:title></news:news></url>
                </urlset>""".formatted(base));
        site.page("/news/talks", "text/html; charset=utf-8", article("Railway talks in Yerevan", null, FixturePages.TALKS));
        site.page("/news/gas", "text/html", article("Gas price unchanged", base + "/news/gas", FixturePages.GAS));
        site.page("/news/gas-amp", "text/html", article("Gas price unchanged (AMP)", null, FixturePages.GAS));
        site.page("/members/secret", "text/html", article("Members only", null, FixturePages.GAS));
        site.page("/news/sitemap-only", "text/html", "<html><body><article>" + String.join("", java.util.Arrays.stream(FixturePages.GRAIN)
                .map(p -> "<p>" + p + " Lorry drivers waited.</p>").toList()) + "</article></body></html>");
        site.route("/news/broken", (ex, hit) -> send(ex, 500, "text/plain", "oops".getBytes(StandardCharsets.UTF_8)));
        site.route("/news/flaky", (ex, hit) -> send(ex, hit == 1 ? 503 : 200, "text/html",
                article("Checkpoint reopens", null, FixturePages.GRAIN).getBytes(StandardCharsets.UTF_8)));
        site.route("/news/big", (ex, hit) -> send(ex, 200, "text/html", new byte[300_000]));
        site.route("/news/moved", (ex, hit) -> {
            ex.getResponseHeaders().set("Location", "/news/grain");
            send(ex, 301, null, new byte[0]);
        });
        site.page("/news/grain", "text/html", article("Flour prices rise briefly", null,
                "Flour prices in Yerevan rose briefly while the mountain road to Russia stayed closed for three days of snow.",
                "Millers said stocks were sufficient and prices would settle once deliveries resumed at the usual pace."));
        site.route("/news/slow", (ex, hit) -> {
            site.awaitRelease(20);
            send(ex, 200, "text/html", "<p>late</p>".getBytes(StandardCharsets.UTF_8));
        });
        site.page("/news/empty", "text/html", "<html><body><nav><a href=\"/\">Home</a></nav></body></html>");
        String ru = "<html lang=ru><head><title>Лавров прибыл в Ереван</title></head><body><article><h1>Лавров прибыл в Ереван</h1>"
                + "<p>Министр иностранных дел России провёл переговоры с армянским коллегой о железной дороге и поставках газа.</p>"
                + "<p>Стороны договорились продолжить консультации в Москве в следующем месяце.</p></article></body></html>";
        site.route("/news/ru", (ex, hit) -> send(ex, 200, "text/html; charset=windows-1251", ru.getBytes(Charset.forName("windows-1251"))));
    }

    private String feed() {
        String[] links = {"/news/talks?utm_source=rss&utm_medium=feed", "/news/gas", "/news/gas-amp", "/members/secret", "/news/broken",
                "/news/flaky", "/news/big", "/news/moved", "/news/slow", "/news/empty", "/news/ru",
                "http://127.0.0.2:" + site.port() + "/internal", "ftp://127.0.0.1/file"};
        StringBuilder items = new StringBuilder();
        for (String l : links) items.append("<item><title>").append(l).append("</title><link>").append(l.startsWith("/") ? base + l : l).append("</link></item>\n");
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Fixture Herald</title><link>" + base + "</link>\n" + items + "</channel></rss>";
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void feedAndSitemapThroughTheRealBrokerAndARestart() throws Exception {
        DevStack stack = DevStack.shared();
        Topics topics = KafkaIngestIT.createTopics(stack, "sources-it.");
        FetchSettings fetch = new FetchSettings("newsflow-it/1.0", Duration.ofSeconds(2), Duration.ofSeconds(1), 3, 200_000, 2,
                Duration.ofMillis(10), Duration.ZERO, Duration.ofSeconds(60), 2, 1, List.of("127.0.0.1"));
        IngestSettings settings = new IngestSettings("files", 10L << 20).with(List.of(
                new SourceSettings("fixture-feed", SourceType.FEED, base + "/feed.xml", null, "ARM", null, null),
                new SourceSettings("fixture-sitemap", SourceType.SITEMAP, base + "/sitemap.xml", null, "ARM", null, null)), fetch);

        IngestReport first;
        String metrics;
        try (IngestService service = new IngestService(stack.bootstrapServers(), topics, settings)) {
            first = service.runOnce();
            metrics = service.scrape();
        }
        assertThat(first.articles()).isEqualTo(6);
        assertThat(first.deadLetters()).isEqualTo(Map.of("ROBOTS_DISALLOWED", 1, "HTTP_ERROR", 1, "TOO_LARGE", 1,
                "TIMEOUT", 1, "EMPTY_TEXT", 1, "BLOCKED_ADDRESS", 1, "UNSUPPORTED_URL", 1));
        assertThat(site.hits("/members/secret")).isZero();
        assertThat(metrics).contains("newsflow_ingest_duplicates_total{kind=\"content\"} 1.0")
                .contains("newsflow_ingest_failed_total{reason=\"ROBOTS_DISALLOWED\"} 1.0")
                .contains("newsflow_ingest_fetch_latency_seconds_count{kind=\"page\"}");

        Map<String, RawArticle> byPath = TopicRecords.read(stack.bootstrapServers(), topics.rawArticles(), 6).stream()
                .collect(Collectors.toMap(a -> a.getUrl().substring(base.length()), Function.identity()));
        assertThat(byPath.keySet()).containsExactlyInAnyOrder("/news/talks?utm_source=rss&utm_medium=feed", "/news/gas", "/news/flaky",
                "/news/grain", "/news/ru", "/news/sitemap-only");
        RawArticle talks = byPath.get("/news/talks?utm_source=rss&utm_medium=feed");
        assertThat(talks.getCanonicalUrl()).isEqualTo(base + "/news/talks");
        assertThat(talks.getTitle()).isEqualTo("Railway talks in Yerevan");
        assertThat(talks.getSource()).isEqualTo("fixture-feed");
        assertThat(talks.getSourceCountry()).isEqualTo("ARM");
        assertThat(talks.getSiteName()).isEqualTo("Fixture Herald");
        assertThat(talks.getFetch().getStatus()).isEqualTo(200);
        assertThat(talks.getFetch().getContentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(byPath.get("/news/grain").getCanonicalUrl()).isEqualTo(base + "/news/grain"); // after the 301
        assertThat(byPath.get("/news/ru").getTitle()).isEqualTo("Лавров прибыл в Ереван");
        assertThat(byPath.get("/news/ru").getText()).contains("Министр иностранных дел России");
        RawArticle fromSitemap = byPath.get("/news/sitemap-only");
        assertThat(fromSitemap.getSource()).isEqualTo("fixture-sitemap");
        assertThat(fromSitemap.getTitle()).isEqualTo("Grain lorries queue at the pass"); // the page has none: the news sitemap's
        assertThat(fromSitemap.getPublished()).isEqualTo(java.time.Instant.parse("2026-03-04T10:00:00Z"));

        List<DeadLetter> deadLetters = TopicRecords.read(stack.bootstrapServers(), topics.deadLetters(), 7);
        assertThat(deadLetters).extracting(DeadLetter::getSource).contains(base + "/members/secret", base + "/news/big", "ftp://127.0.0.1/file");
        assertThat(deadLetters).allSatisfy(d -> assertThat(d.getStage()).isEqualTo("ingest"));

        // restart: state replayed from Kafka; nothing is sent again. The first poll reads the feed in full (a 304 lists
        // what this process read last, and it has read nothing yet); the next asks conditionally and gets a 304.
        int feedHits = site.hits("/feed.xml");
        IngestReport second;
        try (IngestService service = new IngestService(stack.bootstrapServers(), topics, settings)) {
            second = service.runOnce();
            assertThat(service.metrics().count("newsflow.ingest.not.modified")).isZero();
            assertThat(service.runOnce().articles()).isZero();
            assertThat(service.metrics().count("newsflow.ingest.not.modified")).isEqualTo(1);
        }
        assertThat(site.hits("/feed.xml")).isEqualTo(feedHits + 2);
        assertThat(second.articles()).isZero();
        assertThat(site.hits("/news/talks")).isEqualTo(1);
        assertThat(TopicRecords.read(stack.bootstrapServers(), topics.rawArticles(), 6)).hasSize(6);
    }
}

package io.newsflow.ingest.fetch;

import org.junit.jupiter.api.Test;
import io.newsflow.ingest.rejection.InputRejectedException;
import io.newsflow.schemas.DeadLetterReason;
import io.newsflow.schemas.HostileInput;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz (bounded tries, seeded: HostileInput.forAll): whatever a robots.txt holds, a page is allowed or refused as {@code ROBOTS_DISALLOWED}
 * (a dead letter), its sitemaps list is read, and a hostile {@code Crawl-delay} never makes the host wait longer than
 * {@code maxCrawlDelay}: nothing else is thrown, nothing hangs.
 */
class RobotsFuzzTest {
    static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(60);
    static final String ROBOTS = """
            User-agent: *
            Disallow: /members/
            Allow: /members/public
            Crawl-delay: 2
            Sitemap: https://news.example.org/sitemap.xml

            User-agent: newsflow
            Disallow: /private
            """;

    static HostileInput.Gen<byte[]> robots() {
        return HostileInput.bytesOf(1000, ROBOTS, "User-agent: *\nDisallow: /\n", "<html><body>Not found</body></html>");
    }

    @Test
    void aPageIsAllowedOrRefusedAsDisallowed() throws Exception {
        HostileInput.forAll(300, robots(), body -> {
            URI page = URI.create("https://news.example.org/members/public/a?b=c");
            HostPacer pacer = new HostPacer(Duration.ZERO, 1, System::nanoTime, Sleeper.SYSTEM);
            RobotsRules rules = new RobotsRules("newsflow/0.1 (+test)", MAX_CRAWL_DELAY, uri -> new FetchResponse(uri, uri, 200,
                    "text/plain", "text/plain", StandardCharsets.UTF_8, body, body.length, Validators.NONE), pacer, System::nanoTime);
            HostileInput.within(Duration.ofSeconds(20), () -> {
                try {
                    rules.check(page);
                } catch (InputRejectedException e) {
                    assertThat(e.reason()).isEqualTo(DeadLetterReason.ROBOTS_DISALLOWED);
                }
                assertThat(rules.sitemaps(page)).doesNotContainNull();
                return null;
            });
            assertThat(pacer.delay("news.example.org")).isLessThanOrEqualTo(MAX_CRAWL_DELAY);
        });
    }
}

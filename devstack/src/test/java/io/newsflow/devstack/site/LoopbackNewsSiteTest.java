package io.newsflow.devstack.site;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class LoopbackNewsSiteTest {
    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> get(String url, String userAgent) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("User-Agent", userAgent).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyArticleIsListedOnceInItsHostsFeedAndServedTheSameEachTime() throws Exception {
        try (LoopbackNewsSite site = LoopbackNewsSite.start(3, 10, Duration.ZERO)) {
            assertThat(site.hosts()).containsExactly("127.0.0.2", "127.0.0.3", "127.0.0.4");
            assertThat(site.allowHosts()).allMatch(h -> h.matches("127\\.0\\.0\\.[234]:\\d+"));
            int listed = 0;
            for (String host : site.hosts()) {
                String feed = get(site.feedUrl(host), "t").body();
                listed += (int) Pattern.compile("<item>").matcher(feed).results().count();
                assertThat(feed).doesNotContain(site.hosts().stream().filter(h -> !h.equals(host)).map(h -> h + ":").toArray(String[]::new));
            }
            assertThat(listed).isEqualTo(10);
            HttpResponse<String> page = get(site.articleUrl(4), "t");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains(Articles.title(4)).contains("<link rel=\"canonical\" href=\"" + site.articleUrl(4) + "\">")
                    .isEqualTo(get(site.articleUrl(4), "t").body());
            assertThat(get(site.baseUrl("127.0.0.2") + "/articles/4.html", "t").statusCode()).as("article 4 lives on host 1").isEqualTo(404);
            assertThat(get(site.articleUrl(5), "t").body()).isNotEqualTo(page.body());
        }
    }

    @Test
    void articlePagesAnswer304UntilRevisedOrRestyled() throws Exception {
        try (LoopbackNewsSite site = LoopbackNewsSite.start(1, 2, Duration.ZERO)) {
            HttpResponse<String> first = get(site.articleUrl(0), "t");
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(conditional(site.articleUrl(0), etag).statusCode()).isEqualTo(304);

            site.revise(0, "The talks were extended by a day.");
            HttpResponse<String> revised = conditional(site.articleUrl(0), etag);
            assertThat(revised.statusCode()).isEqualTo(200);
            assertThat(revised.body()).contains("<p>The talks were extended by a day.</p>\n</article>");
            assertThat(revised.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);

            String before = get(site.articleUrl(1), "t").body();
            site.restyle(1);
            HttpResponse<String> restyled = get(site.articleUrl(1), "t");
            assertThat(restyled.body()).isNotEqualTo(before).contains("<!-- layout 1 -->");
            assertThat(restyled.body().replace("<!-- layout 1 -->", "")).isEqualTo(before);
            assertThat(site.requests()).extracting(LoopbackNewsSite.Request::status).containsExactly(200, 304, 200, 200, 200);
        }
    }

    private HttpResponse<String> conditional(String url, String etag) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void feedsListOnlyReleasedArticlesAndRememberWhenEachWasReleased() throws Exception {
        try (LoopbackNewsSite site = LoopbackNewsSite.start(2, 6, Duration.ZERO)) {
            site.release(2);
            assertThat(items(site)).isEqualTo(2);
            assertThat(site.releasedNanos(2)).as("not released yet").isZero();
            long before = System.nanoTime();
            site.release(5);
            assertThat(items(site)).isEqualTo(5);
            assertThat(site.releasedNanos(4)).isGreaterThanOrEqualTo(before);
            assertThat(site.releasedNanos(1)).isLessThan(before);
            assertThat(get(site.articleUrl(5), "t").statusCode()).as("unreleased pages are still served").isEqualTo(200);
            site.limitFeeds(1);
            assertThat(items(site)).as("the newest of each host").isEqualTo(2);
            assertThat(get(site.feedUrl(site.hostOf(4)), "t").body()).contains("/articles/4.html").doesNotContain("/articles/2.html");
        }
    }

    private int items(LoopbackNewsSite site) throws Exception {
        int items = 0;
        for (String host : site.hosts()) items += (int) Pattern.compile("<item>").matcher(get(site.feedUrl(host), "t").body()).results().count();
        return items;
    }

    @Test
    void recordsRequestsAndTheMostAHostHandledAtOnce() throws Exception {
        try (LoopbackNewsSite site = LoopbackNewsSite.start(2, 4, Duration.ofMillis(300))) {
            String busy = site.hostOf(0);
            CompletableFuture<HttpResponse<String>> a = CompletableFuture.supplyAsync(() -> send(site.articleUrl(0), "instance-a"));
            CompletableFuture<HttpResponse<String>> b = CompletableFuture.supplyAsync(() -> send(site.articleUrl(2), "instance-b"));
            assertThat(a.get().statusCode()).isEqualTo(200);
            assertThat(b.get().statusCode()).isEqualTo(200);
            get(site.articleUrl(1), "instance-a");
            get(site.articleUrl(3), "instance-a");
            assertThat(site.maxConcurrent(busy)).isEqualTo(2);
            assertThat(site.maxConcurrent(site.hostOf(1))).isEqualTo(1);
            assertThat(site.requests()).extracting(LoopbackNewsSite.Request::userAgent)
                    .containsExactlyInAnyOrder("instance-a", "instance-b", "instance-a", "instance-a");
            assertThat(site.requests()).allMatch(r -> r.endNanos() - r.startNanos() >= Duration.ofMillis(300).toNanos());
        }
    }

    private HttpResponse<String> send(String url, String userAgent) {
        try {
            return get(url, userAgent);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

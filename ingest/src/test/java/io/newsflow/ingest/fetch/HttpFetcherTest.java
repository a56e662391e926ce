package io.newsflow.ingest.fetch;

import io.newsflow.ingest.FixturePages;
import io.newsflow.ingest.FixtureServer;
import io.newsflow.ingest.rejection.InputRejectedException;
import io.newsflow.ingest.settings.FetchSettings;
import io.newsflow.ingest.sources.PageReader;
import io.newsflow.schemas.DeadLetterReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static io.newsflow.ingest.FixtureServer.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fetcher against a fixture server on loopback (allow-listed as 127.0.0.1): each limit and politeness rule. */
class HttpFetcherTest {
    static final long MAX_BODY = 64 * 1024;
    FixtureServer server;
    HttpFetcher fetcher;

    static FetchSettings settings(Duration requestTimeout) {
        return new FetchSettings("newsflow-test/1.0 (+fixture tests)", Duration.ofSeconds(2), requestTimeout, 3, MAX_BODY, 2,
                Duration.ofMillis(10), Duration.ZERO, Duration.ofSeconds(60), 2, 2, List.of("127.0.0.1"));
    }

    @BeforeEach
    void start() throws IOException {
        server = new FixtureServer();
        server.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n\nUser-agent: newsflow-test\nDisallow: /members/\n");
        fetcher = new HttpFetcher(settings(Duration.ofSeconds(5)));
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    URI at(String path) {
        return URI.create(server.base() + path);
    }

    DeadLetterReason reasonOf(String path, FetchKind kind) {
        try {
            fetcher.fetch(at(path), kind, Validators.NONE);
            return null; // fetched: no reason
        } catch (InputRejectedException e) {
            return e.reason();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void sendsTheUserAgentAndHonoursRobotsForOurGroup() throws Exception {
        server.page("/members/list.html", "text/html", FixturePages.article("Members", null, FixturePages.GAS));
        server.page("/private/x.html", "text/html", FixturePages.article("Private", null, FixturePages.GAS));
        server.page("/news/a.html", "text/html", FixturePages.article("News", null, FixturePages.GAS));

        assertThat(reasonOf("/members/list.html", FetchKind.PAGE)).isEqualTo(DeadLetterReason.ROBOTS_DISALLOWED);
        assertThat(server.hits("/members/list.html")).isZero();
        // the group for newsflow-test replaces the * group: /private/ is not disallowed for it
        assertThat(reasonOf("/private/x.html", FetchKind.PAGE)).isNull();
        assertThat(reasonOf("/news/a.html", FetchKind.PAGE)).isNull();
        assertThat(server.hits("/robots.txt")).isEqualTo(1);
        assertThat(server.requests).allSatisfy(h -> assertThat(h.getFirst("User-Agent")).isEqualTo("newsflow-test/1.0 (+fixture tests)"));
    }

    @Test
    void followsARedirectChainUpToTheCap() throws Exception {
        server.route("/r1", (ex, hit) -> redirect(ex, 301, "/r2"));
        server.route("/r2", (ex, hit) -> redirect(ex, 302, server.base() + "/r3"));
        server.route("/r3", (ex, hit) -> redirect(ex, 308, "/final.html"));
        server.page("/final.html", "text/html; charset=utf-8", FixturePages.article("Final", null, FixturePages.GAS));
        FetchResponse r = fetcher.fetch(at("/r1"), FetchKind.PAGE, Validators.NONE);
        assertThat(r.uri()).isEqualTo(at("/final.html"));
        assertThat(r.requested()).isEqualTo(at("/r1"));

        server.route("/loop", (ex, hit) -> redirect(ex, 301, "/loop"));
        assertThat(reasonOf("/loop", FetchKind.PAGE)).isEqualTo(DeadLetterReason.TOO_MANY_REDIRECTS);
        assertThat(server.hits("/loop")).isEqualTo(4); // the first request and 3 redirects, then it stops
    }

    @Test
    void conditionalGetGetsA304() throws Exception {
        server.route("/feed.xml", (ex, hit) -> {
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                send(ex, 304, null, new byte[0]);
            } else {
                ex.getResponseHeaders().set("ETag", "\"v1\"");
                ex.getResponseHeaders().set("Last-Modified", "Tue, 03 Mar 2026 10:00:00 GMT");
                send(ex, 200, "application/rss+xml", "<rss version=\"2.0\"><channel><title>t</title></channel></rss>".getBytes(StandardCharsets.UTF_8));
            }
        });
        FetchResponse first = fetcher.fetch(at("/feed.xml"), FetchKind.FEED, Validators.NONE);
        assertThat(first.notModified()).isFalse();
        assertThat(first.validators()).isEqualTo(new Validators("\"v1\"", "Tue, 03 Mar 2026 10:00:00 GMT"));
        FetchResponse second = fetcher.fetch(at("/feed.xml"), FetchKind.FEED, first.validators());
        assertThat(second.notModified()).isTrue();
        assertThat(second.body()).isEmpty();
        assertThat(server.requests.getLast().getFirst("If-Modified-Since")).isEqualTo("Tue, 03 Mar 2026 10:00:00 GMT");
    }

    @Test
    void retriesA500ThenSucceeds() throws Exception {
        server.route("/flaky.html", (ex, hit) -> {
            if (hit == 1) send(ex, 500, "text/plain", "busy".getBytes(StandardCharsets.UTF_8));
            else send(ex, 200, "text/html", FixturePages.article("Back", null, FixturePages.GAS).getBytes(StandardCharsets.UTF_8));
        });
        server.route("/down.html", (ex, hit) -> send(ex, 503, "text/plain", "down".getBytes(StandardCharsets.UTF_8)));
        server.page("/gone.html", "text/plain", "x");
        server.route("/gone.html", (ex, hit) -> send(ex, 404, "text/plain", "gone".getBytes(StandardCharsets.UTF_8)));

        assertThat(fetcher.fetch(at("/flaky.html"), FetchKind.PAGE, Validators.NONE).status()).isEqualTo(200);
        assertThat(server.hits("/flaky.html")).isEqualTo(2);
        assertThat(reasonOf("/down.html", FetchKind.PAGE)).isEqualTo(DeadLetterReason.HTTP_ERROR);
        assertThat(server.hits("/down.html")).isEqualTo(3); // 1 + maxRetries
        assertThat(reasonOf("/gone.html", FetchKind.PAGE)).isEqualTo(DeadLetterReason.HTTP_ERROR);
        assertThat(server.hits("/gone.html")).isEqualTo(1); // a 4xx is not retried
    }

    @Test
    void aSlowServerTimesOut() throws Exception {
        server.route("/slow.html", (ex, hit) -> {
            server.awaitRelease(20);
            send(ex, 200, "text/html", "<p>late</p>".getBytes(StandardCharsets.UTF_8));
        });
        try (HttpFetcher impatient = new HttpFetcher(settings(Duration.ofMillis(300)))) {
            assertThatThrownBy(() -> impatient.fetch(at("/slow.html"), FetchKind.PAGE, Validators.NONE))
                    .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.reason()).isEqualTo(DeadLetterReason.TIMEOUT));
        }
    }

    /** Sends the headers at once, then one byte every 100 ms until the server closes (bounded: at most 20 s). */
    private void trickle(com.sun.net.httpserver.HttpExchange ex, String contentType) throws IOException {
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.sendResponseHeaders(200, 10_000);
        try (var out = ex.getResponseBody()) {
            for (int i = 0; i < 200 && !server.release.await(100, java.util.concurrent.TimeUnit.MILLISECONDS); i++) {
                out.write('x');
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Issue 15: a source that answers at once and then trickles its body a byte at a time is bounded by
     * {@code requestTimeout} for the whole response (not per read), retried {@code maxRetries} times like any timeout,
     * then refused as TIMEOUT: a dead letter, not a stalled source.
     */
    @Test
    void aTricklingBodyTimesOutAsAWholeAndIsRetriedThenRefused() throws Exception {
        server.route("/trickle.html", (ex, hit) -> trickle(ex, "text/html"));
        try (HttpFetcher impatient = new HttpFetcher(settings(Duration.ofMillis(500)))) {
            assertThatThrownBy(() -> impatient.fetch(at("/trickle.html"), FetchKind.PAGE, Validators.NONE))
                    .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.reason()).isEqualTo(DeadLetterReason.TIMEOUT));
        }
        assertThat(server.hits("/trickle.html")).isEqualTo(3); // 1 + maxRetries
    }

    /** A robots.txt that trickles is unavailable: its host is disallowed (for FAILURE_TTL) and the page never fetched. */
    @Test
    void aTricklingRobotsTxtDisallowsTheHostWithoutFetchingThePage() throws Exception {
        server.route("/robots.txt", (ex, hit) -> trickle(ex, "text/plain"));
        server.page("/news/a.html", "text/html", "<p>never read</p>");
        try (HttpFetcher impatient = new HttpFetcher(settings(Duration.ofMillis(500)))) {
            assertThatThrownBy(() -> impatient.fetch(at("/news/a.html"), FetchKind.PAGE, Validators.NONE))
                    .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.reason()).isEqualTo(DeadLetterReason.ROBOTS_DISALLOWED));
        }
        assertThat(server.hits("/news/a.html")).isZero();
    }

    @Test
    void oversizeAndGzipBombBodiesAreRefused() throws Exception {
        byte[] big = new byte[(int) MAX_BODY + 1];
        server.route("/big.html", (ex, hit) -> send(ex, 200, "text/html", big));
        server.route("/chunked.html", (ex, hit) -> { // no Content-Length: the limit applies while reading
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            try (var out = ex.getResponseBody()) {
                for (int i = 0; i < 20; i++) out.write(new byte[8192]);
            }
        });
        byte[] bomb = gzip(new byte[20 << 20]); // 20 MiB of zeros in about 20 KiB
        assertThat(bomb.length).isLessThan((int) MAX_BODY);
        server.route("/bomb.html", (ex, hit) -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            send(ex, 200, "text/html", bomb);
        });
        byte[] small = gzip(FixturePages.article("Zipped", null, FixturePages.GRAIN).getBytes(StandardCharsets.UTF_8));
        server.route("/zipped.html", (ex, hit) -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            send(ex, 200, "text/html", small);
        });

        assertThat(reasonOf("/big.html", FetchKind.PAGE)).isEqualTo(DeadLetterReason.TOO_LARGE);
        assertThat(reasonOf("/chunked.html", FetchKind.PAGE)).isEqualTo(DeadLetterReason.TOO_LARGE);
        assertThat(reasonOf("/bomb.html", FetchKind.PAGE)).isEqualTo(DeadLetterReason.TOO_LARGE);
        FetchResponse zipped = fetcher.fetch(at("/zipped.html"), FetchKind.PAGE, Validators.NONE);
        assertThat(new String(zipped.body(), StandardCharsets.UTF_8)).contains("Upper Lars");
        assertThat(zipped.wireBytes()).isEqualTo(small.length);
    }

    @Test
    void onlyHtmlXmlAndTextAreAccepted() {
        server.route("/report.pdf", (ex, hit) -> send(ex, 200, "application/pdf", new byte[]{'%', 'P', 'D', 'F'}));
        server.page("/page.html", "text/html", "<p>x</p>");
        assertThat(reasonOf("/report.pdf", FetchKind.PAGE)).isEqualTo(DeadLetterReason.UNSUPPORTED_TYPE);
        assertThat(reasonOf("/page.html", FetchKind.FEED)).isEqualTo(DeadLetterReason.UNSUPPORTED_TYPE);
    }

    @Test
    void privateAddressesAndOtherSchemesAreBlockedBeforeAnyRequest() throws Exception {
        // 127.0.0.2 and "localhost" are loopback and not on the allow-list (only the literal 127.0.0.1 is)
        for (String url : List.of("http://127.0.0.2:" + server.port() + "/a.html", "http://localhost:" + server.port() + "/a.html")) {
            assertThatThrownBy(() -> fetcher.fetch(URI.create(url), FetchKind.PAGE, Validators.NONE))
                    .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.reason()).isEqualTo(DeadLetterReason.BLOCKED_ADDRESS));
        }
        // a redirect from an allowed host into a blocked one is caught at the hop
        server.route("/to-internal", (ex, hit) -> redirect(ex, 302, "http://localhost:" + server.port() + "/admin"));
        assertThat(reasonOf("/to-internal", FetchKind.PAGE)).isEqualTo(DeadLetterReason.BLOCKED_ADDRESS);
        assertThat(server.hits("/admin")).isZero();
        for (String url : List.of("file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://127.0.0.1/")) {
            assertThatThrownBy(() -> fetcher.fetch(URI.create(url), FetchKind.PAGE, Validators.NONE))
                    .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.reason()).isEqualTo(DeadLetterReason.UNSUPPORTED_URL));
        }
    }

    @Test
    void cyrillicPagesInWindows1251AndKoi8rDecodeToUnicode() throws Exception {
        String title = "Лавров прибыл в Ереван";
        String text = "Министр иностранных дел России встретился с армянским коллегой и обсудил работу железной дороги, "
                + "поставки газа и пограничные пункты пропуска на Верхнем Ларсе.";
        String page = "<html lang=ru><head><meta charset=%s><title>" + title + "</title></head><body><article><h1>" + title
                + "</h1><p>" + text + "</p><p>" + text + "</p></article></body></html>";
        // charset only in the HTTP header
        server.route("/cp1251.html", (ex, hit) -> send(ex, 200, "text/html; charset=windows-1251",
                page.formatted("windows-1251").replace("<meta charset=windows-1251>", "").getBytes(Charset.forName("windows-1251"))));
        // charset only in <meta>
        server.route("/koi8.html", (ex, hit) -> send(ex, 200, "text/html", page.formatted("koi8-r").getBytes(Charset.forName("KOI8-R"))));
        PageReader reader = new PageReader();
        for (String path : List.of("/cp1251.html", "/koi8.html")) {
            var article = reader.read(fetcher.fetch(at(path), FetchKind.PAGE, Validators.NONE)).article();
            assertThat(article.title()).as(path).isEqualTo(title);
            assertThat(article.text()).as(path).startsWith(text);
        }
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange ex, int status, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        send(ex, status, null, new byte[0]);
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }
}

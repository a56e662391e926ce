package io.newsflow.demo;

import io.newsflow.schemas.TopicRecords;
import io.newsflow.app.config.ConfigLoader;
import io.newsflow.index.search.ArticleHit;
import io.newsflow.index.search.TermCount;
import io.newsflow.schemas.RawArticle;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The whole pipeline, end to end, on the real embedded broker and node: the demo site over HTTP → ingest → Kafka →
 * Streams → Elasticsearch → search; and everything stopped on close.
 */
class DemoIT {

    @Test
    void theDemoCorpusIsIngestedEnrichedIndexedAndFound() throws Exception {
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        List<DemoCorpus.Page> pages = DemoCorpus.pages();
        int articles = pages.size();
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        DemoSummary summary;
        List<RawArticle> raw;
        String site;
        Path workDir;
        try (Demo demo = new Demo(new PrintStream(progress, true, StandardCharsets.UTF_8), ConfigLoader.defaultsOnly())) {
            summary = demo.run(List.of());
            site = demo.siteUrl();
            workDir = demo.workDir();
            raw = TopicRecords.read(demo.bootstrapServers(), demo.topics().rawArticles(), articles);
        }

        // scraped over HTTP from the demo's own site, not read from files
        assertThat(site).startsWith("http://127.0.0.1:");
        assertThat(articles).isGreaterThanOrEqualTo(60);
        assertThat(raw).extracting(RawArticle::getUrl).containsExactlyInAnyOrderElementsOf(pages.stream()
                .map(page -> site + page.path()).toList());
        assertThat(raw).filteredOn(a -> a.getUrl().contains("/news/putin-pashinyan-call")).singleElement()
                .satisfies(a -> assertThat(a.getSource()).isEqualTo(Demo.SITE_SOURCE));
        assertThat(raw).extracting(RawArticle::getLanguage).contains("en", "ru", "hy");
        assertThat(raw).allSatisfy(a -> {
            assertThat(a.getSource()).startsWith("demo-");
            assertThat(a.getFetch()).isNotNull();
            assertThat(a.getFetch().getStatus()).isEqualTo(200);
            assertThat(a.getFetch().getContentType()).isEqualTo(a.getHtmlLength() != null ? "text/html; charset=utf-8" : "text/plain; charset=utf-8");
        });
        String printed = progress.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("GET /robots.txt → 200", "GET /feed.xml → 200", "GET /feeds/lratu.xml → 200",
                "GET /news/putin-pashinyan-call → 200", "GET /news/monitor/withdrawn-story → 404");

        // everything the demo started has stopped
        assertThat(workDir).doesNotExist();
        int port = URI.create(site).getPort();
        assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close()).isInstanceOf(ConnectException.class);
        assertThat(leftover(before)).isEmpty();

        assertThat(summary.ingest().articles()).isEqualTo(articles);
        assertThat(summary.ingest().deadLetterCount()).isEqualTo(DemoSite.BROKEN_LINKS.size()); // the two broken feed entries
        assertThat(summary.indexed()).isEqualTo(articles);
        assertThat(summary.topActors()).extracting(TermCount::term).contains("Armenia", "Russia");

        List<ArticleHit> seedLike = summary.searches().get(Demo.SEARCHES.get(0));
        assertThat(seedLike).isNotEmpty();
        ArticleHit top = seedLike.getFirst();
        assertThat(top.title()).containsIgnoringCase("Putin");
        assertThat(top.actorNames()).contains("Russia", "Armenia", "Vladimir Putin", "Nikol Pashinyan");
        assertThat(top.highlights()).anySatisfy(h -> assertThat(h).contains("[["));

        List<ArticleHit> russian = summary.searches().get(Demo.SEARCHES.get(1));
        assertThat(russian).isNotEmpty();
        assertThat(russian.getFirst().title()).containsPattern("\\p{IsCyrillic}");
        assertThat(russian.getFirst().actorNames()).contains("Sergey Lavrov", "Yerevan");

        assertThat(summary.events()).isGreaterThanOrEqualTo(summary.timeline().size());
        assertThat(summary.timeline()).extracting(e -> e.type() + " " + e.sourceName() + " -> " + e.targetName())
                .contains("CONSULT Vladimir Putin -> Nikol Pashinyan");
        assertThat(summary.timeline()).allSatisfy(e -> assertThat(e.actorNames()).contains(Demo.TIMELINE_ACTOR));

        // the Russian sample article's "[n]" sources, followed to their targets and into the index: who cites TASS
        assertThat(raw).filteredOn(a -> a.getUrl().contains("lavrov-yerevan")).singleElement().satisfies(a ->
                assertThat(a.getCitations()).extracting(c -> c.getMarker() + " " + c.getTargetUrl())
                        .containsExactly("[1] https://tass.ru/politika", "[2] https://www.mfa.am/ru/"));
        assertThat(summary.citing().domain()).isEqualTo(Demo.CITED_DOMAIN);
        assertThat(summary.citing().articles()).isEqualTo(1);
        assertThat(summary.citing().outlets()).extracting(TermCount::term).containsExactly("Евразийская панорама");

        assertThat(printed).contains("[1/5]", "[5/5]", "demo pipeline complete");
    }

    /**
     * Threads that belong to the JVM, not to the demo, and so outlive it by design: the common fork-join pool (idle
     * workers retire after 60 s), the meter ticker of the Kafka broker's Yammer metrics registry (a static singleton) and
     * the JDK's "process reaper" (created on the first child process in the JVM, idle threads retire after 60 s) and
     * Netty's global event executor (a JVM-wide singleton; its thread retires after 1 s idle).
     */
    /**
     * Threads started since {@code before} that are still alive, JVM-wide helpers aside. Threads that are on their way
     * out (an executor retiring its idle worker) get up to {@link #THREADS_SETTLE} to finish: this asserts that
     * everything stops, not how fast.
     */
    static List<String> leftover(Set<Thread> before) throws InterruptedException {
        long deadline = System.nanoTime() + THREADS_SETTLE.toNanos();
        List<String> left;
        do {
            Set<Thread> now = new HashSet<>(Thread.getAllStackTraces().keySet());
            now.removeAll(before);
            left = now.stream().filter(Thread::isAlive).map(Thread::getName).filter(name -> !jvmWide(name)).toList();
            if (!left.isEmpty()) Thread.sleep(200);
        } while (!left.isEmpty() && System.nanoTime() < deadline);
        return left;
    }

    static final java.time.Duration THREADS_SETTLE = java.time.Duration.ofSeconds(15);

    static boolean jvmWide(String threadName) {
        return threadName.startsWith("ForkJoinPool.commonPool-worker-") || threadName.startsWith("metrics-meter-tick-thread-")
                || threadName.equals("process reaper") // the JDK's pool for child processes, started by whoever spawns one
                || threadName.startsWith("globalEventExecutor-"); // Netty's JVM-wide executor (Elasticsearch's HTTP layer)
    }

    @Test
    void demoExitPrintsTheSummaryAndExitsZero() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            code = NewsflowDemo.commandLine().execute("demo", "--exit");
        } finally {
            System.setOut(original);
        }
        String printed = out.toString(StandardCharsets.UTF_8);

        assertThat(code).isZero();
        assertThat(printed).contains("== newsflow demo: summary ==", "search \"Putin Pashinyan phone call\"",
                "Vladimir Putin", "Nikol Pashinyan");
    }
}

package io.newsflow.ingest.distribute;

import io.newsflow.devstack.DevStack;
import io.newsflow.devstack.site.LoopbackNewsSite;
import io.newsflow.devstack.site.LoopbackNewsSite.Request;
import io.newsflow.ingest.IngestService;
import io.newsflow.ingest.settings.DistributeSettings;
import io.newsflow.ingest.settings.FetchSettings;
import io.newsflow.ingest.settings.IngestSettings;
import io.newsflow.ingest.settings.SourceSettings;
import io.newsflow.ingest.settings.SourceType;
import io.newsflow.schemas.DeadLetter;
import io.newsflow.schemas.DeadLetterReason;
import io.newsflow.schemas.RawArticle;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.TopicRecords;
import io.newsflow.schemas.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two ingest services of one group, in this JVM, on the real broker, sharing a {@link LoopbackNewsSite} of 8 hosts
 * through the fetch queue: "a" starts alone and takes every host, "b" joins (the hosts are split), then "a" closes (its
 * hosts move to "b"). Every article reaches raw-articles exactly once, every page is fetched once, no host ever
 * serves two requests at once, both fetched, "a" nothing after it closed, and "b" from a's hosts after that. Two records that are no fetch task (not JSON; a source nobody has)
 * become dead letters while the work goes on. Waits are bounded only so that a failure cannot hang the build.
 */
class DistributedIngestIT {
    static final int HOSTS = 8;
    static final int ARTICLES = 240;
    /** Paces every host so that one service alone needs 20 s or more for the site: the second joins while work is left. */
    static final Duration HOST_DELAY = Duration.ofMillis(400);
    static final Duration PATIENCE = Duration.ofSeconds(120);

    @Test
    void twoServicesShareTheHostsAndTheSecondTakesOverWhenTheFirstCloses() throws Exception {
        DevStack stack = DevStack.shared();
        Topics topics = Topics.withPrefix("distribute-it.");
        stack.createTopics(topics.all().stream().map(Topic::name).toList(), 4);
        try (LoopbackNewsSite site = LoopbackNewsSite.start(HOSTS, ARTICLES, Duration.ofMillis(2))) {
            sendNonTasks(stack.bootstrapServers(), topics.fetchQueue());
            IngestService a = new IngestService(stack.bootstrapServers(), topics, settings(site, "a"));
            IngestService b = null;
            try {
                a.start(Duration.ofSeconds(30), line -> {});
                await(() -> pagesBy(site, "a") >= 5);
                b = new IngestService(stack.bootstrapServers(), topics, settings(site, "b"));
                b.start(Duration.ofSeconds(30), line -> {});
                await(() -> pagesBy(site, "b") >= 5);
                a.close();
                long closedAt = System.nanoTime();
                assertThat(a.health().failure()).isNull();
                await(() -> pagesBy(site, "a") + pagesBy(site, "b") >= ARTICLES);
                IngestService survivor = b;
                await(() -> survivor.report().articles() + a.report().articles() >= ARTICLES);
                assertThat(b.health().failure()).isNull();
                List<String> hostsOfA = pages(site, "a").map(Request::host).distinct().toList();
                assertThat(pages(site, "b")).as("b fetched from a's hosts after a closed")
                        .anyMatch(r -> r.startNanos() > closedAt && hostsOfA.contains(r.host()));
                assertThat(pages(site, "a")).as("a fetched nothing after it closed").allMatch(r -> r.startNanos() < closedAt);
            } finally {
                a.close();
                if (b != null) b.close();
            }

            List<RawArticle> raw = TopicRecords.read(stack.bootstrapServers(), topics.rawArticles(), ARTICLES);
            assertThat(raw).extracting(RawArticle::getUrl).containsExactlyInAnyOrderElementsOf(site.articleUrls());
            assertThat(site.requests()).filteredOn(r -> r.path().startsWith("/articles/"))
                    .extracting(r -> site.baseUrl(r.host()) + r.path()).containsExactlyInAnyOrderElementsOf(site.articleUrls());
            for (String host : site.hosts()) assertThat(site.maxConcurrent(host)).as("requests %s handled at once", host).isEqualTo(1);
            assertThat(pagesBy(site, "a")).isPositive();
            assertThat(pagesBy(site, "b")).isPositive();

            List<DeadLetter> dead = TopicRecords.read(stack.bootstrapServers(), topics.deadLetters(), 2);
            assertThat(dead).extracting(DeadLetter::getReason).containsOnly(DeadLetterReason.UNDECODABLE_RECORD.code());
            assertThat(dead).extracting(DeadLetter::getMessage)
                    .anySatisfy(m -> assertThat(m).startsWith("not a fetch task"))
                    .anySatisfy(m -> assertThat(m).contains("names source 'nobody-has-it'"));
        }
    }

    private static void sendNonTasks(String bootstrapServers, Topic<String, byte[]> queue) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(queue.name(), "127.0.0.2", "garbage".getBytes(StandardCharsets.UTF_8)));
            producer.send(new ProducerRecord<>(queue.name(), "127.0.0.3", FetchTask.list("nobody-has-it").toJson()));
        }
    }

    private static IngestSettings settings(LoopbackNewsSite site, String instance) {
        FetchSettings fetch = new FetchSettings("newsflow-it-" + instance + " (test)", Duration.ofSeconds(5), Duration.ofSeconds(30), 3,
                1 << 20, 1, Duration.ofMillis(10), HOST_DELAY, Duration.ofSeconds(60), 1, 4, site.allowHosts());
        List<SourceSettings> feeds = site.hosts().stream()
                .map(h -> new SourceSettings("host-" + h, SourceType.FEED, site.feedUrl(h), null, null, Duration.ofMinutes(10), 1000)).toList();
        return new IngestSettings("files", 1 << 20).with(feeds, fetch)
                .with(new DistributeSettings(true, "distribute-it", 500, Duration.ofMinutes(1)));
    }

    private static long pagesBy(LoopbackNewsSite site, String instance) {
        return pages(site, instance).count();
    }

    private static Stream<Request> pages(LoopbackNewsSite site, String instance) {
        return site.requests().stream().filter(r -> r.path().startsWith("/articles/") && agent(r, instance));
    }

    private static boolean agent(Request r, String instance) {
        return r.userAgent() != null && r.userAgent().startsWith("newsflow-it-" + instance + " ");
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("not reached within " + PATIENCE);
            Thread.sleep(100);
        }
    }
}

package io.newsflow.demo;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.newsflow.app.config.ConfigLoader;
import io.newsflow.devstack.ChildJvm;
import io.newsflow.devstack.site.LoopbackNewsSite;
import io.newsflow.devstack.site.LoopbackNewsSite.Request;
import io.newsflow.index.client.ElasticsearchClients;
import io.newsflow.ingest.distribute.HostKey;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12's scale-out, as it would run on several machines, on this one: a Kafka broker and an Elasticsearch node
 * each in a JVM of its own ({@code newsflow devstack --only ...} from the demo jar), and two ingest, two enrich and one
 * index process started as the launcher and the Dockerfile start them ({@code java -jar app/target/newsflow.jar STAGE
 * -c FILE} with the services in {@code NEWSFLOW_*} variables). The two ingest processes share one source list (a feed
 * per host of a {@link LoopbackNewsSite} of {@value #HOSTS} hosts and {@value #ARTICLES} articles) through the
 * fetch queue; they differ only in their User-Agent, so the site can tell who fetched what. Ingest "a" is stopped
 * with SIGTERM once it has fetched a tenth of the articles.
 *
 * <p>Asserted: every article is in Elasticsearch exactly once (the count, one document per article URL, distinct
 * ids); every article page was requested exactly once; no host ever handled two requests at once (each process asks
 * a host one request at a time, so two at once would be two processes); both fetched before the stop; the stopped
 * process fetched nothing after it exited; the survivor held every fetch-queue partition in the end and fetched,
 * afterwards, from hosts of the partitions the stopped one had held (as each process logs them).
 *
 * <p>Also written, never asserted: {@code target/scaleout/figures.txt} (how long each part took on this machine) and
 * every child's output in {@code target/scaleout/*.log}. Rerun alone with
 * {@code ./mvnw -B -pl demo -am verify -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ScaleOutIT
 * -Dfailsafe.failIfNoSpecifiedTests=false}; other sizes with {@code -Dscaleout.articles=N -Dscaleout.hosts=H} (Maven
 * passes them on to the test JVM).
 */
class ScaleOutIT {
    static final int HOSTS = 40;
    static final int ARTICLES = 2000;
    static final Path OUT = Path.of("target", "scaleout");
    static final int PARTITIONS = 6;
    /** Every host's feed polled once in the run (every 10 minutes), the hosts shared through the fetch queue. */
    static final StageConfigFile CONFIG = new StageConfigFile("scaleout", PARTITIONS, Duration.ofMinutes(10), true);
    static final String ARTICLES_INDEX = CONFIG.articlesIndex();
    /** The line {@code FetchQueueWorker} logs on each assignment; its last one names the partitions a process held. */
    static final Pattern HOLDING = Pattern.compile("fetch-queue partitions assigned: .* \\(now holding \\[([\\d, ]*)\\]\\)");
    /** Bound on the whole run's wait for Elasticsearch: fails the test instead of hanging CI, not a timing claim. */
    static final Duration PATIENCE = Duration.ofMinutes(10);

    /** The part of an article document read back. */
    record Indexed(String url) {}

    @Test
    void twoIngestProcessesShareTheHostsAndTheSurvivorTakesOverWhenOneStops() throws Exception {
        int articles = Integer.getInteger("scaleout.articles", ARTICLES);
        int hosts = Integer.getInteger("scaleout.hosts", HOSTS);
        ServiceProcesses.assumePackaged();
        Path appJar = ServiceProcesses.APP_JAR;
        ServiceProcesses.recreate(OUT);
        List<ChildJvm> processes = new ArrayList<>();
        LoopbackNewsSite site = LoopbackNewsSite.start(hosts, articles, Duration.ofMillis(5));
        try {
            Map<String, String> env = ServiceProcesses.start(OUT, processes).env();

            long started = System.nanoTime();
            add(processes, ChildJvm.start("index", appJar, "-Xmx384m", env, OUT.resolve("index.log"), "index", "-c", config("index", site).toString()));
            for (String e : List.of("enrich-1", "enrich-2")) {
                add(processes, ChildJvm.start(e, appJar, "-Xmx512m", env, OUT.resolve(e + ".log"), "enrich", "-c", config(e, site).toString()));
            }
            ChildJvm ingestA = add(processes, ChildJvm.start("ingest-a", appJar, "-Xmx384m", env, OUT.resolve("ingest-a.log"), "ingest", "-c", config("ingest-a", site).toString()));
            ChildJvm ingestB = add(processes, ChildJvm.start("ingest-b", appJar, "-Xmx384m", env, OUT.resolve("ingest-b.log"), "ingest", "-c", config("ingest-b", site).toString()));

            // both hold hosts before one stops (on a busy machine b may join the group after a has fetched its tenth)
            await("ingest-a fetches a tenth of the articles and ingest-b some", () -> articlePages(site, "ingest-a").size() >= articles / 10
                    && !articlePages(site, "ingest-b").isEmpty(), ingestA, ingestB);
            assertThat(ingestA.stop()).as("ingest-a's exit code: the JVM's for SIGTERM, 128 + 15").isEqualTo(143);
            assertThat(ingestA.output()).as("ingest-a closed its work from the shutdown hook").contains("Stopped cleanly.");
            long stoppedAt = ingestA.exitedAtNanos();

            try (ElasticsearchClient client = ElasticsearchClients.create(ConfigLoader.load(config("index", site), env).index())) {
                await("every article indexed", () -> count(client) >= articles, ingestB);
                long indexed = System.nanoTime();
                Thread.sleep(3000); // a duplicate sent late would raise the count past the articles: give it the time to show
                List<Hit<Indexed>> hits = client.search(s -> s.index(ARTICLES_INDEX).size(articles + 100)
                        .source(src -> src.filter(f -> f.includes("url"))), Indexed.class).hits().hits();

                assertThat(count(client)).isEqualTo(articles);
                assertThat(hits).extracting(h -> h.source().url()).containsExactlyInAnyOrderElementsOf(site.articleUrls());
                assertThat(hits).extracting(Hit::id).doesNotHaveDuplicates();
                assertPolite(site, articles, stoppedAt);
                assertTakenOver(site, stoppedAt, holding(ingestA), holding(ingestB));
                writeFigures(site, articles, started, stoppedAt, indexed);
            }
        } finally {
            ServiceProcesses.stopAll(processes);
            site.close();
        }
    }

    /** Every article requested once; no host handled two requests at once; the survivor took over a's hosts. */
    private static void assertPolite(LoopbackNewsSite site, int articles, long stoppedAt) {
        List<Request> pages = site.requests().stream().filter(r -> r.path().startsWith("/articles/")).toList();
        assertThat(pages).extracting(r -> site.baseUrl(r.host()) + r.path())
                .hasSize(articles).containsExactlyInAnyOrderElementsOf(site.articleUrls());
        for (String host : site.hosts()) assertThat(site.maxConcurrent(host)).as("requests host %s handled at once", host).isEqualTo(1);

        assertThat(site.requests()).filteredOn(r -> agent(r, "ingest-a") && r.startNanos() > stoppedAt).as("ingest-a after its exit").isEmpty();
    }

    /**
     * ingest-b held every partition in the end and fetched, after a's exit, from hosts of the partitions a last held
     * (which hosts those are follows from the key, as in the processes).
     */
    private static void assertTakenOver(LoopbackNewsSite site, long stoppedAt, Set<Integer> heldByA, Set<Integer> heldByB) {
        assertThat(heldByA).as("partitions ingest-a held when stopped").isNotEmpty();
        assertThat(heldByB).as("partitions ingest-b held in the end").containsExactlyInAnyOrderElementsOf(
                IntStream.range(0, PARTITIONS).boxed().toList());
        Set<String> hostsOfA = site.hosts().stream().filter(h -> heldByA.contains(HostKey.partition(h, PARTITIONS))).collect(Collectors.toSet());
        assertThat(articlePages(site, "ingest-b")).as("ingest-b had hosts of its own before a stopped").anyMatch(r -> r.startNanos() < stoppedAt);
        assertThat(articlePages(site, "ingest-b")).as("ingest-b fetched, after a's exit, from a's hosts")
                .anyMatch(r -> r.startNanos() > stoppedAt && hostsOfA.contains(r.host()));
    }

    /** The partitions a process last said it held. */
    private static Set<Integer> holding(ChildJvm process) throws IOException {
        List<MatchResult> assigned = HOLDING.matcher(process.output()).results().toList();
        if (assigned.isEmpty()) return Set.of();
        return Arrays.stream(assigned.getLast().group(1).split(",")).map(String::strip).filter(p -> !p.isEmpty())
                .map(Integer::valueOf).collect(Collectors.toSet());
    }

    private static List<Request> articlePages(LoopbackNewsSite site, String process) {
        return site.requests().stream().filter(r -> agent(r, process) && r.path().startsWith("/articles/")).toList();
    }

    private static boolean agent(Request r, String process) {
        return r.userAgent() != null && r.userAgent().startsWith("newsflow-scaleout-" + process + " ");
    }

    private static long count(ElasticsearchClient client) {
        try {
            return client.count(c -> c.index(ARTICLES_INDEX)).count();
        } catch (ElasticsearchException | IOException notYet) {
            return 0; // no index before the first article
        }
    }

    /** Waits for {@code condition}, failing when one of {@code needed} exits first or {@link #PATIENCE} runs out. */
    private static void await(String what, BooleanSupplier condition, ChildJvm... needed) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            for (ChildJvm p : needed) {
                if (!p.alive()) throw new AssertionError(p.name() + " exited while waiting until " + what + "; see " + OUT.toAbsolutePath());
            }
            if (System.nanoTime() > deadline) throw new AssertionError("not done within " + PATIENCE + ": " + what + "; see " + OUT.toAbsolutePath());
            Thread.sleep(500);
        }
    }

    /** One configuration file per process: the same settings, apart from ingest's User-Agent and enrich's state dir. */
    private static Path config(String process, LoopbackNewsSite site) throws IOException {
        return CONFIG.write(OUT, process, site);
    }

    private static void writeFigures(LoopbackNewsSite site, int articles, long started, long stoppedAt, long indexed) throws IOException {
        List<Request> pages = site.requests().stream().filter(r -> r.path().startsWith("/articles/")).toList();
        long first = pages.stream().mapToLong(Request::startNanos).min().orElse(started);
        long last = pages.stream().mapToLong(Request::endNanos).max().orElse(started);
        Set<String> hostsOfA = new HashSet<>();
        articlePages(site, "ingest-a").forEach(r -> hostsOfA.add(r.host()));
        String figures = """
                scale-out run (ScaleOutIT) on %d cores, shared; %d articles on %d hosts; processes: kafka, elasticsearch, index, enrich x2, ingest x2
                stages started -> first article fetched: %.1f s (JVM starts, Kafka group joins)
                first -> last article fetched: %.1f s (%.1f articles/s over both ingest processes; hostDelay 0.02 s, 4 threads each)
                first article fetched -> all indexed: %.1f s (%.1f articles/s end to end)
                ingest-a: %d article pages from %d hosts, stopped %.1f s after the first fetch; ingest-b: %d article pages
                """.formatted(Runtime.getRuntime().availableProcessors(), articles, site.hosts().size(),
                seconds(started, first), seconds(first, last), articles / seconds(first, last), seconds(first, indexed),
                articles / seconds(first, indexed), articlePages(site, "ingest-a").size(), hostsOfA.size(),
                seconds(first, stoppedAt), articlePages(site, "ingest-b").size());
        Files.writeString(OUT.resolve("figures.txt"), figures);
        System.out.print(figures);
    }

    private static double seconds(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1e9;
    }

    private static ChildJvm add(List<ChildJvm> processes, ChildJvm p) {
        processes.add(p);
        return p;
    }
}

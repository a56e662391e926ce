package io.newsflow.app.faults;

import io.newsflow.devstack.ChildJvm;
import io.newsflow.devstack.DevStack;
import io.newsflow.ingest.model.IngestReport;
import io.newsflow.schemas.EnrichedArticle;
import io.newsflow.schemas.Event;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} of the enrich and index processes at random (seeded) moments of a run, several times, each restarted as
 * the CLI starts it: afterwards the articles and events indexes hold exactly the documents of a clean run of the same
 * corpus, and the enriched-articles and events topics hold every record once (exactly-once across the kills), while
 * records of aborted transactions ({@code read_uncommitted} count minus {@code read_committed} count) show that kills
 * landed inside open transactions.
 *
 * <p>Broker and Elasticsearch run in this JVM (devstack); enrich and index are child processes ({@link ChildJvm},
 * logs in {@code target/faults/kill-nine/}). The corpus ({@link SyntheticCorpus}) is fed a part per round by file ingest,
 * so each round's kills land while there is work. A round: ingest a part; kill enrich a random 0–3 s after it first
 * committed some of the part, at the first moment from then on when records of an open transaction are on the output
 * topics (high watermark above the last stable offset), found by freezing it ({@code SIGSTOP}) and looking, so that the
 * transaction cannot commit between the look and the kill (a kill at a random instant often finds nothing of the open
 * transaction on the broker yet, and leaves no aborted record to count); kill index a random 1–9 s after the ingest;
 * then restart both once Kafka's consumer session timeout (45 s, the clients' default) has passed since
 * the kill: until then the killed member still holds its partitions, and enrich's start (which waits for RUNNING, at
 * most 60 s) would race the group's rebalance.
 *
 * <p>Size: {@code -Dfaults.articles} (default 600), {@code -Dfaults.rounds} (default 2: 4 kills), {@code -Dfaults.seed}
 * (default 15). The long version is the {@code faults-long} profile: 10,000 articles, 5 rounds (10 kills).
 */
class KillNineIT {
    private static final Logger log = LoggerFactory.getLogger(KillNineIT.class);
    static final int ARTICLES = Integer.getInteger("faults.articles", 600);
    static final int ROUNDS = Integer.getInteger("faults.rounds", 2);
    static final long SEED = Long.getLong("faults.seed", 15L);
    /** Kafka's default {@code session.timeout.ms}, plus a margin: a killed consumer's partitions are held that long. */
    static final Duration SESSION_TIMEOUT = Duration.ofSeconds(47);
    /** Guard against a hung test: 10,000 articles with 10 kills settle well within it on a 2-core machine. */
    static final Duration PATIENCE = Duration.ofMinutes(20);
    static final Path LOGS = Path.of("target", "faults", "kill-nine");
    /** Longest search, at an enrich kill's moment, for a moment when records of an open transaction are on the broker. */
    static final Duration OPEN_TRANSACTION_WAIT = Duration.ofSeconds(20);
    /** Time a frozen enrich is given for a commit it had already asked for to complete before the broker is looked at. */
    static final Duration COMMIT_GRACE = Duration.ofMillis(500);

    static DevStack stack;
    @TempDir static Path work;

    @BeforeAll
    static void stack() throws Exception {
        stack = DevStack.start();
    }

    @AfterAll
    static void stop() {
        if (stack != null) stack.close();
    }

    @Test
    void killNineOfEnrichAndIndexLosesAndDuplicatesNothing() throws Exception {
        List<SyntheticCorpus.Page> corpus = SyntheticCorpus.write(work.resolve("corpus"), ARTICLES, ROUNDS + 1, SEED);
        log.info("corpus: {} pages, {} syndicated copies", corpus.size(), corpus.stream().filter(SyntheticCorpus.Page::copy).count());

        RunOutcome clean;
        try (PipelineRun run = new PipelineRun("clean", stack.bootstrapServers(), stack.elasticsearchUrl(), work, LOGS)) {
            run.startEnrich();
            run.startIndex();
            for (int part = 0; part <= ROUNDS; part++) run.ingest(part(part));
            clean = RunOutcome.settle(run, null, PATIENCE);
        }
        assertThat(clean.articles()).hasSize(ARTICLES); // every page became an indexed article: nothing was lost to begin with

        int killsInOpenTransaction = 0;
        RunOutcome faulty;
        try (PipelineRun run = new PipelineRun("faulty", stack.bootstrapServers(), stack.elasticsearchUrl(), work, LOGS)) {
            run.startEnrich();
            run.startIndex();
            Random random = new Random(SEED);
            for (int round = 0; round < ROUNDS; round++) {
                long before = run.enrichBacklog();
                IngestReport report = run.ingest(part(round));
                assertThat(report.deadLetters()).isEmpty();
                long ingested = System.nanoTime();
                long enrichKill = random.nextInt(3000); // after enrich's first commit of this part: it is writing then
                long indexKill = 1000 + random.nextInt(8000); // after the ingest
                run.awaitEnrichProgress(before + report.articles(), PATIENCE);
                long committing = System.nanoTime();
                boolean enrichFirst = (committing - ingested) / 1_000_000 + enrichKill <= indexKill;
                for (String stage : enrichFirst ? List.of("enrich", "index") : List.of("index", "enrich")) {
                    boolean enrich = stage.equals("enrich");
                    long from = enrich ? committing : ingested;
                    long at = enrich ? enrichKill : indexKill;
                    Thread.sleep(Math.max(0, at - (System.nanoTime() - from) / 1_000_000));
                    long open = enrich ? freezeInsideOpenTransaction(run, random) : 0;
                    long backlog = run.enrichBacklog();
                    if (enrich) {
                        run.enrich().kill9();
                        if (open > 0) killsInOpenTransaction++;
                    } else {
                        run.index().kill9();
                    }
                    run.note("round %d: kill -9 %s %d ms after %s, %d raw articles not yet committed by enrich, %d records of open"
                            + " transactions on the broker", round, stage, at, enrich ? "its first commit of the part" : "the ingest", backlog, open);
                }
                Thread.sleep(SESSION_TIMEOUT.toMillis());
                run.startEnrich();
                run.startIndex();
            }
            run.ingest(part(ROUNDS));
            faulty = RunOutcome.settle(run, clean, PATIENCE);
        }

        assertThat(killsInOpenTransaction).as("enrich kills while records of an open transaction were on the broker").isPositive();
        assertThat(faulty.abortedRecords()).as("records of aborted transactions (kills inside an open transaction)").isPositive();
        assertThat(faulty.enrichedOnTopic()).as("committed enriched articles, each once").allSatisfy((id, n) -> assertThat(n).isOne())
                .containsOnlyKeys(clean.enrichedOnTopic().keySet());
        assertThat(faulty.eventsOnTopic()).as("committed events, each once").allSatisfy((id, n) -> assertThat(n).isOne())
                .containsOnlyKeys(clean.eventsOnTopic().keySet());
        assertThat(faulty.articles().keySet()).isEqualTo(clean.articles().keySet());
        assertThat(faulty.events().keySet()).isEqualTo(clean.events().keySet());
        assertThat(faulty.articles()).isEqualTo(clean.articles());
        assertThat(faulty.events()).isEqualTo(clean.events());
        assertThat(faulty.deadLetters()).isEqualTo(clean.deadLetters());
    }

    /**
     * Freezes enrich ({@code SIGSTOP}) at a moment when records of an open transaction are on the output topics, so the
     * {@code kill -9} that follows lands inside that transaction: freeze, let a commit already on its way finish
     * ({@link #COMMIT_GRACE}), look; if nothing of an open transaction is there, let enrich go on ({@code SIGCONT}) for a
     * random 0–200 ms and try again, for at most {@link #OPEN_TRANSACTION_WAIT}. Returns the records found (the
     * process stays frozen), or 0 (it runs).
     */
    private static long freezeInsideOpenTransaction(PipelineRun run, Random random) throws Exception {
        ChildJvm enrich = run.enrich();
        long deadline = System.nanoTime() + OPEN_TRANSACTION_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            enrich.signal("STOP");
            Thread.sleep(COMMIT_GRACE.toMillis());
            long open = run.openTransactionRecords();
            if (open > 0) return open;
            enrich.signal("CONT");
            Thread.sleep(random.nextInt(200));
        }
        return 0;
    }

    private static Path part(int n) {
        return work.resolve("corpus").resolve("part-" + n);
    }

}

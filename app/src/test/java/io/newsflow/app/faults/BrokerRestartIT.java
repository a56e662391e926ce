package io.newsflow.app.faults;

import io.newsflow.devstack.EmbeddedElasticsearch;
import io.newsflow.devstack.EmbeddedKafka;
import io.newsflow.ingest.model.IngestReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kafka broker restarts (controlled shutdown, same ports and data) while enrich and index, as child processes
 * started like the CLI starts them, are in the middle of a part of the corpus: both stages ride it out without being
 * restarted, and afterwards every article and event is on the committed topics once and in the indexes once.
 * Broker and Elasticsearch run in this JVM; stage logs in {@code target/faults/broker-restart/}.
 */
class BrokerRestartIT {
    static final int ARTICLES = Integer.getInteger("faults.restart.articles", 300);
    static final Duration PATIENCE = Duration.ofMinutes(10);
    static final Path LOGS = Path.of("target", "faults", "broker-restart");

    static EmbeddedKafka kafka;
    static EmbeddedElasticsearch elasticsearch;
    @TempDir static Path work;

    @BeforeAll
    static void services() throws Exception {
        kafka = EmbeddedKafka.start();
        elasticsearch = EmbeddedElasticsearch.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (elasticsearch != null) elasticsearch.close();
        if (kafka != null) kafka.close();
    }

    @Test
    void aBrokerRestartMidRunLosesAndDuplicatesNothing() throws Exception {
        SyntheticCorpus.write(work.resolve("corpus"), ARTICLES, 2, 16L);
        RunOutcome outcome;
        try (PipelineRun run = new PipelineRun("restart", kafka.bootstrapServers(), elasticsearch.url(), work, LOGS)) {
            run.startEnrich();
            run.startIndex();
            IngestReport first = run.ingest(work.resolve("corpus/part-0"));
            run.awaitEnrichProgress(first.articles(), PATIENCE);
            run.note("restarting the broker; %d raw articles not yet committed by enrich", run.enrichBacklog());
            kafka.restart();
            run.note("broker back");
            IngestReport second = run.ingest(work.resolve("corpus/part-1"));
            assertThat(first.articles() + second.articles()).isEqualTo(ARTICLES);
            outcome = RunOutcome.settle(run, null, PATIENCE);
            assertThat(run.enrich().alive()).as("enrich rode out the restart").isTrue();
            assertThat(run.index().alive()).as("index rode out the restart").isTrue();
        }
        outcome.assertEachOnce(ARTICLES);
        assertThat(outcome.deadLetters()).isZero();
    }
}

package io.newsflow.app.faults;

import io.newsflow.devstack.ChildJvm;
import io.newsflow.devstack.DevStack;
import io.newsflow.ingest.model.IngestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Enrich's state directory fills up in the middle of a run: a small {@code tmpfs} mounted on it (needs root and
 * {@code mount}; skipped with the reason otherwise) is filled to the last byte by a filler file while enrich, a child
 * process started like the CLI starts it, works through a part of the corpus; then enrich is stopped normally
 * (which writes its stores out) and started again on the full disk. At each step enrich either carries on or stops
 * loudly (a non-zero exit with "No space left on device" in its log). Then the filler is removed, enrich started again
 * if it stopped, and every article and event is once on the committed topics and in the indexes: nothing lost, nothing
 * doubled. Observed here (300 articles): enrich carries on, on the full disk, both times: its stores' new state stays in
 * RocksDB's write buffers (memory) and their changelogs; the checkpoint file cannot be written, so the restart
 * restores every store from its changelog. Logs in {@code target/faults/disk-full/}.
 */
class DiskFullIT {
    static final int ARTICLES = 300;
    /** Room for RocksDB's files of enrich's three stores before the filler takes the rest. */
    static final String TMPFS_SIZE = "64m";
    static final Duration PATIENCE = Duration.ofMinutes(10);
    static final Path LOGS = Path.of("target", "faults", "disk-full");

    @TempDir Path work;

    @Test
    void aFullStateDiskStopsEnrichLoudlyOrNotAtAllAndLosesNothing() throws Exception {
        Path state = PipelineRun.stateDir(work, "diskfull");
        Files.createDirectories(state);
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=" + TMPFS_SIZE, "tmpfs", state.toString()) == 0,
                "cannot mount a tmpfs on enrich's state directory (needs root): disk full not simulated");
        Thread unmount = new Thread(() -> { // also when the test JVM is stopped before the finally below
            try {
                run("umount", "-l", state.toString());
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("could not unmount " + state, e);
            }
        }, "unmount-state-tmpfs");
        Runtime.getRuntime().addShutdownHook(unmount);
        try {
            SyntheticCorpus.write(work.resolve("corpus"), ARTICLES, 2, 17L);
            RunOutcome outcome;
            try (DevStack stack = DevStack.start();
                 PipelineRun run = new PipelineRun("diskfull", stack.bootstrapServers(), stack.elasticsearchUrl(), work, LOGS)) {
                run.startEnrich();
                run.startIndex();
                IngestReport first = run.ingest(work.resolve("corpus/part-0"));
                run.awaitEnrichProgress(first.articles(), PATIENCE);
                long filled = fill(state.resolve("filler"));
                run.note("state disk filled with %d bytes; %d raw articles not yet committed by enrich", filled, run.enrichBacklog());
                IngestReport second = run.ingest(work.resolve("corpus/part-1"));
                assertThat(first.articles() + second.articles()).isEqualTo(ARTICLES);
                ChildJvm enrich = run.enrich();
                long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
                while (enrich.alive() && run.enrichBacklog() > 0 && System.nanoTime() < deadline) Thread.sleep(1000);
                requireLoudIfStopped(enrich, run);
                if (enrich.alive()) { // a normal stop writes the stores out; the next start opens them on the full disk
                    run.note("enrich carried on; stopped normally: exit %d", enrich.stop());
                    enrich = run.launch("enrich");
                    try {
                        enrich.awaitOwnOutput("enrich running", PipelineRun.START_PATIENCE);
                    } catch (IllegalStateException exited) {
                        run.note("enrich did not start on the full disk: %s", exited.getMessage());
                    }
                    requireLoudIfStopped(enrich, run);
                }
                Files.delete(state.resolve("filler"));
                if (!enrich.alive()) enrich = run.startEnrich();
                run.note("disk freed; enrich %s", enrich);
                outcome = RunOutcome.settle(run, null, PATIENCE);
            }
            outcome.assertEachOnce(ARTICLES);
        } finally {
            Runtime.getRuntime().removeShutdownHook(unmount);
            unmount.run();
        }
    }

    /** A stage that stopped must say why: a non-zero exit and "No space left on device" in its log. */
    private static void requireLoudIfStopped(ChildJvm enrich, PipelineRun run) throws Exception {
        if (enrich.alive()) {
            run.note("enrich runs on the full state disk");
            return;
        }
        run.note("enrich stopped on the full state disk: exit %d", enrich.exitCode());
        assertThat(enrich.exitCode()).as("a loud stop").isNotZero();
        assertThat(enrich.output(0)).contains("No space left on device");
    }

    /** Writes zeros to {@code file} until the file system refuses more; returns the bytes written. */
    private static long fill(Path file) throws IOException {
        byte[] block = new byte[64 * 1024];
        long written = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            while (true) {
                out.write(block);
                written += block.length;
            }
        } catch (IOException full) {
            if (!String.valueOf(full.getMessage()).contains("No space left")) throw full;
        }
        return written;
    }

    private static int run(String... command) throws IOException, InterruptedException {
        return new ProcessBuilder(List.of(command)).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }
}

package io.newsflow.app.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code newsflow <stage> -c FILE} child process, started as the launcher starts it: the same JVM flags and
 * {@code java -jar app/target/newsflow.jar} (built by {@code package}, before failsafe runs), its standard output and
 * error appended to a log file under {@code target/} that stays after the test for reading.
 *
 * <p>{@link #kill9()} is {@code SIGKILL} ({@link Process#destroyForcibly()} on Unix): no shutdown hook, no flush, no
 * transaction abort. {@link #stop()} is {@code SIGTERM}, the stage's normal stop. A JVM shutdown hook kills whatever
 * is still running when the test JVM exits, so no stage outlives a failed or interrupted test.
 */
final class StageProcess implements AutoCloseable {
    /** Heap of one stage process; the launcher's default is 1 GiB, less leaves room on a 2-core, shared machine. */
    static final String HEAP = "-Xmx512m";
    private static final Path JAR = Path.of("target", "newsflow.jar");
    private static final List<Process> LIVE = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (LIVE) {
                LIVE.forEach(Process::destroyForcibly);
            }
        }, "stage-process-reaper"));
    }

    private final String stage;
    private final Path log;
    private final Process process;
    /** The log's size when this process started: its own output comes after (the log is shared by runs and restarts). */
    private final long startedAt;

    private StageProcess(String stage, Path log, Process process, long startedAt) {
        this.stage = stage;
        this.log = log;
        this.process = process;
        this.startedAt = startedAt;
    }

    /** Starts {@code newsflow stage -c config}, appending its output to {@code log}. */
    static StageProcess start(String stage, Path config, Path log) throws IOException {
        if (!Files.isRegularFile(JAR)) throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run the package phase first");
        Files.createDirectories(log.getParent());
        List<String> command = io.newsflow.devstack.LauncherCommand.of(JAR, HEAP, stage, "-c", config.toString());
        long startedAt = Files.exists(log) ? Files.size(log) : 0;
        Files.writeString(log, "### " + String.join(" ", command) + "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("NEWSFLOW_")); // the config file alone decides
        Process process = builder.start();
        synchronized (LIVE) {
            LIVE.add(process);
        }
        return new StageProcess(stage, log, process, startedAt);
    }

    /** Waits until this process (not an earlier one writing the same log) has printed {@code line}; see below. */
    void awaitOwnOutput(String line, Duration patience) throws IOException, InterruptedException {
        awaitOutput(line, startedAt, patience);
    }

    /**
     * Waits until the log has {@code line} (e.g. "enrich running") after {@code from} bytes; fails when the process
     * exits first or after {@code patience} (a guard against a hung test, not a timing assertion).
     */
    void awaitOutput(String line, long from, Duration patience) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (output(from).contains(line)) return;
            if (!process.isAlive()) throw new IllegalStateException(stage + " exited with " + process.exitValue()
                    + " before printing '" + line + "'; see " + log.toAbsolutePath());
            Thread.sleep(200);
        }
        throw new IllegalStateException(stage + " did not print '" + line + "' within " + patience + "; see " + log.toAbsolutePath());
    }

    /** The log's text after {@code from} bytes. */
    String output(long from) throws IOException {
        byte[] all = Files.readAllBytes(log);
        return new String(all, (int) Math.min(from, all.length), (int) Math.max(0, all.length - from), StandardCharsets.UTF_8);
    }

    /** The log's size in bytes now: pass it to {@link #awaitOutput} to wait for what comes after. */
    long logSize() throws IOException {
        return Files.size(log);
    }

    boolean alive() {
        return process.isAlive();
    }

    /** The exit code of a process that has ended. */
    int exitCode() {
        return process.exitValue();
    }

    /** Sends a signal by name ({@code STOP} freezes the process, {@code CONT} lets it go on) with the system's {@code kill}. */
    void signal(String name) throws IOException, InterruptedException {
        int exit = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start().waitFor();
        if (exit != 0) throw new IllegalStateException("kill -" + name + " " + process.pid() + " exited with " + exit);
    }

    /** SIGKILL, then waits for the process to be gone. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
        forget();
    }

    /** SIGTERM (the stage's own shutdown), then SIGKILL if it has not exited within 60 s; returns its exit code. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
        forget();
        return process.exitValue();
    }

    private void forget() {
        synchronized (LIVE) {
            LIVE.remove(process);
        }
    }

    /** Kills the process if it still runs (test clean-up). */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) kill9();
    }

    @Override
    public String toString() {
        return stage + " (pid " + process.pid() + ", log " + log + ")";
    }
}

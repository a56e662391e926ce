package io.newsflow.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One newsflow process started the way the launcher and the Dockerfile start it: {@code java <the launcher's JVM
 * flags> -Xmx… -jar <jar> <command…>}, with the given environment; standard output and error go to
 * {@code <logs>/<name>.log}, kept for diagnosis. {@link #close()} stops it with SIGTERM (what {@code docker stop} and
 * Ctrl-C send), then kills it if it is still there after {@link #STOP_PATIENCE}; a shutdown hook does the same should
 * the test JVM exit first, so no process outlives the test.
 */
public final class ChildJvm implements AutoCloseable {
    static final Duration STOP_PATIENCE = Duration.ofSeconds(45);

    private final String name;
    private final Process process;
    private final Path log;
    private final Thread reaper;
    private volatile long exitedAtNanos;

    private ChildJvm(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.reaper = new Thread(this::kill, "reap-" + name);
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    /** Starts {@code java -jar jar args...} with {@code heap} (e.g. {@code -Xmx384m}) and {@code env} added. */
    public static ChildJvm start(String name, Path jar, String heap, Map<String, String> env, Path logs, String... args) throws IOException {
        List<String> command = io.newsflow.devstack.LauncherCommand.of(jar, heap, args);
        Files.createDirectories(logs);
        Path log = logs.resolve(name + ".log");
        Files.writeString(log, String.join(" ", command) + "\n\n");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        return new ChildJvm(name, builder.start(), log);
    }

    public String name() {
        return name;
    }

    /**
     * Waits until the process has printed a line starting with {@code prefix} and returns the rest of that line; fails
     * when the process exits first or {@code patience} runs out (a bound against hanging, not a timing claim).
     */
    public String awaitLine(String prefix, Duration patience) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            Optional<String> line = output().lines().filter(l -> l.startsWith(prefix)).findFirst();
            if (line.isPresent()) return line.get().substring(prefix.length()).strip();
            if (!process.isAlive()) throw new IllegalStateException(name + " exited with " + process.exitValue() + " before printing '" + prefix + "'; see " + log);
            if (System.nanoTime() > deadline) throw new IllegalStateException(name + " did not print '" + prefix + "' within " + patience + "; see " + log);
            Thread.sleep(200);
        }
    }

    /** What it printed so far. */
    public String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** Sends SIGTERM and waits for the exit; returns the exit code (or -1 when it had to be killed). */
    public int stop() throws InterruptedException {
        process.destroy();
        boolean exited = process.waitFor(STOP_PATIENCE.toSeconds(), TimeUnit.SECONDS);
        exitedAtNanos = System.nanoTime();
        if (exited) return process.exitValue();
        kill();
        return -1;
    }

    /** When {@link #stop()} saw it exit, as {@link System#nanoTime()}. */
    public long exitedAtNanos() {
        return exitedAtNanos;
    }

    /** The operating system's id of the process. */
    public long pid() {
        return process.pid();
    }

    /**
     * The most resident memory the process has had so far, in KiB ({@code VmHWM} of {@code /proc/PID/status}, so
     * Linux only), or -1 when it cannot be read (not Linux, or the process has exited).
     */
    public long peakRssKib() {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")).stream()
                    .filter(l -> l.startsWith("VmHWM:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).orElse(-1L);
        } catch (IOException | RuntimeException gone) {
            return -1;
        }
    }

    /** CPU time the process has used so far (user and system), or zero when the system does not tell. */
    public Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops it (SIGTERM, then kill) if it still runs. */
    @Override
    public void close() throws InterruptedException {
        try {
            if (process.isAlive()) stop();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(reaper);
            } catch (IllegalStateException exiting) {
                // the JVM is exiting: the hook runs anyway
            }
        }
    }
}

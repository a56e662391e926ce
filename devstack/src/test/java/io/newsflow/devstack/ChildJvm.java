package io.newsflow.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * One newsflow process that a test starts as users start it ({@link LauncherCommand}: {@code java <the launcher's JVM
 * flags> -Xmx… -jar <jar> <command…>}): the stages of app's fault tests, the services and stages of demo's scale-out
 * test and end-to-end benchmark. The one implementation of a child JVM for every module's tests (devstack's test-jar).
 *
 * <ul>
 *   <li><b>Output</b>: standard output and error are appended to a log file that stays after the test for reading;
 *       each start first writes {@code ### <command>}. A restart may append to the same file: {@link #output()} and
 *       {@link #awaitLine} look only at this process's own part, what was written after it started.</li>
 *   <li><b>Environment</b>: the test JVM's without its {@code NEWSFLOW_*} variables (so the config file and the
 *       variables the test passes alone decide), plus those passed.</li>
 *   <li><b>Stopping</b>: {@link #stop()} is SIGTERM (what {@code docker stop} and Ctrl-C send), then SIGKILL after
 *       {@link #STOP_PATIENCE}; {@link #kill9()} is SIGKILL at once (no shutdown hook, no flush, no transaction
 *       abort); {@link #close()} stops it if it still runs. A shutdown hook kills whatever still runs when the test JVM
 *       exits, so no child outlives a failed or interrupted test.</li>
 * </ul>
 * Waits ({@link #awaitLine}, {@link #awaitOwnOutput}) fail when the process exits first or their patience runs out: a
 * bound against a hung test, not a timing assertion.
 */
public final class ChildJvm implements AutoCloseable {
    /**
     * How long {@link #stop()} waits after SIGTERM before it kills: enrich closing its Streams threads and stores on a
     * busy 2-core machine takes seconds to tens of seconds.
     */
    public static final Duration STOP_PATIENCE = Duration.ofSeconds(60);
    private static final Duration LOOK_EVERY = Duration.ofMillis(200);
    private static final Set<ChildJvm> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(ChildJvm::kill), "child-jvm-reaper"));
    }

    private final String name;
    private final Process process;
    private final Path log;
    /** The log's size in bytes when this process started: its own output comes after. */
    private final long startedAt;
    private volatile long exitedAtNanos;

    private ChildJvm(String name, Process process, Path log, long startedAt) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.startedAt = startedAt;
    }

    /**
     * Starts {@code java -jar jar args…} with {@code heap} (e.g. {@code -Xmx384m}) and {@code env}, appending its output
     * to {@code log}.
     */
    public static ChildJvm start(String name, Path jar, String heap, Map<String, String> env, Path log, String... args) throws IOException {
        if (!Files.isRegularFile(jar)) throw new IllegalStateException(jar.toAbsolutePath() + " is missing: run the package phase first");
        return start(name, LauncherCommand.of(jar, heap, args), env, log);
    }

    /** Starts {@code command} as it is (this class's own test runs a source file). */
    static ChildJvm start(String name, List<String> command, Map<String, String> env, Path log) throws IOException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        long startedAt = Files.exists(log) ? Files.size(log) : 0;
        Files.writeString(log, "### " + String.join(" ", command) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(variable -> variable.startsWith("NEWSFLOW_"));
        builder.environment().putAll(env);
        ChildJvm child = new ChildJvm(name, builder.start(), log, startedAt);
        LIVE.add(child);
        return child;
    }

    public String name() {
        return name;
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** The exit code of a process that has ended. */
    public int exitCode() {
        return process.exitValue();
    }

    /** The log file (shared with earlier starts that were given the same one). */
    public Path log() {
        return log;
    }

    /**
     * Waits until this process has printed a line starting with {@code prefix} and returns the rest of that line,
     * stripped.
     */
    public String awaitLine(String prefix, Duration patience) throws IOException, InterruptedException {
        return await("a line starting with '" + prefix + "'", startedAt, patience, text -> text.lines()
                .filter(l -> l.startsWith(prefix)).findFirst().map(l -> l.substring(prefix.length()).strip()));
    }

    /** Waits until this process has printed {@code text} (e.g. "enrich running"). */
    public void awaitOwnOutput(String text, Duration patience) throws IOException, InterruptedException {
        await("'" + text + "'", startedAt, patience, output -> output.contains(text) ? Optional.of(true) : Optional.empty());
    }

    private <T> T await(String what, long from, Duration patience, Function<String, Optional<T>> find)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            Optional<T> found = find.apply(output(from));
            if (found.isPresent()) return found.get();
            if (!process.isAlive()) throw new IllegalStateException(name + " exited with " + process.exitValue()
                    + " before printing " + what + "; see " + log.toAbsolutePath());
            if (System.nanoTime() > deadline) throw new IllegalStateException(name + " did not print " + what + " within "
                    + patience + "; see " + log.toAbsolutePath());
            Thread.sleep(LOOK_EVERY.toMillis());
        }
    }

    /** What this process has printed so far (after the {@code ###} line of its command). */
    public String output() throws IOException {
        return output(startedAt);
    }

    /** The log's text after its first {@code from} bytes, whichever start wrote it. */
    public String output(long from) throws IOException {
        byte[] all = Files.readAllBytes(log);
        int start = (int) Math.min(from, all.length);
        return new String(all, start, all.length - start, StandardCharsets.UTF_8);
    }

    /** Sends a signal by name ({@code STOP} freezes the process, {@code CONT} lets it go on) with the system's {@code kill}. */
    public void signal(String signal) throws IOException, InterruptedException {
        int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor();
        if (exit != 0) throw new IllegalStateException("kill -" + signal + " " + process.pid() + " exited with " + exit);
    }

    /** SIGKILL, then waits for the process to be gone. */
    public void kill9() {
        kill();
        LIVE.remove(this);
    }

    /**
     * SIGTERM, then SIGKILL if it has not exited within {@link #STOP_PATIENCE}; returns the exit code (143 for a JVM
     * that ended on SIGTERM, 137 when it had to be killed).
     */
    public int stop() throws InterruptedException {
        process.destroy();
        boolean exited = process.waitFor(STOP_PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        exitedAtNanos = System.nanoTime();
        if (!exited) kill();
        LIVE.remove(this);
        return process.exitValue();
    }

    /** When {@link #stop()} saw it exit, as {@link System#nanoTime()}; 0 before. */
    public long exitedAtNanos() {
        return exitedAtNanos;
    }

    /**
     * The most resident memory the process has had so far, in KiB ({@code VmHWM} of {@code /proc/PID/status}, so
     * Linux only), or -1 when it cannot be read (not Linux, or the process has exited).
     */
    public long peakRssKib() {
        return peakRssKib(process.pid());
    }

    /** {@link #peakRssKib()} of any process, this one included ({@code ProcessHandle.current().pid()}). */
    public static long peakRssKib(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
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

    /** SIGKILL to it and anything it started; waits for it to be gone (at most 30 s: a process in the kernel may linger). */
    private void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops it ({@link #stop()}) if it still runs: a test's clean-up. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) stop();
        LIVE.remove(this);
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ", log " + log + ")";
    }
}

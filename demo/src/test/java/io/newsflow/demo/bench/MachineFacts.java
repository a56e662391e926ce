package io.newsflow.demo.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the figures depend on besides the code: cores, memory, the load average (the other work on the machine) and
 * the versions in the run. Figures taken with a one-minute load average above {@value #QUIET_LOAD} at the start are
 * flagged: the stages then share the cores with others and measure the machine's business as much as the pipeline.
 */
final class MachineFacts {
    /** Highest one-minute load average at the start for figures to count as taken on a quiet machine. */
    static final double QUIET_LOAD = 1.5;

    private MachineFacts() {}

    /** The one-minute load average, or NaN where {@code /proc/loadavg} is missing. */
    static double load1() {
        return loadAverages()[0];
    }

    /** "1-min 5-min 15-min" load averages as {@code /proc/loadavg} has them, or "n/a". */
    static String loadLine() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    private static double[] loadAverages() {
        String line = loadLine();
        if (line.equals("n/a")) return new double[] {Double.NaN};
        return java.util.Arrays.stream(line.split(" ")).mapToDouble(Double::parseDouble).toArray();
    }

    /** Cores, memory, operating system, Java and the commit checked out, for the report's header. */
    static Map<String, Object> describe() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("cores", Runtime.getRuntime().availableProcessors());
        facts.put("memoryGiB", memoryGiB());
        facts.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        facts.put("java", System.getProperty("java.vm.name") + " " + Runtime.version());
        facts.put("commit", command("git", "rev-parse", "--short", "HEAD") + (command("git", "status", "--porcelain").isEmpty() ? "" : " (uncommitted changes)"));
        facts.put("newsflow", System.getProperty("bench.projectVersion", "n/a"));
        return facts;
    }

    private static String memoryGiB() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:")).findFirst()
                    .map(l -> "%.1f".formatted(Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0)).orElse("n/a");
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    /** A short command's first output line, or "n/a". */
    private static String command(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 ? out.lines().findFirst().orElse("") : "n/a";
        } catch (IOException | RuntimeException e) {
            return "n/a";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "n/a";
        }
    }
}

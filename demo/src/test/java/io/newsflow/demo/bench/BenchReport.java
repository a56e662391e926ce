package io.newsflow.demo.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What one benchmark run found, written as a table for people ({@code e2e.txt}) and as JSON for tools
 * ({@code e2e.json}) from the same values, so the two never disagree. Rates are articles per second, latencies
 * milliseconds, memory MiB, CPU seconds; NaN means "not measured" (e.g. no latency phase) and prints as n/a.
 *
 * @param machine     {@link MachineFacts#describe()}
 * @param loadStart   load averages (1, 5, 15 min) when the run started
 * @param loadEnd     the same when it ended
 * @param quiet       whether the 1-minute load at the start was at most {@link MachineFacts#QUIET_LOAD}
 * @param settings    {@link BenchSettings#describe()}
 * @param versions    Kafka broker and Elasticsearch node versions
 * @param endToEnd    the throughput phase through all stages
 * @param stages      the throughput phase per stage
 * @param latency     the latency phase
 * @param processes   memory and CPU of each process over the whole run
 * @param correctness the exactly-once check
 * @param stageCosts  extraction and analysis measured on their own in the same run
 */
record BenchReport(Map<String, Object> machine, String loadStart, String loadEnd, boolean quiet, Map<String, Object> settings,
                   Map<String, String> versions, EndToEnd endToEnd, List<Stage> stages, Latencies latency,
                   List<ProcessUse> processes, Correctness correctness, StageCosts stageCosts) {

    /**
     * @param articles        articles of the throughput phase
     * @param firstSearchable seconds from the first article fetched to the first searchable
     * @param seconds         seconds from the first article fetched to the last searchable
     * @param cold            articles over that span
     * @param warm            the same after the first warm-share of articles became searchable
     */
    record EndToEnd(int articles, double firstSearchable, double seconds, double cold, double warm) {}

    /**
     * @param stage what was measured: ingest (raw-articles records readable), enrich (enriched-articles records
     *              readable, read_committed), index (articles searchable)
     * @param items outputs counted
     * @param first seconds from the first fetch to its first output
     * @param last  seconds from the first fetch to its last output
     * @param cold  outputs per second from its first output to its last
     * @param warm  the same after its first warm-share of outputs
     */
    record Stage(String stage, int items, double first, double last, double cold, double warm) {}

    /**
     * @param offered          articles offered
     * @param rate             the offered rate (articles/s)
     * @param achieved         articles per second from the first release to the last searchable (below the rate by
     *                         about the latency over the phase's length)
     * @param firstQuarterP50    median release-to-searchable milliseconds of the phase's first quarter of articles
     * @param lastQuarterP50     the same of its last quarter: much higher means the pipeline fell behind the rate
     * @param offeredToSearchable milliseconds from an article's release into its feed to searchable (includes the wait
     *                            for ingest's next poll of that feed: half the feed interval on average)
     * @param fetchToSearchable   milliseconds from the end of its page's fetch to searchable
     */
    record Latencies(int offered, int rate, double achieved, double firstQuarterP50, double lastQuarterP50,
                     Percentiles offeredToSearchable, Percentiles fetchToSearchable) {
        /** Whether latency grew over the phase (last quarter's median more than twice the first's and over 2 s). */
        boolean fellBehind() {
            return lastQuarterP50 > 2 * firstQuarterP50 && lastQuarterP50 > 2000;
        }
    }

    /** Percentiles of one latency, in milliseconds, over {@code samples} articles. */
    record Percentiles(int samples, double p50, double p95, double p99, double max) {
        static Percentiles of(long[] nanos) {
            double[] at = Rates.percentiles(nanos, 50, 95, 99, 100); // nanoseconds
            return new Percentiles(nanos.length, at[0] / 1e6, at[1] / 1e6, at[2] / 1e6, at[3] / 1e6);
        }
    }

    /**
     * @param process    its name (kafka, elasticsearch, ingest-1, enrich-1, index; one-jvm: stack, stages, site and watchers)
     * @param heap       its -Xmx
     * @param peakRssMib its peak resident memory (VmHWM), MiB; -1 unknown
     * @param cpuSeconds CPU time it used, user and system
     */
    record ProcessUse(String process, String heap, long peakRssMib, double cpuSeconds) {}

    /**
     * @param ok         every article indexed exactly once
     * @param expected   articles served
     * @param documents  documents in the articles index
     * @param missing    article URLs with no document
     * @param duplicated article URLs with more than one document
     * @param unexpected documents whose URL is no article's
     * @param sharedIds  documents whose id another document has too (the same article in two indexes)
     */
    record Correctness(boolean ok, int expected, int documents, int missing, int duplicated, int unexpected, int sharedIds) {}

    /** The table for people. */
    String text() {
        StringBuilder t = new StringBuilder();
        t.append("newsflow end-to-end benchmark (issue 15)\n");
        if (!quiet) {
            t.append("""
                    !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!
                    !! WARNING: load average %s at the start (> %.1f): the machine was busy; these figures are indicative only
                    !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!
                    """.formatted(loadStart, MachineFacts.QUIET_LOAD));
        }
        t.append("machine: ").append(machine).append('\n');
        t.append("services: ").append(versions).append('\n');
        t.append("load average (1/5/15 min): start ").append(loadStart).append(", end ").append(loadEnd).append('\n');
        t.append("settings: ").append(settings).append("\n\n");

        t.append("Throughput phase: %d articles offered at once%n".formatted(endToEnd.articles()));
        t.append("  end to end (first fetch -> last searchable): %s articles/s cold, %s warm; %.1f s; first searchable after %.1f s%n"
                .formatted(f(endToEnd.cold()), f(endToEnd.warm()), endToEnd.seconds(), endToEnd.firstSearchable()));
        t.append("  %-8s %8s %10s %10s %12s %12s%n".formatted("stage", "outputs", "first s", "last s", "cold /s", "warm /s"));
        for (Stage s : stages) {
            t.append("  %-8s %8d %10.1f %10.1f %12s %12s%n".formatted(s.stage(), s.items(), s.first(), s.last(), f(s.cold()), f(s.warm())));
        }
        t.append('\n');
        if (latency.offered() > 0) {
            t.append("Latency phase: %d articles offered at %d/s (achieved %s/s)%n".formatted(latency.offered(), latency.rate(), f(latency.achieved())));
            t.append("  %-30s %8s %9s %9s %9s %9s%n".formatted("latency (ms)", "samples", "p50", "p95", "p99", "max"));
            row(t, "released in feed -> searchable", latency.offeredToSearchable());
            row(t, "page fetched -> searchable", latency.fetchToSearchable());
            t.append("  median release -> searchable: %s ms in the first quarter of the phase, %s ms in the last%s%n".formatted(
                    f0(latency.firstQuarterP50()), f0(latency.lastQuarterP50()), latency.fellBehind()
                            ? ": the pipeline FELL BEHIND the offered rate here, so these latencies are mostly queueing; try a lower -Dbench.rate"
                            : ""));
            t.append('\n');
        }
        t.append("  %-14s %8s %14s %10s%n".formatted("process", "heap", "peak RSS MiB", "CPU s"));
        for (ProcessUse p : processes) {
            t.append("  %-14s %8s %14d %10.1f%n".formatted(p.process(), p.heap(), p.peakRssMib(), p.cpuSeconds()));
        }
        t.append('\n');
        t.append(stageCosts.text()).append('\n');
        t.append(correctness.ok()
                ? "Exactly once: OK, %d articles, %d documents, each article URL once, each id once%n".formatted(correctness.expected(), correctness.documents())
                : "Exactly once: FAILED: %d articles, %d documents; %d missing, %d duplicated, %d unexpected, %d ids shared%n".formatted(
                        correctness.expected(), correctness.documents(), correctness.missing(), correctness.duplicated(),
                        correctness.unexpected(), correctness.sharedIds()));
        return t.toString();
    }

    private static void row(StringBuilder t, String what, Percentiles p) {
        t.append("  %-30s %8d %9s %9s %9s %9s%n".formatted(what, p.samples(), f0(p.p50()), f0(p.p95()), f0(p.p99()), f0(p.max())));
    }

    private static String f(double v) {
        return Double.isNaN(v) ? "n/a" : "%.1f".formatted(v);
    }

    private static String f0(double v) {
        return Double.isNaN(v) ? "n/a" : "%.0f".formatted(v);
    }

    /** Writes {@code e2e.txt} and {@code e2e.json} into {@code dir}. */
    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("e2e.txt"), text());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("e2e.json").toFile(), this);
    }
}

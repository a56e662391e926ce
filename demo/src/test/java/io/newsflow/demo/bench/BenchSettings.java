package io.newsflow.demo.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The benchmark's knobs, from system properties ({@code -Dbench.X=...} on the Maven command line reaches the test
 * JVM). Defaults in brackets.
 *
 * @param articles     [5000] articles of the throughput phase, all offered at once
 * @param paced        [30 s of {@code rate}] articles of the latency phase, offered at {@code rate}
 * @param rate         [50] articles per second offered in the latency phase
 * @param hosts        [40] hosts of the loopback site (1..250)
 * @param seed         [15] seed of the corpus
 * @param copyPercent  [10] share of syndicated copies, in percent
 * @param ingest       [1] ingest processes (more than one share the hosts through the fetch queue)
 * @param enrich       [1] enrich processes
 * @param partitions   [3] partitions of the topics (the production default)
 * @param feedInterval [PT1S] time between two polls of one feed; half of it is the mean wait before an article is seen
 * @param warmShare    [0.2] share of each stage's first outputs left out of its warm figure
 * @param stall        [PT3M] how long the run may go without an article more being searchable before it is given up
 * @param commitInterval [none: Streams' 100 ms] enrich's {@code enrich.commitInterval} (an ISO-8601 duration, PT0.5S)
 * @param shape        [processes] {@code processes}: Kafka, Elasticsearch and each stage a JVM of its own (production);
 *                     {@code one-jvm}: all in the benchmark's JVM, as {@code ./newsflow demo} runs ({@link Deployment})
 */
record BenchSettings(int articles, int paced, int rate, int hosts, long seed, int copyPercent, int ingest, int enrich,
                     int partitions, Duration feedInterval, double warmShare, Duration stall, Duration commitInterval, String shape) {

    static BenchSettings fromSystemProperties() {
        int rate = Integer.getInteger("bench.rate", 50);
        return new BenchSettings(Integer.getInteger("bench.articles", 5000), Integer.getInteger("bench.paced", 30 * rate), rate,
                Integer.getInteger("bench.hosts", 40), Long.getLong("bench.seed", 15), Integer.getInteger("bench.copies", 10),
                Integer.getInteger("bench.ingest", 1), Integer.getInteger("bench.enrich", 1), Integer.getInteger("bench.partitions", 3),
                Duration.parse(System.getProperty("bench.feedInterval", "PT1S")),
                Double.parseDouble(System.getProperty("bench.warmShare", "0.2")),
                Duration.parse(System.getProperty("bench.stall", "PT3M")),
                System.getProperty("bench.commitInterval") == null ? null : Duration.parse(System.getProperty("bench.commitInterval")),
                System.getProperty("bench.shape", "processes"));
    }

    BenchSettings {
        if (articles < 1 || paced < 0 || rate < 1) throw new IllegalArgumentException("bench.articles >= 1, bench.paced >= 0, bench.rate >= 1");
        if (ingest < 1 || enrich < 1) throw new IllegalArgumentException("bench.ingest and bench.enrich >= 1");
    }

    /** Every article of the run: the throughput phase's, then the latency phase's. */
    int total() {
        return articles + paced;
    }

    /** The settings as the report lists them. */
    Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("articles", articles);
        m.put("paced", paced);
        m.put("rate", rate);
        m.put("hosts", hosts);
        m.put("seed", seed);
        m.put("copyPercent", copyPercent);
        m.put("ingest", ingest);
        m.put("enrich", enrich);
        m.put("partitions", partitions);
        m.put("feedInterval", feedInterval.toString());
        m.put("warmShare", warmShare);
        m.put("commitInterval", commitInterval == null ? "default" : commitInterval.toString());
        m.put("shape", shape);
        return m;
    }
}

package io.newsflow.demo.bench;

import io.newsflow.app.config.ConfigLoader;
import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.demo.ServiceProcesses;
import io.newsflow.demo.StageConfigFile;
import io.newsflow.demo.bench.BenchReport.ProcessUse;
import io.newsflow.devstack.ChildJvm;
import io.newsflow.devstack.site.LoopbackNewsSite;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The production shape on one machine: Kafka and Elasticsearch each in a JVM of its own ({@link ServiceProcesses}),
 * and ingest, enrich and index each a {@code java -jar newsflow.jar STAGE -c FILE} process with the sizing guide's heap.
 */
final class SeparateProcesses implements Deployment {
    /** Stage heaps: the sizing guide's (docs/production.md). */
    static final String STAGE_HEAP = "-Xmx512m";

    private final Path out;
    private final List<ChildJvm> processes = new ArrayList<>();
    private ServiceProcesses services;
    private NewsflowConfig clients;

    SeparateProcesses(Path out) {
        this.out = out;
    }

    @Override
    public void start(StageConfigFile config, LoopbackNewsSite site, BenchSettings settings) throws Exception {
        ServiceProcesses.assumePackaged();
        services = ServiceProcesses.start(out, processes);
        Path indexConfig = config.write(out, "index", site);
        clients = ConfigLoader.load(indexConfig, services.env());
        stage("index", indexConfig);
        for (int i = 1; i <= settings.enrich(); i++) stage("enrich-" + i, config.write(out, "enrich-" + i, site));
        for (int i = 1; i <= settings.ingest(); i++) stage("ingest-" + i, config.write(out, "ingest-" + i, site));
    }

    private void stage(String name, Path config) throws IOException {
        String command = name.replaceAll("-\\d+$", "");
        processes.add(ChildJvm.start(name, ServiceProcesses.APP_JAR, STAGE_HEAP, services.env(), out.resolve(name + ".log"), command, "-c", config.toString()));
    }

    @Override
    public NewsflowConfig clients() {
        return clients;
    }

    @Override
    public void assertAlive() {
        for (ChildJvm p : processes) {
            if (!p.alive()) throw new AssertionError(p.name() + " exited during the run; see " + p.log().toAbsolutePath());
        }
    }

    @Override
    public List<ProcessUse> use() {
        return processes.stream().map(p -> new ProcessUse(p.name(), heapOf(p), p.peakRssKib() / 1024,
                Rates.seconds(p.cpuTime().toNanos()))).toList();
    }

    private static String heapOf(ChildJvm p) {
        return p.name().equals("kafka") || p.name().equals("elasticsearch") ? ServiceProcesses.HEAP.substring(4) : STAGE_HEAP.substring(4);
    }

    @Override
    public void close() throws InterruptedException {
        ServiceProcesses.stopAll(processes);
    }
}

package io.newsflow.demo.bench;

import io.newsflow.app.config.ConfigLoader;
import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.app.pipeline.Pipeline;
import io.newsflow.demo.StageConfigFile;
import io.newsflow.demo.bench.BenchReport.ProcessUse;
import io.newsflow.devstack.ChildJvm;
import io.newsflow.devstack.DevStack;
import io.newsflow.devstack.site.LoopbackNewsSite;
import io.newsflow.schemas.stage.Stage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The shape of {@code ./newsflow demo}: the embedded Kafka broker and Elasticsearch node ({@link DevStack}) and the
 * three stages ({@link Pipeline}: enrich, the indexer, source ingest) in this JVM, the benchmark's. Its figures
 * therefore include the benchmark's own work (the loopback site serving the pages, the watchers' searches), which the
 * production shape runs beside the measured processes; one ingest and one enrich only.
 */
final class OneJvm implements Deployment {
    private final Path out;
    private final List<Stage> stages = new ArrayList<>();
    private DevStack stack;
    private Pipeline pipeline;
    private NewsflowConfig clients;

    OneJvm(Path out) {
        this.out = out;
    }

    @Override
    public void start(StageConfigFile config, LoopbackNewsSite site, BenchSettings settings) throws Exception {
        if (settings.ingest() != 1 || settings.enrich() != 1) {
            throw new IllegalArgumentException("bench.shape=one-jvm runs one ingest and one enrich (bench.ingest and bench.enrich are 1)");
        }
        stack = DevStack.start();
        NewsflowConfig written = ConfigLoader.load(config.write(out, "one-jvm", site), Map.of());
        clients = written.forDevStack(stack.bootstrapServers(), stack.elasticsearchUrl(), written.enrich().stateDir()); // as the demo does
        pipeline = new Pipeline(clients);
        pipeline.createTopics();
        stages.add(pipeline.startIndexer());
        stages.add(pipeline.startEnrich());
        Stage ingest = pipeline.ingestService();
        ingest.start(Pipeline.START_TIMEOUT);
        stages.add(ingest);
    }

    @Override
    public NewsflowConfig clients() {
        return clients;
    }

    @Override
    public void assertAlive() {
        for (Stage s : stages) {
            if (s.health().status() == Stage.Status.FAILED) throw new AssertionError("a stage failed: " + s.health().failure(), s.health().failure());
        }
    }

    @Override
    public List<ProcessUse> use() {
        ProcessHandle self = ProcessHandle.current();
        return List.of(new ProcessUse("one-jvm", Runtime.getRuntime().maxMemory() / (1024 * 1024) + "m",
                ChildJvm.peakRssKib(self.pid()) / 1024, Rates.seconds(self.info().totalCpuDuration().orElse(Duration.ZERO).toNanos())));
    }

    @Override
    public void close() throws Exception {
        try {
            if (pipeline != null) pipeline.close();
        } finally {
            if (stack != null) stack.close();
        }
    }
}

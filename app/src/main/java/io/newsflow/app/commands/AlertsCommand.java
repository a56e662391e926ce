package io.newsflow.app.commands;

import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.app.health.StageEndpoint;
import io.newsflow.app.pipeline.TopicSetup;
import io.newsflow.index.alerts.AlertMessage;
import io.newsflow.index.alerts.AlertRunner;
import io.newsflow.index.client.ElasticsearchClients;
import io.newsflow.index.settings.WatchSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code newsflow alerts [-c FILE] [--once]}: evaluates the saved searches ({@code index.alerts}) on a timer until
 * Ctrl-C, or once; while it runs, {@code /health} and {@code /metrics} on {@code index.alerts.metricsPort} when set
 * ({@link StageEndpoint}: up until an evaluation fails in a way that stops the command). Exit codes: 0; 1 when a watch or a delivery failed ({@code --once}); 2 when no watch is configured or
 * the configuration is wrong.
 */
@Command(name = "alerts", header = "Reports new articles and events that match saved searches.", mixinStandardHelpOptions = true,
        description = {"Evaluates the saved searches (index.alerts.watches) every index.alerts.interval",
                "until Ctrl-C and reports each new matching article or event once: printed, logged,",
                "and sent to the watch's webhook and/or the alerts topic. What was reported is kept",
                "in index.alerts.stateIndex, so a restart repeats nothing. --once evaluates once and",
                "exits (exit code 1 if a watch or a delivery failed)."})
public final class AlertsCommand implements Callable<Integer> {
    @Mixin ConfigOption config;

    @Option(names = "--once", description = "Evaluate every watch once and exit.")
    boolean once;

    @Override
    public Integer call() throws Exception {
        NewsflowConfig c = config.load();
        var settings = c.index().alerts();
        if (settings.watches().isEmpty()) {
            System.err.println("alerts: no watches configured (index.alerts.watches in the YAML given with -c)");
            return 2;
        }
        boolean kafka = settings.watches().stream().anyMatch(WatchSettings::topic);
        if (kafka) TopicSetup.ensure(c.kafka(), c.topics());
        var client = ElasticsearchClients.create(c.index());
        AlertRunner runner = new AlertRunner(client, c.index(), kafka ? c.kafka().bootstrapServers() : null, c.topics(), Clock.systemUTC());
        if (once) {
            try (client; runner) {
                return print(runner.runOnce(), System.out) ? 0 : 1;
            }
        }
        System.out.printf("alerts: %d watches, every %s; Ctrl-C to stop%n", settings.watches().size(), settings.interval());
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "newsflow-alerts"));
        AtomicReference<Throwable> failure = new AtomicReference<>();
        timer.scheduleWithFixedDelay(() -> {
            try {
                print(runner.runOnce(), System.out);
            } catch (Throwable t) { // runOnce reports per-watch failures itself; anything else stops the command
                failure.set(t);
            }
        }, 0, settings.interval().toMillis(), TimeUnit.MILLISECONDS);
        AutoCloseable endpoint = StageEndpoint.forStage("alerts", settings.metricsPort(), c,
                () -> failure.get() == null ? new StageEndpoint.Health(true, "RUNNING") : new StageEndpoint.Health(false, "FAILED"), System.out);
        Throwable t = RunUntilStopped.await(() -> {
            try (endpoint) {
                timer.shutdown();
                timer.awaitTermination(1, TimeUnit.MINUTES);
                runner.close();
                client.close();
            }
        }, failure::get, System.out);
        if (t != null) System.err.println("alerts stopped: " + t);
        return t == null ? 0 : 1;
    }

    /** Prints each reported alert and each problem; true when there was no problem. */
    static boolean print(AlertRunner.Report report, PrintStream out) {
        for (AlertMessage m : report.reported()) out.println(m.reportedAt() + "  " + m.line());
        report.problems().forEach(p -> out.println("problem: " + p));
        return report.problems().isEmpty();
    }
}

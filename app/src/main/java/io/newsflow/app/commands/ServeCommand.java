package io.newsflow.app.commands;

import io.newsflow.app.config.ConfigException;
import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.app.health.MonitorServer;
import io.newsflow.index.client.ElasticsearchClients;
import io.newsflow.index.settings.ServeSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/**
 * {@code newsflow serve [-c FILE] [-p PORT] [--host ADDRESS]}: the read-only monitoring page (at {@code /}) and HTTP API (JSON) until
 * Ctrl-C. Its health panel reads Kafka (lag, dead letters, polls) as well as Elasticsearch. Exit codes: 0 after
 * Ctrl-C; 1 when the port cannot be bound; 2 for a configuration error (a non-loopback host without a token is one).
 */
@Command(name = "serve", header = "Serves the monitoring page and the read-only JSON API until Ctrl-C.", mixinStandardHelpOptions = true,
        description = {"Serves the monitoring page (http://HOST:PORT/) and the read-only HTTP API (search, events, dashboards,",
                "pipeline health; JSON) on index.serve.host:port until Ctrl-C. A host other than loopback needs",
                "index.serve.token (or NEWSFLOW_SERVE_TOKEN). Endpoints: see docs/operations.md and docs/dashboards.md."})
public final class ServeCommand implements Callable<Integer> {
    @Mixin ConfigOption config;

    @Option(names = {"-p", "--port"}, description = "Port to listen on (default: index.serve.port).")
    Integer port;

    @Option(names = "--host", description = "Address to listen on (default: index.serve.host), e.g. 0.0.0.0 in a container; not loopback: needs the token.")
    String host;

    @Override
    public Integer call() throws Exception {
        NewsflowConfig c = config.load();
        if (port != null || host != null) {
            ServeSettings s = c.index().serve();
            ServeSettings chosen;
            try {
                chosen = new ServeSettings(host == null ? s.host() : host, port == null ? s.port() : port, s.token());
            } catch (IllegalArgumentException e) {
                throw new ConfigException(e.getMessage(), e);
            }
            c = new NewsflowConfig(c.kafka(), c.ingest(), c.enrich(), c.index().withServe(chosen));
        }
        var client = ElasticsearchClients.create(c.index());
        MonitorServer server = MonitorServer.start(client, c, c.ingest().sources(), false);
        System.out.printf("monitoring page on %s (API under %sapi/)%s; Ctrl-C to stop%n", server.url(), server.url(),
                c.index().serve().token() == null ? "" : ", token required");
        RunUntilStopped.await(() -> {
            server.close();
            client.close();
        }, () -> null, System.out);
        return 0;
    }
}

package io.newsflow.app.commands;

import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.index.api.SearchApi;
import io.newsflow.index.client.ElasticsearchClients;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/**
 * {@code newsflow serve [-c FILE] [-p PORT]}: the read-only search and dashboard HTTP API (JSON) until Ctrl-C.
 * Exit codes: 0 after Ctrl-C; 1 when the port cannot be bound; 2 for a configuration error.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the read-only HTTP search API (search, events timeline, dashboard aggregations; JSON)",
                "on index.serve.host:port until Ctrl-C. Endpoints: see README."})
public final class ServeCommand implements Callable<Integer> {
    @Mixin ConfigOption config;

    @Option(names = {"-p", "--port"}, description = "Port to listen on (default: index.serve.port).")
    Integer port;

    @Override
    public Integer call() throws Exception {
        NewsflowConfig c = config.load();
        var settings = port == null ? c.index() : c.index().withServe(new io.newsflow.index.ServeSettings(c.index().serve().host(), port));
        var client = ElasticsearchClients.create(settings);
        SearchApi api = SearchApi.start(client, settings);
        System.out.printf("search API on http://%s:%d/api/search?q=... ; Ctrl-C to stop%n", settings.serve().host(), api.port());
        RunUntilStopped.await(() -> {
            api.close();
            client.close();
        }, () -> null, System.out);
        return 0;
    }
}

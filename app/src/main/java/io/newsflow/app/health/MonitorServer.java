package io.newsflow.app.health;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.index.api.SearchApi;
import io.newsflow.index.settings.IndexSettings;
import io.newsflow.index.settings.ServeSettings;
import io.newsflow.ingest.settings.SourceSettings;

import java.io.IOException;
import java.net.BindException;
import java.util.List;

/**
 * The monitoring page and API ({@link SearchApi}) together with the Kafka side of its health panel
 * ({@link KafkaPipelineStatus}), as {@code newsflow serve} and the demo run them. Closing stops both.
 */
public final class MonitorServer implements AutoCloseable {
    private final SearchApi api;
    private final KafkaPipelineStatus status;
    private final String host;

    private MonitorServer(SearchApi api, KafkaPipelineStatus status, String host) {
        this.api = api;
        this.status = status;
        this.host = host;
    }

    /**
     * Starts on {@code config.index().serve()}; with {@code anyPortIfTaken}, a taken port falls back to a free one
     * (the demo, which must come up next to whatever else runs).
     *
     * @param sources the configured sources, named in the health panel's polls
     */
    public static MonitorServer start(ElasticsearchClient client, NewsflowConfig config, List<SourceSettings> sources,
                                      boolean anyPortIfTaken) throws IOException {
        KafkaPipelineStatus status = KafkaPipelineStatus.of(config, sources);
        IndexSettings settings = config.index();
        try {
            SearchApi api;
            try {
                api = SearchApi.start(client, settings, status);
            } catch (BindException e) {
                if (!anyPortIfTaken) throw new BindException("cannot listen on " + settings.serve().host() + ":" + settings.serve().port() + ": " + e.getMessage());
                ServeSettings any = new ServeSettings(settings.serve().host(), 0, settings.serve().token());
                api = SearchApi.start(client, settings.withServe(any), status);
            }
            return new MonitorServer(api, status, settings.serve().host());
        } catch (IOException | RuntimeException e) {
            status.close();
            throw e;
        }
    }

    public int port() {
        return api.port();
    }

    /** The page's address, {@code http://host:port/} (IPv6 literals in brackets). */
    public String url() {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port() + "/";
    }

    @Override
    public void close() {
        try (KafkaPipelineStatus s = status) {
            api.close();
        }
    }
}

package io.newsflow.index.client;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.newsflow.index.settings.IndexSettings;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.Timeout;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/**
 * Builds the official Elasticsearch client from {@link IndexSettings}: all hosts, API key or basic auth, and a
 * response timeout (the low-level client's default waits forever, which turns a server-side failure into a hang).
 * Documents are written with Jackson, dates as ISO-8601 strings.
 */
public final class ElasticsearchClients {
    private ElasticsearchClients() {}

    public static ElasticsearchClient create(IndexSettings settings) {
        Rest5ClientBuilder builder = Rest5Client.builder(settings.hosts().stream().map(URI::create).toList());
        Header auth = authorization(settings);
        if (auth != null) builder.setDefaultHeaders(new Header[]{auth});
        long timeoutMillis = settings.requestTimeout().toMillis();
        builder.setRequestConfigCallback(config -> config
                .setResponseTimeout(Timeout.of(timeoutMillis, TimeUnit.MILLISECONDS))
                .setConnectionRequestTimeout(Timeout.of(timeoutMillis, TimeUnit.MILLISECONDS)));
        return new ElasticsearchClient(new Rest5ClientTransport(builder.build(), new JacksonJsonpMapper(objectMapper())));
    }

    public static ObjectMapper objectMapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    private static Header authorization(IndexSettings s) {
        if (s.apiKey() != null) return new BasicHeader("Authorization", "ApiKey " + s.apiKey());
        if (s.username() != null) {
            String basic = Base64.getEncoder().encodeToString((s.username() + ":" + s.password()).getBytes(StandardCharsets.UTF_8));
            return new BasicHeader("Authorization", "Basic " + basic);
        }
        return null;
    }
}

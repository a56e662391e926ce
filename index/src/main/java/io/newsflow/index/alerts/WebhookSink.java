package io.newsflow.index.alerts;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.index.client.ElasticsearchClients;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * POSTs each alert as JSON ({@link AlertMessage}: ISO-8601 dates, UTF-8) to a watch's webhook URL. Any 2xx answer
 * counts as delivered; another status, a timeout or a network error does not (the alert is tried again at the next
 * evaluation). The URL may hold a secret token, so only its host appears in messages.
 */
public final class WebhookSink implements AlertSink {
    private final HttpClient http;
    private final URI url;
    private final Duration timeout;
    private final ObjectMapper json = ElasticsearchClients.objectMapper();

    public WebhookSink(HttpClient http, URI url, Duration timeout) {
        this.http = http;
        this.url = url;
        this.timeout = timeout;
    }

    @Override
    public void deliver(AlertMessage alert) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "newsflow-alerts")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(alert))).build();
        HttpResponse<Void> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new IOException("webhook on " + url.getHost() + " unreachable: " + e, e);
        }
        if (response.statusCode() / 100 != 2) throw new IOException("webhook on " + url.getHost() + " answered " + response.statusCode());
    }
}

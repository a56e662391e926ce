package io.newsflow.app.kibana;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Posts saved objects to Kibana's import API: {@code POST <url>[/s/<space>]/api/saved_objects/_import?overwrite=true},
 * {@code multipart/form-data} with one part {@code file} ({@code newsflow.ndjson}), header {@code kbn-xsrf}
 * (Kibana refuses API writes without it). Overwrite makes a re-import update the same ids instead of duplicating them.
 * Authentication: an API key ({@code Authorization: ApiKey ...}) or basic auth, or none.
 */
public final class KibanaImporter {
    static final Duration TIMEOUT = Duration.ofSeconds(60);
    static final String FILE_NAME = "newsflow.ndjson";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** How Kibana answered: {@code success}, objects imported, and one line per object it refused. */
    public record Result(boolean success, int successCount, List<String> errors) {}

    /**
     * Imports {@code ndjson}.
     *
     * @param kibana   Kibana's base URL ({@code http://localhost:5601})
     * @param space    a Kibana space id, or null for the default space
     * @param apiKey   an API key (base64, as Kibana issues it), or null
     * @param username basic-auth user, or null
     * @param password basic-auth password (with {@code username})
     * @throws IOException when Kibana cannot be reached or answers other than 200 with a JSON body
     */
    public Result importObjects(URI kibana, String space, String ndjson, String apiKey, String username, String password)
            throws IOException, InterruptedException {
        String base = kibana.toString().replaceAll("/+$", "");
        URI target = URI.create(base + (space == null || space.isBlank() ? "" : "/s/" + space) + "/api/saved_objects/_import?overwrite=true");
        String boundary = "newsflow-" + UUID.randomUUID();
        byte[] body = ("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + FILE_NAME + "\"\r\n"
                + "Content-Type: application/ndjson\r\n\r\n"
                + ndjson + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(TIMEOUT)
                .header("kbn-xsrf", "newsflow")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (apiKey != null && !apiKey.isBlank()) request.header("Authorization", "ApiKey " + apiKey);
        else if (username != null && !username.isBlank()) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (username + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IOException("Kibana answered " + r.statusCode() + " at " + target + ": " + r.body());
        JsonNode answer = JSON.readTree(r.body());
        List<String> errors = new ArrayList<>();
        answer.path("errors").forEach(e -> errors.add(e.path("type").asText() + " " + e.path("id").asText() + ": "
                + e.path("error").path("type").asText() + " " + e.path("error").path("message").asText("")));
        return new Result(answer.path("success").asBoolean(false), answer.path("successCount").asInt(0), errors);
    }
}

package io.newsflow.app.kibana;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newsflow.app.Newsflow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our client of Kibana's saved objects import API against a small local HTTP server that checks the request the
 * way Kibana does (method, path, overwrite, {@code kbn-xsrf}, a multipart {@code file} part named {@code *.ndjson}
 * holding one JSON object per line) and answers as Kibana does. A test of the request we send, not of Kibana.
 */
class KibanaImporterTest {
    static final ObjectMapper JSON = new ObjectMapper();
    HttpServer kibana;
    final List<String> problems = new ArrayList<>();
    final List<String> paths = new ArrayList<>();
    String auth;
    String answer;

    @BeforeEach
    void start() throws IOException {
        kibana = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        kibana.createContext("/", this::handle);
        kibana.start();
    }

    @AfterEach
    void stop() {
        kibana.stop(0);
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + kibana.getAddress().getPort());
    }

    void handle(HttpExchange x) throws IOException {
        try (x) {
            paths.add(x.getRequestURI().getPath());
            auth = x.getRequestHeaders().getFirst("Authorization");
            if (!x.getRequestMethod().equals("POST")) problems.add("method " + x.getRequestMethod());
            if (!x.getRequestURI().getPath().endsWith("/api/saved_objects/_import")) problems.add("path " + x.getRequestURI());
            if (!"overwrite=true".equals(x.getRequestURI().getQuery())) problems.add("query " + x.getRequestURI().getQuery());
            if (x.getRequestHeaders().getFirst("kbn-xsrf") == null) problems.add("no kbn-xsrf header");
            String type = x.getRequestHeaders().getFirst("Content-Type");
            Matcher boundary = Pattern.compile("multipart/form-data; boundary=(.+)").matcher(type == null ? "" : type);
            String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int objects = 0;
            if (!boundary.matches()) problems.add("content type " + type);
            else {
                String[] parts = body.split("--" + Pattern.quote(boundary.group(1)));
                // preamble, the file part, the closing "--"
                if (parts.length != 3 || !parts[2].startsWith("--")) problems.add("parts " + parts.length);
                String part = parts.length > 1 ? parts[1] : "";
                if (!part.contains("Content-Disposition: form-data; name=\"file\"; filename=\"newsflow.ndjson\"")) problems.add("no file part");
                String content = part.substring(part.indexOf("\r\n\r\n") + 4).replaceAll("\r\n$", "");
                for (String line : content.split("\n")) {
                    if (!JSON.readTree(line).has("type")) problems.add("not a saved object: " + line);
                    objects++;
                }
            }
            byte[] out = (answer != null ? answer : "{\"success\":true,\"successCount\":" + objects + ",\"errors\":[]}")
                    .getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().set("Content-Type", "application/json");
            x.sendResponseHeaders(problems.isEmpty() ? 200 : 400, out.length);
            x.getResponseBody().write(out);
        }
    }

    @Test
    void postsEveryObjectAsAMultipartNdjsonFileWithTheXsrfHeader() throws Exception {
        KibanaImporter.Result r = new KibanaImporter().importObjects(url(), null, KibanaObjects.ndjson(), null, "elastic", "secret");
        assertThat(problems).isEmpty();
        assertThat(r.success()).isTrue();
        assertThat(r.successCount()).isEqualTo(KibanaObjects.ndjson().split("\n").length).isEqualTo(8);
        assertThat(paths).containsExactly("/api/saved_objects/_import");
        assertThat(auth).isEqualTo("Basic ZWxhc3RpYzpzZWNyZXQ=");
    }

    @Test
    void aSpaceGoesInThePathAndRefusedObjectsAreReported() throws Exception {
        answer = "{\"success\":false,\"successCount\":7,\"errors\":[{\"id\":\"newsflow-overview\",\"type\":\"dashboard\","
                + "\"error\":{\"type\":\"missing_references\"}}]}";
        KibanaImporter.Result r = new KibanaImporter().importObjects(URI.create(url() + "/"), "newsroom", KibanaObjects.ndjson(), "a2V5", null, null);
        assertThat(problems).isEmpty();
        assertThat(paths).containsExactly("/s/newsroom/api/saved_objects/_import");
        assertThat(auth).isEqualTo("ApiKey a2V5");
        assertThat(r.success()).isFalse();
        assertThat(r.errors()).containsExactly("dashboard newsflow-overview: missing_references ");
    }

    @Test
    void theCommandExitsZeroWhenKibanaTookEverything() {
        assertThat(Newsflow.commandLine().execute("kibana", "import", "--url", url().toString())).isZero();
        assertThat(problems).isEmpty();
        answer = "{\"success\":false,\"successCount\":0,\"errors\":[]}";
        assertThat(Newsflow.commandLine().execute("kibana", "import", "--url", url().toString())).isEqualTo(1);
    }
}

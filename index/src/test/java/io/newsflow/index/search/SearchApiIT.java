package io.newsflow.index.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.devstack.DevStack;
import io.newsflow.index.api.SearchApi;
import io.newsflow.index.client.ElasticsearchClients;
import io.newsflow.index.settings.IndexSettings;
import io.newsflow.index.settings.ServeSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP API of {@code newsflow serve} over the real embedded node: JSON out, errors as JSON with a status. */
class SearchApiIT {
    static ElasticsearchClient es;
    static SearchApi api;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void setUp() throws Exception {
        IndexSettings settings = IndexSettings.local(DevStack.shared().elasticsearchUrl(), "ixh-", "ixh")
                .withServe(new ServeSettings("127.0.0.1", 0));
        es = ElasticsearchClients.create(settings);
        SearchFixture.load(es, settings);
        api = SearchApi.start(es, settings);
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (api != null) api.close();
        if (es != null) es.close();
    }

    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode ok(String pathAndQuery) throws Exception {
        HttpResponse<String> r = get(pathAndQuery);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        return json.readTree(r.body());
    }

    static List<String> values(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    @Test
    void searchEndpointRanksFiltersAndHighlights() throws Exception {
        JsonNode hits = ok("/api/search?q=" + URLEncoder.encode("переговоры", StandardCharsets.UTF_8)).get("hits");
        assertThat(values(hits, "id")).containsExactly("ru1");
        assertThat(hits.get(0).get("highlights").get(0).asText()).contains("[[переговорах]]");
        assertThat(hits.get(0).get("published").asText()).isEqualTo("2025-06-03T10:00:00Z");
        assertThat(values(ok("/api/search?actor=Q399&from=2025-06-01&size=5").get("hits"), "id")).containsExactly("hy1", "ru1");
    }

    @Test
    void eventsAndDashboardEndpointsReturnBuckets() throws Exception {
        assertThat(values(ok("/api/events?type=consult").get("events"), "id")).containsExactly("en1-0", "ru1-0");
        JsonNode weeks = ok("/api/dashboard/events-per-week?type=SANCTION").get("buckets");
        assertThat(weeks).hasSize(1);
        assertThat(weeks.get(0).get("week").asText()).isEqualTo("2025-06-02");
        assertThat(weeks.get(0).get("count").asLong()).isEqualTo(1);
        assertThat(values(ok("/api/dashboard/actor-pairs?size=1").get("buckets"), "term")).containsExactly("Russia → Armenia");
        assertThat(values(ok("/api/dashboard/coverage?lang=hy").get("buckets"), "outlet")).containsExactly("lur-example.am");
        JsonNode health = ok("/api/health");
        assertThat(health.get("articles").asLong()).isEqualTo(3);
        assertThat(health.get("events").asLong()).isEqualTo(5);
    }

    @Test
    void badRequestsGetAStatusAndAReason() throws Exception {
        HttpResponse<String> badType = get("/api/search?type=HUG");
        assertThat(badType.statusCode()).isEqualTo(400);
        assertThat(json.readTree(badType.body()).get("error").asText()).contains("unknown event type 'HUG'");
        assertThat(get("/api/search?form=2025-01-01").statusCode()).isEqualTo(400);
        assertThat(get("/api/search?from=yesterday").statusCode()).isEqualTo(400);
        assertThat(get("/api/nothing").statusCode()).isEqualTo(404);
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + "/api/search"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(405);
    }
}

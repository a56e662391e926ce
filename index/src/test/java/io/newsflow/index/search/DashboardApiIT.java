package io.newsflow.index.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.devstack.DevStack;
import io.newsflow.index.TestArticles;
import io.newsflow.index.api.SearchApi;
import io.newsflow.index.client.ElasticsearchClients;
import io.newsflow.index.settings.IndexSettings;
import io.newsflow.index.settings.ServeSettings;
import io.newsflow.schemas.Citation;
import io.newsflow.schemas.EnrichedArticle;
import io.newsflow.schemas.Event;
import io.newsflow.schemas.EventType;
import io.newsflow.schemas.Link;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static io.newsflow.index.TestArticles.ARMENIA;
import static io.newsflow.index.TestArticles.PASHINYAN;
import static io.newsflow.index.TestArticles.RUSSIA;
import static io.newsflow.index.TestArticles.article;
import static io.newsflow.index.TestArticles.event;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoints the built-in page uses, over the real embedded node: {@link SearchFixture}'s three articles plus a
 * syndicated copy of the English one on another outlet and an article with a self-directed event (Armenia → Armenia).
 * Every expected number is spelled out from that fixture.
 */
class DashboardApiIT {
    static ElasticsearchClient es;
    static SearchApi api;
    static ApiClient client;
    static final ObjectMapper json = ApiClient.JSON;

    static List<EnrichedArticle> fixture() {
        List<EnrichedArticle> all = new ArrayList<>();
        for (EnrichedArticle a : SearchFixture.articles()) {
            all.add(EnrichedArticle.newBuilder(a).setSyndicationClusterId(a.getId()) // each its own first report
                    .setCitations(switch (a.getId()) { // en1 and ru1 cite TASS; en1 links to the Kremlin's readout
                        case "en1" -> List.of(new Citation("[1]", 10, "https://tass.ru/politika/1"));
                        case "ru1" -> List.of(new Citation("[2]", 5, "https://www.TASS.ru/x"), new Citation("[3]", 9, null));
                        default -> List.of();
                    })
                    .setLinks(a.getId().equals("en1") ? List.of(new Link("https://www.kremlin.ru/events/2", "readout")) : List.of())
                    .build());
        }
        EnrichedArticle en = all.getFirst();
        List<Event> reprinted = en.getEvents().stream() // the copy carries the same events, linked to the first report's story
                .map(e -> Event.newBuilder(e).setId("copy-" + e.getId()).setArticleId("en1copy").setStoryId("en1").build()).toList();
        all.add(EnrichedArticle.newBuilder(article("en1copy", "mirror-example.org", "en", "2025-05-20T09:00:00Z", en.getTitle(),
                en.getText(), List.of(RUSSIA, ARMENIA), reprinted, SearchFixture.ENRICHED)).setSyndicationClusterId("en1")
                .setCitations(en.getCitations()).setLinks(en.getLinks()).build());
        String self = "Armenia reshuffled its own government.";
        all.add(EnrichedArticle.newBuilder(article("self1", "lur-example.am", "en", "2025-06-05T07:00:00Z", "Reshuffle", self,
                List.of(ARMENIA, PASHINYAN), List.of(event("self1", 0, EventType.COERCE, ARMENIA, ARMENIA, "2025-06-05", self)),
                SearchFixture.ENRICHED)).setSyndicationClusterId("self1").build());
        return all;
    }

    @BeforeAll
    static void setUp() throws Exception {
        IndexSettings settings = IndexSettings.local(DevStack.shared().elasticsearchUrl(), "dash-", "dash")
                .withServe(new ServeSettings("127.0.0.1", 0));
        es = ElasticsearchClients.create(settings);
        TestArticles.write(es, settings, fixture());
        api = SearchApi.start(es, settings);
        client = new ApiClient(api.port());
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (api != null) api.close();
        if (es != null) es.close();
    }

    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return client.get(pathAndQuery);
    }

    static JsonNode ok(String pathAndQuery) throws Exception {
        return client.ok(pathAndQuery);
    }

    static List<String> texts(JsonNode array, String field) {
        return ApiClient.texts(array, field);
    }

    static List<Long> longs(JsonNode array) {
        List<Long> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asLong()));
        return out;
    }

    @Test
    void coverageOverTimeCountsASyndicatedStoryOnceAndKeepsTheRawCount() throws Exception {
        JsonNode byDay = ok("/api/dashboard/coverage-over-time?interval=day&split=outlet&from=2025-05-20&to=2025-05-20");
        assertThat(texts(byDay.get("periods"), "")).hasSize(1);
        assertThat(byDay.get("periods").get(0).asText()).isEqualTo("2025-05-20");
        JsonNode series = byDay.get("series");
        assertThat(texts(series, "name")).containsExactlyInAnyOrder("daily-example.org", "mirror-example.org");
        for (JsonNode s : series) {
            boolean copy = s.get("name").asText().equals("mirror-example.org");
            assertThat(longs(s.get("articles"))).containsExactly(1L);
            assertThat(longs(s.get("stories"))).containsExactly(copy ? 0L : 1L);
        }

        JsonNode byLanguage = ok("/api/dashboard/coverage-over-time?interval=month&split=language");
        assertThat(texts(byLanguage.get("periods"), "")).hasSize(2);
        assertThat(byLanguage.get("periods").get(0).asText()).isEqualTo("2025-05-01");
        JsonNode en = byLanguage.get("series").get(0);
        assertThat(en.get("name").asText()).isEqualTo("en");
        assertThat(longs(en.get("articles"))).containsExactly(2L, 1L); // en1 + its copy in May, self1 in June
        assertThat(longs(en.get("stories"))).containsExactly(1L, 1L);
    }

    @Test
    void aSyndicatedCopysEventsAreIndexedButCountOnceWithTheirStory() throws Exception {
        es.indices().refresh(r -> r.index("dash-events"));
        long copies = es.count(c -> c.index("dash-events").query(q -> q.term(t -> t.field("syndicatedCopy").value(true)))).count();
        assertThat(copies).isEqualTo(2); // en1's two events, reprinted
        assertThat(texts(ok("/api/events?size=100").get("events"), "articleId")).contains("en1").doesNotContain("en1copy");
    }

    @Test
    void citationsTellWhoCitesADomainAndWhatAnOutletCites() throws Exception {
        JsonNode tass = ok("/api/citations?cites=www.tass.ru");
        assertThat(tass.get("domain").asText()).isEqualTo("tass.ru");
        assertThat(tass.get("articles").asLong()).isEqualTo(3); // en1, its copy and ru1 ("www." and case ignored)
        assertThat(texts(tass.get("outlets"), "term")).containsExactlyInAnyOrder("daily-example.org", "mirror-example.org", "vesti-example.ru");
        assertThat(ok("/api/citations?cites=tass.ru&from=2025-06-01").get("articles").asLong()).isEqualTo(1); // per period: ru1
        assertThat(texts(ok("/api/citations?cites=kremlin.ru").get("outlets"), "term")).containsExactlyInAnyOrder("daily-example.org", "mirror-example.org");

        JsonNode daily = ok("/api/citations?outlet=daily-example.org");
        assertThat(daily.get("articles").asLong()).isEqualTo(1);
        assertThat(texts(daily.get("cited"), "term")).containsExactly("tass.ru");
        assertThat(texts(daily.get("linked"), "term")).containsExactly("kremlin.ru");

        HttpResponse<String> neither = get("/api/citations");
        assertThat(neither.statusCode()).isEqualTo(400);
        assertThat(neither.body()).contains("outlet=");
    }

    @Test
    void topActorPairsNeverPairAnActorWithItself() throws Exception {
        JsonNode pairs = ok("/api/dashboard/actor-pairs?size=50").get("buckets");
        assertThat(texts(pairs, "term")).containsExactlyInAnyOrder("Russia → Armenia", "Sergey Lavrov → Nikol Pashinyan",
                "Armenia → Russia").doesNotContain("Armenia → Armenia");
        // the self-directed event is in the index, and found by other panels
        assertThat(texts(ok("/api/events?type=COERCE").get("events"), "actorPair")).containsExactly("Armenia → Armenia");
        assertThat(ok("/api/events?type=COERCE").get("events").get(0).get("selfDirected").asBoolean()).isTrue();
    }

    @Test
    void topActorsFollowTheFilters() throws Exception {
        JsonNode all = ok("/api/dashboard/actors?size=2").get("buckets");
        assertThat(texts(all, "term")).containsExactly("Armenia", "Nikol Pashinyan");
        assertThat(all.get(0).get("count").asLong()).isEqualTo(5);
        assertThat(all.get(1).get("count").asLong()).isEqualTo(3);
        assertThat(texts(ok("/api/dashboard/actors?outlet=mirror-example.org").get("buckets"), "term"))
                .containsExactlyInAnyOrder("Russia", "Armenia");
    }

    @Test
    void relationsGroupEventsOfBothDirectionsIntoQuadClassesPerWeek() throws Exception {
        JsonNode rel = ok("/api/dashboard/relations");
        assertThat(rel.get("a").asText()).isEqualTo("RUS");
        assertThat(rel.get("b").asText()).isEqualTo("ARM");
        List<String> points = new ArrayList<>();
        rel.get("points").forEach(p -> points.add(p.get("week").asText() + " " + p.get("quadClass").asText() + " " + p.get("count").asLong()));
        // en1: CONSULT Lavrov→Pashinyan + REQUEST Russia→Armenia (week of 19 May); ru1: CONSULT (2 June) and SANCTION (3 June);
        // hy1: PROTEST Armenia→Russia, undated, so on the article's day (4 June); the self-directed event is not between the two
        assertThat(points).containsExactlyInAnyOrder("2025-05-19 VERBAL_COOPERATION 2", "2025-06-02 VERBAL_COOPERATION 1",
                "2025-06-02 MATERIAL_CONFLICT 2");

        JsonNode events = ok("/api/relations/events?week=2025-06-02&quad=material_conflict").get("events");
        assertThat(texts(events, "id")).containsExactly("ru1-59", "hy1-0");
        assertThat(events.get(0).get("sentence").asText()).contains("ввела ограничения");
        assertThat(texts(events, "quadClass")).containsOnly("MATERIAL_CONFLICT");

        assertThat(texts(ok("/api/relations/events?a=Sergey%20Lavrov&b=nikol%20pashinyan").get("events"), "id"))
                .containsExactly("en1-0", "ru1-0");
        assertThat(ok("/api/dashboard/relations?a=RUS&b=AZE").get("points")).isEmpty();
    }

    @Test
    void pipelineMetaAndPageAnswer() throws Exception {
        JsonNode pipeline = ok("/api/pipeline");
        assertThat(texts(pipeline.get("indexes"), "alias")).contains("dash-articles", "dash-events");
        long articleDocs = 0;
        for (JsonNode i : pipeline.get("indexes")) if (i.get("alias").asText().equals("dash-articles")) articleDocs += i.get("documents").asLong();
        assertThat(articleDocs).isEqualTo(5);
        assertThat(pipeline.get("kafka").isNull()).isTrue();

        JsonNode meta = ok("/api/meta");
        assertThat(meta.get("eventTypes")).hasSize(16);
        assertThat(texts(meta.get("quadClasses").get("MATERIAL_CONFLICT"), "")).hasSize(5);

        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
        assertThat(page.body()).contains("<script src=\"/vendor/echarts.min.js\"", "id=\"chart-relations\"");
        HttpResponse<String> echarts = get("/vendor/echarts.min.js");
        assertThat(echarts.statusCode()).isEqualTo(200);
        assertThat(echarts.body().length()).isGreaterThan(500_000);
        assertThat(get("/app.js").body()).contains("textContent");
    }

    @Test
    void badParametersAnswer400WithAReason() throws Exception {
        assertBad("/api/dashboard/coverage-over-time?split=author", "'split' must be one of [outlet, language], was 'author'");
        assertBad("/api/dashboard/coverage-over-time?interval=hour", "'interval' must be one of [day, week, month]");
        assertBad("/api/dashboard/relations?a=ARM&b=arm", "the two sides must differ");
        assertBad("/api/dashboard/relations?a=&b=ARM", null); // blank falls back to the default side: fine
        assertBad("/api/relations/events?quad=friendly", "'quad' must be one of [verbal_cooperation");
        assertBad("/api/relations/events?week=monday", "'week' must be a date like 2025-05-20");
        assertBad("/api/dashboard/actors?size=0", "size must be 1..1000");
        assertBad("/api/dashboard/actors?split=outlet", "unknown parameter 'split'");
        assertBad("/api/events?from=2025-06-02&to=2025-06-01", "'to' (2025-06-01) is before 'from'");
        assertThat(get("/nothing.html").statusCode()).isEqualTo(404);
        assertThat(client.post("/").statusCode()).isEqualTo(405);
    }

    /** 400 with {@code message} in the error; null: the request is fine (200). */
    static void assertBad(String pathAndQuery, String message) throws Exception {
        HttpResponse<String> r = get(pathAndQuery);
        if (message == null) {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            return;
        }
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(json.readTree(r.body()).get("error").asText()).contains(message);
    }
}

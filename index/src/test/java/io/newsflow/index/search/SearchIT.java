package io.newsflow.index.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.devstack.DevStack;
import io.newsflow.index.TestArticles;
import io.newsflow.index.client.ElasticsearchClients;
import io.newsflow.index.events.EventDocument;
import io.newsflow.index.model.SearchQuery;
import io.newsflow.index.search.Dashboards.CoverageCount;
import io.newsflow.index.search.Dashboards.WeeklyCount;
import io.newsflow.index.settings.IndexSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Multilingual search, filters, the events timeline and dashboard aggregations against the real embedded node. */
class SearchIT {
    static ElasticsearchClient es;
    static ArticleSearch articles;
    static EventSearch events;
    static Dashboards dashboards;

    @BeforeAll
    static void setUp() throws Exception {
        IndexSettings settings = IndexSettings.local(DevStack.shared().elasticsearchUrl(), "ixs-", "ixs");
        es = ElasticsearchClients.create(settings);
        SearchFixture.load(es, settings);
        articles = new ArticleSearch(es, settings.articlesIndex());
        events = new EventSearch(es, settings.eventsIndex());
        dashboards = new Dashboards(es, settings.articlesIndex(), settings.eventsIndex());
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (es != null) es.close();
    }

    static SearchQuery q(String text, String actor, String type, String from, String to, String lang) {
        return new SearchQuery(text, actor, type, from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to), lang, null, 10);
    }

    static List<String> ids(SearchQuery q) throws Exception {
        return articles.search(q).stream().map(ArticleHit::id).toList();
    }

    @Test
    void findsTheRussianArticleByAnInflectedFormAndTheArmenianOneByTheBaseName() throws Exception {
        // the text has "переговорах" (prepositional plural); the query is the nominative "переговоры"
        List<ArticleHit> ru = articles.search(SearchQuery.text("переговоры", 10));
        assertThat(ru).extracting(ArticleHit::id).containsExactly("ru1");
        assertThat(ru.getFirst().highlights()).anySatisfy(h -> assertThat(h).contains("[[переговорах]]"));
        // "Փաշինյանի" (genitive) in the text, "Փաշինյան" in the query
        assertThat(ids(SearchQuery.text("Փաշինյան", 10))).containsExactly("hy1");
        // English stemming across the same alias: "talk" finds "talks"
        assertThat(ids(SearchQuery.text("talk", 10))).containsExactly("en1");
    }

    @Test
    void eachTextIsStemmedInItsOwnLanguageAndStoredOnce() throws Exception {
        // the English article's stemmed copy is in text_en, no other language's field
        assertThat(hits("ixs-articles", "text_en", "talk")).containsExactly("en1");
        assertThat(hits("ixs-articles", "text_ru", "talks")).isEmpty();
        assertThat(hits("ixs-events", "sentence_ru", "переговоры")).containsExactly("ru1-0");
        assertThat(hits("ixs-events", "sentence_en", "talks")).containsExactly("en1-0");
        // stored once: what search returns holds the text, not its stemmed copies
        ObjectNode source = es.search(s -> s.index("ixs-articles").query(q -> q.ids(i -> i.values("en1"))), ObjectNode.class)
                .hits().hits().getFirst().source();
        assertThat(source.has("text")).isTrue();
        assertThat(source.has("text_en") || source.has("title_en")).isFalse();
        // a text whose language is unknown is stemmed in all three
        IndexSettings unknown = IndexSettings.local(DevStack.shared().elasticsearchUrl(), "ixn-", "ixn");
        TestArticles.write(es, unknown, List.of(TestArticles.article("nolang1", "unknown-example.org", null,
                "2025-06-05T07:00:00Z", "Без языка", "Talks and переговорах", List.of(), List.of(), SearchFixture.ENRICHED)));
        assertThat(new ArticleSearch(es, unknown.articlesIndex()).search("talk", 10)).extracting(ArticleHit::id).containsExactly("nolang1");
        assertThat(new ArticleSearch(es, unknown.articlesIndex()).search("переговоры", 10)).extracting(ArticleHit::id).containsExactly("nolang1");
    }

    @Test
    void anIndexCreatedBeforeTheStemmedCopiesIsStillSearchedByStem() throws Exception {
        // the mapping indexes had before session 33: stemmed forms in sub-fields of the text itself
        Property subFields = Property.of(p -> p.text(t -> t.analyzer("standard").fields(Map.of(
                "en", Property.of(f -> f.text(x -> x.analyzer("english"))),
                "ru", Property.of(f -> f.text(x -> x.analyzer("russian"))),
                "hy", Property.of(f -> f.text(x -> x.analyzer("armenian")))))));
        es.indices().create(c -> c.index("ixold-articles-2024.01").aliases("ixold-articles", a -> a)
                .mappings(m -> m.properties(Map.of("title", subFields, "text", subFields))));
        es.index(i -> i.index("ixold-articles-2024.01").id("old1").refresh(co.elastic.clients.elasticsearch._types.Refresh.True)
                .document(Map.of("id", "old1", "title", "Переговоры", "text", "Лавров сообщил о переговорах в Ереване.", "language", "ru")));
        List<ArticleHit> found = new ArticleSearch(es, "ixold-articles").search("переговоры", 10);
        assertThat(found).extracting(ArticleHit::id).containsExactly("old1");
        assertThat(found.getFirst().highlights()).anySatisfy(h -> assertThat(h).contains("[[переговорах]]"));
    }

    static List<String> hits(String index, String field, String words) throws Exception {
        return es.search(s -> s.index(index).query(q -> q.match(m -> m.field(field).query(words))), ObjectNode.class)
                .hits().hits().stream().map(h -> h.id()).toList();
    }

    @Test
    void filtersByActorIdOrNameTypeDatesAndLanguage() throws Exception {
        assertThat(ids(q("", "sergey lavrov", null, null, null, null))).containsExactly("ru1", "en1");
        assertThat(ids(q("", "nf:person/nikol-pashinyan", null, null, null, null))).containsExactly("hy1", "en1");
        assertThat(ids(q("", null, "sanction", null, null, null))).containsExactly("ru1");
        assertThat(ids(q("", null, null, "2025-06-01", null, null))).containsExactly("hy1", "ru1");
        assertThat(ids(q("", null, null, null, "2025-06-03", null))).containsExactly("ru1", "en1"); // 'to' takes the whole day
        assertThat(ids(q("", null, null, null, null, "ru"))).containsExactly("ru1");
        assertThat(ids(q("Lavrov", "Q399", "CONSULT", "2025-05-01", "2025-05-31", "en"))).containsExactly("en1");
        assertThat(ids(q("Lavrov", null, "PROTEST", null, null, null))).isEmpty();
    }

    @Test
    void eventsComeBackAsATimelineOldestFirst() throws Exception {
        List<EventDocument> all = events.timeline(q("", null, null, null, null, null));
        assertThat(all).extracting(EventDocument::id).containsExactly("en1-0", "en1-57", "ru1-0", "ru1-59", "hy1-0");
        assertThat(events.timeline(q("", "Nikol Pashinyan", "CONSULT", null, null, null)))
                .extracting(EventDocument::id, EventDocument::timelineDate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("en1-0", LocalDate.parse("2025-05-20")),
                        org.assertj.core.groups.Tuple.tuple("ru1-0", LocalDate.parse("2025-06-02")));
        assertThat(events.timeline(q("ограничения", null, null, null, null, null))).extracting(EventDocument::type)
                .containsExactly("SANCTION");
    }

    @Test
    void dashboardAggregationsReturnTheExpectedBuckets() throws Exception {
        SearchQuery all = q("", null, null, null, null, null);
        assertThat(dashboards.eventsPerTypePerWeek(all)).containsExactlyInAnyOrder(
                new WeeklyCount(LocalDate.parse("2025-05-19"), "CONSULT", 1),
                new WeeklyCount(LocalDate.parse("2025-05-19"), "REQUEST", 1),
                new WeeklyCount(LocalDate.parse("2025-06-02"), "CONSULT", 1),
                new WeeklyCount(LocalDate.parse("2025-06-02"), "SANCTION", 1),
                new WeeklyCount(LocalDate.parse("2025-06-02"), "PROTEST", 1));
        assertThat(dashboards.topActorPairs(all)).containsExactly(
                new TermCount("Russia → Armenia", 2), new TermCount("Sergey Lavrov → Nikol Pashinyan", 2),
                new TermCount("Armenia → Russia", 1));
        assertThat(dashboards.coverage(all)).containsExactlyInAnyOrder(
                new CoverageCount("daily-example.org", "en", 1), new CoverageCount("vesti-example.ru", "ru", 1),
                new CoverageCount("lur-example.am", "hy", 1));
        assertThat(dashboards.eventsPerTypePerWeek(q("", null, "CONSULT", "2025-06-01", null, null)))
                .containsExactly(new WeeklyCount(LocalDate.parse("2025-06-02"), "CONSULT", 1));
        assertThat(articles.topActors(2)).containsExactly(new TermCount("Armenia", 3), new TermCount("Nikol Pashinyan", 2));
    }
}

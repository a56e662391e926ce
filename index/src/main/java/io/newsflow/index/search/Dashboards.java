package io.newsflow.index.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The aggregations dashboards need, each narrowed by the same filters as a search ({@link SearchQuery}; its size
 * bounds the number of buckets): events per PLOVER type per ISO week, the most frequent source → target actor pairs,
 * and article coverage per outlet and language. Plain {@code terms} and {@code date_histogram} aggregations on
 * keyword fields (no scripts, no x-pack), so they run on the embedded node and any Elasticsearch 9.
 */
public final class Dashboards {
    /** Buckets per outlet in {@link #coverage}; there are at most a few languages. */
    static final int LANGUAGES = 20;

    private final ElasticsearchClient client;
    private final String articles;
    private final String events;

    public Dashboards(ElasticsearchClient client, String articlesAlias, String eventsAlias) {
        this.client = client;
        this.articles = articlesAlias;
        this.events = eventsAlias;
    }

    /** One bucket: the week starting {@code week} (a Monday, UTC), an event type and how many events. */
    public record WeeklyCount(LocalDate week, String type, long count) {}

    /** One bucket: articles of {@code outlet} in {@code language} ({@code "unknown"} when undetected). */
    public record CoverageCount(String outlet, String language, long count) {}

    public List<WeeklyCount> eventsPerTypePerWeek(SearchQuery q) throws IOException {
        SearchResponse<Void> r = client.search(s -> s.index(events).ignoreUnavailable(true).allowNoIndices(true).size(0)
                .query(Filters.EVENTS.query(q))
                .aggregations("weeks", a -> a
                        .dateHistogram(h -> h.field("timelineDate").calendarInterval(CalendarInterval.Week).minDocCount(1))
                        .aggregations("types", t -> t.terms(tt -> tt.field("type").size(16)))), Void.class);
        List<WeeklyCount> out = new ArrayList<>();
        Aggregate weeks = r.aggregations().get("weeks");
        if (weeks == null) return out;
        for (var week : weeks.dateHistogram().buckets().array()) {
            LocalDate start = LocalDate.ofInstant(Instant.ofEpochMilli(week.key()), ZoneOffset.UTC);
            for (StringTermsBucket type : week.aggregations().get("types").sterms().buckets().array()) {
                out.add(new WeeklyCount(start, type.key().stringValue(), type.docCount()));
            }
        }
        return out;
    }

    /** The most frequent "Source → Target" pairs (names), most events first. */
    public List<TermCount> topActorPairs(SearchQuery q) throws IOException {
        return terms(client, events, q, Filters.EVENTS, "actorPair", q.size());
    }

    /** Articles per outlet (most first) and, within each, per language. */
    public List<CoverageCount> coverage(SearchQuery q) throws IOException {
        SearchResponse<Void> r = client.search(s -> s.index(articles).ignoreUnavailable(true).allowNoIndices(true).size(0)
                .query(Filters.ARTICLES.query(q))
                .aggregations("outlets", a -> a.terms(t -> t.field("outlet").size(q.size()))
                        .aggregations("languages", l -> l.terms(t -> t.field("language").size(LANGUAGES).missing("unknown")))),
                Void.class);
        List<CoverageCount> out = new ArrayList<>();
        Aggregate outlets = r.aggregations().get("outlets");
        if (outlets == null) return out;
        for (StringTermsBucket outlet : outlets.sterms().buckets().array()) {
            for (StringTermsBucket lang : outlet.aggregations().get("languages").sterms().buckets().array()) {
                out.add(new CoverageCount(outlet.key().stringValue(), lang.key().stringValue(), lang.docCount()));
            }
        }
        return out;
    }

    /** The {@code size} most frequent values of keyword {@code field} among documents matching {@code q}. */
    static List<TermCount> terms(ElasticsearchClient client, String index, SearchQuery q, Filters filters, String field, int size)
            throws IOException {
        SearchResponse<Void> r = client.search(s -> s.index(index).ignoreUnavailable(true).allowNoIndices(true).size(0)
                .query(filters.query(q))
                .aggregations("terms", a -> a.terms(t -> t.field(field).size(size))), Void.class);
        Aggregate terms = r.aggregations().get("terms");
        if (terms == null) return List.of();
        return terms.sterms().buckets().array().stream().map(b -> new TermCount(b.key().stringValue(), b.docCount())).toList();
    }
}

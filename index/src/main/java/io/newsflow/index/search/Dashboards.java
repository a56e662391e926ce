package io.newsflow.index.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.newsflow.index.model.SearchQuery;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The aggregations dashboards need, each narrowed by the same filters as a search ({@link SearchQuery}; its size
 * bounds the number of buckets): events per PLOVER type per ISO week, the most frequent source → target actor pairs,
 * the actors named in the most articles, article coverage per outlet and language, and coverage over time with
 * syndicated copies counted once. Plain {@code terms} and {@code date_histogram} aggregations on
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

    /**
     * The most frequent "Source → Target" pairs (names), most events first. Events whose source and target are the
     * same actor ({@code selfDirected}) are left out by the query itself, so an actor is never paired with itself.
     */
    public List<TermCount> topActorPairs(SearchQuery q) throws IOException {
        Query notSelf = Query.of(b -> b.bool(x -> x.must(Filters.EVENTS.query(q))
                .mustNot(m -> m.term(t -> t.field("selfDirected").value(true)))));
        return terms(client, events, notSelf, "actorPair", q.size());
    }

    /** The actors named in the most articles matching {@code q}, most first (at most {@code q.size()}). */
    public List<TermCount> topActors(SearchQuery q) throws IOException {
        return terms(client, articles, Filters.ARTICLES.query(q), "actorNames", q.size());
    }

    /** What {@link #coverageOverTime} splits the articles by. */
    public enum Split {
        OUTLET("outlet"), LANGUAGE("language");

        final String field;

        Split(String field) {
            this.field = field;
        }
    }

    /** The time step of {@link #coverageOverTime}. */
    public enum Interval {
        DAY(CalendarInterval.Day), WEEK(CalendarInterval.Week), MONTH(CalendarInterval.Month);

        final CalendarInterval calendar;

        Interval(CalendarInterval calendar) {
            this.calendar = calendar;
        }
    }

    /**
     * One line of {@link CoverageOverTime}: per period, {@code stories} counts a story and its syndicated copies once
     * (distinct {@code syndicationClusterId}; an article without one counts as its own story), {@code articles}
     * counts every copy. A story is counted with its first report's outlet and language (copies are left out, so a
 * story syndicated by three outlets adds one, not three).
     */
    public record CoverageSeries(String name, List<Long> stories, List<Long> articles) {}

    /** Articles per period (UTC; a week starts on Monday), one series per outlet or language. */
    public record CoverageOverTime(List<LocalDate> periods, List<CoverageSeries> series) {}

    /**
     * Articles matching {@code q} per day (week, month) of publication, split by outlet or language (the
     * {@code q.size()} largest; an article without a language counts as {@code unknown}). Periods without articles
     * between the first and the last are present with zeros. Counts are exact.
     */
    public CoverageOverTime coverageOverTime(SearchQuery q, Split split, Interval interval) throws IOException {
        SearchResponse<Void> r = client.search(s -> s.index(articles).ignoreUnavailable(true).allowNoIndices(true).size(0)
                .query(Filters.ARTICLES.query(q))
                .aggregations("periods", a -> a
                        .dateHistogram(h -> h.field("published").calendarInterval(interval.calendar).minDocCount(0))
                        .aggregations("split", t -> t.terms(tt -> tt.field(split.field).size(q.size()).missing("unknown"))
                                .aggregations("copies", c -> c.filter(f -> f.term(x -> x.field("syndicatedCopy").value(true)))))),
                Void.class);
        List<LocalDate> periods = new ArrayList<>();
        Map<String, List<long[]>> counts = new LinkedHashMap<>(); // name -> per period {stories, articles}
        Aggregate histogram = r.aggregations().get("periods");
        List<DateHistogramBucket> buckets = histogram == null ? List.of() : histogram.dateHistogram().buckets().array();
        for (int i = 0; i < buckets.size(); i++) {
            DateHistogramBucket period = buckets.get(i);
            periods.add(LocalDate.ofInstant(Instant.ofEpochMilli(period.key()), ZoneOffset.UTC));
            for (StringTermsBucket b : period.aggregations().get("split").sterms().buckets().array()) {
                long stories = b.docCount() - b.aggregations().get("copies").filter().docCount();
                List<long[]> line = counts.computeIfAbsent(b.key().stringValue(), k -> new ArrayList<>());
                while (line.size() < i) line.add(new long[2]);
                line.add(new long[]{stories, b.docCount()});
            }
        }
        List<CoverageSeries> series = new ArrayList<>();
        counts.forEach((name, line) -> {
            while (line.size() < periods.size()) line.add(new long[2]);
            series.add(new CoverageSeries(name, line.stream().map(c -> c[0]).toList(), line.stream().map(c -> c[1]).toList()));
        });
        return new CoverageOverTime(periods, series);
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

    /** The {@code size} most frequent values of keyword {@code field} among documents matching {@code query}. */
    static List<TermCount> terms(ElasticsearchClient client, String index, Query query, String field, int size)
            throws IOException {
        SearchResponse<Void> r = client.search(s -> s.index(index).ignoreUnavailable(true).allowNoIndices(true).size(0)
                .query(query)
                .aggregations("terms", a -> a.terms(t -> t.field(field).size(size))), Void.class);
        return TermCount.of(r.aggregations().get("terms"));
    }
}

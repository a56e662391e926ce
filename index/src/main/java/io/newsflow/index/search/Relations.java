package io.newsflow.index.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.newsflow.index.events.EventDocument;
import io.newsflow.schemas.QuadClass;
import io.newsflow.index.model.SearchQuery;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Relations between two sides (Russia and Armenia by default, or any pair a user picks): their events in either
 * direction per ISO week, grouped by {@link QuadClass}, and the events behind one point of that chart. Every query
 * starts from {@link Filters#EVENTS} applied to the user's {@link SearchQuery}, so the page's filters and any default
 * filter added there later hold here too.
 */
public final class Relations {
    private final ElasticsearchClient client;
    private final String events;
    private final EventSearch search;

    /** @param eventsAlias the events alias ({@code index.eventsIndex}) */
    public Relations(ElasticsearchClient client, String eventsAlias) {
        this.client = client;
        this.events = eventsAlias;
        this.search = new EventSearch(client, eventsAlias);
    }

    /**
     * Two sides of a relation. A side is an ISO 3166 alpha-3 country code ({@code RUS}: the state and everyone
     * resolved to it, such as its president), an actor id ({@code Q7747}) or an actor's canonical name (any case).
     */
    public record Pair(String a, String b) {
        /** Russia and Armenia, the pair this project watches. */
        public static final Pair DEFAULT = new Pair("RUS", "ARM");

        public Pair {
            a = a == null ? "" : a.strip();
            b = b == null ? "" : b.strip();
            if (a.isEmpty() || b.isEmpty()) throw new IllegalArgumentException("a relation needs two sides ('a' and 'b')");
            if (a.equalsIgnoreCase(b)) throw new IllegalArgumentException("the two sides must differ, both were '" + a + "'");
        }

        /** Events from one side to the other, in either direction. */
        Query query() {
            return Query.of(q -> q.bool(b -> b.minimumShouldMatch("1")
                    .should(directed(a(), b())).should(directed(b(), a()))));
        }

        private static Query directed(String from, String to) {
            return Query.of(q -> q.bool(b -> b.filter(side("source", from)).filter(side("target", to))));
        }

        private static Query side(String role, String who) {
            return Query.of(q -> q.bool(b -> b.minimumShouldMatch("1")
                    .should(s -> s.term(t -> t.field(role + "Country").value(who)))
                    .should(s -> s.term(t -> t.field(role + "Id").value(who)))
                    .should(s -> s.term(t -> t.field(role + "Name").value(who).caseInsensitive(true)))));
        }
    }

    /** One point: the week starting {@code week} (a Monday, UTC), a quad class and how many events. */
    public record WeeklyRelation(LocalDate week, QuadClass quadClass, long count) {}

    /** Events of {@code pair} matching {@code q}, per week (by {@code timelineDate}) and quad class; weeks with none left out. */
    public List<WeeklyRelation> perWeek(SearchQuery q, Pair pair) throws IOException {
        Query query = Query.of(b -> b.bool(x -> x.must(Filters.EVENTS.query(q)).filter(pair.query())));
        SearchResponse<Void> r = client.search(s -> s.index(events).ignoreUnavailable(true).allowNoIndices(true).size(0)
                .query(query)
                .aggregations("weeks", a -> a
                        .dateHistogram(h -> h.field("timelineDate").calendarInterval(CalendarInterval.Week).minDocCount(1))
                        .aggregations("quads", t -> t.terms(tt -> tt.field("quadClass").size(QuadClass.values().length)))),
                Void.class);
        List<WeeklyRelation> out = new ArrayList<>();
        Aggregate weeks = r.aggregations().get("weeks");
        if (weeks == null) return out;
        for (var week : weeks.dateHistogram().buckets().array()) {
            LocalDate start = LocalDate.ofInstant(Instant.ofEpochMilli(week.key()), ZoneOffset.UTC);
            for (StringTermsBucket quad : week.aggregations().get("quads").sterms().buckets().array()) {
                out.add(new WeeklyRelation(start, QuadClass.parse(quad.key().stringValue()), quad.docCount()));
            }
        }
        return out;
    }

    /**
     * The events behind one point of {@link #perWeek}: {@code pair}'s events of class {@code quad} (null: any) in the
     * week starting {@code week} (null: any week), matching {@code q}, oldest first, with their evidence sentences.
     */
    public List<EventDocument> events(SearchQuery q, Pair pair, QuadClass quad, LocalDate week) throws IOException {
        List<Query> narrow = new ArrayList<>();
        narrow.add(pair.query());
        if (quad != null) narrow.add(Query.of(f -> f.term(t -> t.field("quadClass").value(quad.name()))));
        if (week != null) {
            narrow.add(Query.of(f -> f.range(r -> r.date(d -> d.field("timelineDate").format("yyyy-MM-dd")
                    .gte(week.toString()).lte(week.plusDays(6).toString())))));
        }
        return search.timeline(q, Query.of(b -> b.bool(x -> x.filter(narrow))));
    }
}

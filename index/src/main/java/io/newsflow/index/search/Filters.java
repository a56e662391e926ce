package io.newsflow.index.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import io.newsflow.index.mapping.Fields;
import io.newsflow.index.model.SearchQuery;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link SearchQuery} into an Elasticsearch bool query for one index (search, dashboards, saved searches). Articles and events share field names
 * for actors, language and outlet; they differ in the date field ({@code published} / {@code timelineDate}), the event-type
 * field ({@code eventTypes} / {@code type}) and the text fields searched.
 *
 * @param dateField  date the from/to filter applies to
 * @param typeField  keyword field holding event types
 * @param textFields multilingual fields the words are matched against (best field wins)
 * @param confidentOnly leave out events whose {@code confident} flag is false (below the calibrated threshold, see
 *                      {@code enrich.minConfidence}); documents without the flag (older events) pass
 * @param storiesOnce   leave out events of syndicated copies ({@code syndicatedCopy}): each story's events count once
 */
public record Filters(String dateField, String typeField, List<String> textFields, boolean confidentOnly, boolean storiesOnce) {
    /** Articles: date {@code published}, types {@code eventTypes}, words in title (boosted) and text. */
    public static final Filters ARTICLES = new Filters("published", "eventTypes",
            concat(Fields.multilingual("title", "^2"), Fields.multilingual("text", "")), false, false);
    /**
     * Events shown by default: date {@code timelineDate}, type {@code type}, words in the evidence sentence (boosted) and
     * article title; only confident events (the calibrated threshold, see docs/events.md), each story's once (not
     * the copies a syndicated story's reprints carry).
     */
    public static final Filters EVENTS = new Filters("timelineDate", "type",
            concat(Fields.multilingual("sentence", "^2"), Fields.multilingual("articleTitle", "")), true, true);

    /** The bool query of {@code q}: words as a scored {@code must}, every filter as a non-scoring {@code filter}. */
    public Query query(SearchQuery q) {
        List<Query> filters = new ArrayList<>();
        if (q.actor() != null) {
            filters.add(Query.of(f -> f.bool(b -> b.minimumShouldMatch("1")
                    .should(s -> s.term(t -> t.field("actorIds").value(q.actor())))
                    .should(s -> s.term(t -> t.field("actorNames").value(q.actor()).caseInsensitive(true))))));
        }
        if (q.type() != null) filters.add(Query.of(f -> f.term(t -> t.field(typeField).value(q.type()))));
        if (q.language() != null) filters.add(Query.of(f -> f.term(t -> t.field("language").value(q.language()))));
        if (q.outlet() != null) filters.add(Query.of(f -> f.term(t -> t.field("outlet").value(q.outlet()))));
        if (q.from() != null || q.to() != null) {
            filters.add(Query.of(f -> f.range(r -> r.date(d -> {
                d.field(dateField).format("yyyy-MM-dd");
                if (q.from() != null) d.gte(q.from() + "||/d"); // whole days, UTC
                if (q.to() != null) d.lte(q.to() + "||/d");
                return d;
            }))));
        }
        if (confidentOnly) { // must_not keeps documents written before the flag existed
            filters.add(Query.of(f -> f.bool(b -> b.mustNot(n -> n.term(t -> t.field("confident").value(false))))));
        }
        if (storiesOnce) filters.add(Query.of(f -> f.bool(b -> b.mustNot(n -> n.term(t -> t.field("syndicatedCopy").value(true))))));
        return Query.of(x -> x.bool(b -> {
            if (!q.text().isEmpty()) {
                b.must(m -> m.multiMatch(mm -> mm.query(q.text()).fields(textFields).type(TextQueryType.BestFields)));
            }
            return b.filter(filters);
        }));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }
}

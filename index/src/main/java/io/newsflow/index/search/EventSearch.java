package io.newsflow.index.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.newsflow.index.events.EventDocument;
import io.newsflow.index.model.SearchQuery;

import java.io.IOException;
import java.util.List;

/**
 * Events matching a {@link SearchQuery} as a timeline: words against the evidence sentence and the article title (all
 * languages), the same filters as articles (date = the event's {@code timelineDate}), oldest first.
 */
public final class EventSearch {
    private final ElasticsearchClient client;
    private final String index;

    /** @param index the events alias ({@code index.eventsIndex}) */
    public EventSearch(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    public List<EventDocument> timeline(SearchQuery q) throws IOException {
        return timeline(q, null);
    }

    /**
     * The timeline of {@code q} narrowed further by {@code narrower} (an actor pair, a quad class, a week; null: not
     * narrowed). The filters of {@code q} always apply, so a default filter added to {@link Filters} holds here too.
     */
    public List<EventDocument> timeline(SearchQuery q, Query narrower) throws IOException {
        Query query = narrower == null ? Filters.EVENTS.query(q)
                : Query.of(b -> b.bool(x -> x.must(Filters.EVENTS.query(q)).filter(narrower)));
        return client.search(s -> s
                        .index(index).ignoreUnavailable(true).allowNoIndices(true)
                        .size(q.size())
                        .query(query)
                        .sort(o -> o.field(f -> f.field("timelineDate").order(SortOrder.Asc)))
                        .sort(o -> o.field(f -> f.field("sentenceStart").order(SortOrder.Asc))),
                EventDocument.class).hits().hits().stream().map(Hit::source).toList();
    }
}

package io.newsflow.index.alerts;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.newsflow.index.articles.ArticleDocument;
import io.newsflow.index.events.EventDocument;
import io.newsflow.index.search.Filters;
import io.newsflow.index.settings.WatchSettings;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The documents a watch matches among those indexed at or after a time: the watch's words and filters (the same
 * query as {@code newsflow search}, {@link Filters}) plus {@code indexedAt >= since}, read page by page in indexing
 * order ({@code search_after} on {@code indexedAt}, {@code id}), so no match is skipped however many there are.
 */
final class WatchMatches {
    private final ElasticsearchClient client;
    private final String articles;
    private final String events;

    /** @param articles the articles alias; @param events the events alias */
    WatchMatches(ElasticsearchClient client, String articles, String events) {
        this.client = client;
        this.articles = articles;
        this.events = events;
    }

    List<AlertMessage> since(WatchSettings w, Instant since, Instant now) throws IOException {
        return w.events()
                ? pages(events, Filters.EVENTS, w, since, EventDocument.class, (e, name) -> AlertMessage.of(name, e, now))
                : pages(articles, Filters.ARTICLES, w, since, ArticleDocument.class, (a, name) -> AlertMessage.of(name, a, now));
    }

    private <T> List<AlertMessage> pages(String index, Filters filters, WatchSettings w, Instant since, Class<T> type,
                                         BiFunction<T, String, AlertMessage> toAlert) throws IOException {
        Query query = Query.of(q -> q.bool(b -> b
                .must(filters.query(w.searchQuery()))
                .filter(f -> f.range(r -> r.date(d -> d.field("indexedAt").gte(since.toString()))))));
        List<AlertMessage> out = new ArrayList<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            SearchResponse<T> r = client.search(s -> {
                s.index(index).ignoreUnavailable(true).allowNoIndices(true).size(WatchSettings.PAGE).query(query)
                        .source(src -> src.filter(f -> f.excludes("text")))
                        .sort(o -> o.field(f -> f.field("indexedAt").order(SortOrder.Asc)))
                        .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
                if (from != null) s.searchAfter(from);
                return s;
            }, type);
            List<Hit<T>> hits = r.hits().hits();
            for (Hit<T> hit : hits) out.add(toAlert.apply(hit.source(), w.name()));
            if (hits.size() < WatchSettings.PAGE) return out;
            after = hits.getLast().sort();
        }
    }
}

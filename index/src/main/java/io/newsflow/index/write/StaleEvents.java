package io.newsflow.index.write;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.mget.MultiGetOperation;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.newsflow.index.articles.ArticleDocument;
import io.newsflow.index.settings.IndexSettings;
import io.newsflow.schemas.EnrichedArticle;
import io.newsflow.schemas.Event;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the events index in step with the newest enrichment of each article, for one batch of enriched articles.
 *
 * <ul>
 *   <li><b>Stale events</b>: when Elasticsearch holds an older enrichment of an article (its article document, read
 *   with a realtime get), the events of that article with an older version and an id the newest enrichment does not
 *   have are searched (after a refresh, so events written a moment ago are seen) and deleted by id with the newest
 *   version ({@code external_gte}; no delete-by-query, which the embedded node lacks). Events of older versions of the
 *   same article earlier in the batch are deleted the same way.</li>
 *   <li><b>Outdated records</b>: when Elasticsearch already holds a newer enrichment, the record's events are not
 *   written at all: an event the newer enrichment dropped would otherwise come back. Its article document is still
 *   sent and refused (409) as before.</li>
 * </ul>
 *
 * Costs one multi-get per batch, plus a refresh and a search only for batches that re-enrich indexed articles.
 */
public final class StaleEvents {
    /** Hits per page of the stale-event search. */
    static final int PAGE = 1000;

    /** What to change in a batch: positions whose events must not be written, and deletions to add per position. */
    public record Plan(Set<Integer> outdated, Map<Integer, List<IndexOperations.Operation>> deletes) {}

    private record EventRef(String articleId) {}

    private final ElasticsearchClient client;
    private final IndexSettings settings;

    public StaleEvents(ElasticsearchClient client, IndexSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    /** @param batch the decoded articles of one poll, in offset order */
    public Plan plan(List<EnrichedArticle> batch) throws IOException {
        Map<String, Integer> latest = new LinkedHashMap<>(); // article id -> position of its newest version in the batch
        for (int i = 0; i < batch.size(); i++) {
            Integer prev = latest.get(batch.get(i).getId());
            if (prev == null || version(batch.get(i)) >= version(batch.get(prev))) latest.put(batch.get(i).getId(), i);
        }
        if (latest.isEmpty()) return new Plan(Set.of(), Map.of());
        Map<String, Long> stored = storedVersions(latest.values().stream().map(batch::get).toList());

        Set<Integer> outdated = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            Long s = stored.get(batch.get(i).getId());
            if (s != null && s > version(batch.get(i))) outdated.add(i);
        }
        Map<Integer, List<IndexOperations.Operation>> deletes = new HashMap<>();
        Set<String> planned = new HashSet<>(); // event ids already being deleted
        Map<String, Integer> toSearch = new LinkedHashMap<>();
        latest.forEach((id, at) -> {
            if (outdated.contains(at)) return;
            EnrichedArticle newest = batch.get(at);
            Set<String> keep = eventIds(newest);
            Set<String> gone = new HashSet<>();
            for (int i = 0; i < batch.size(); i++) {
                if (i != at && batch.get(i).getId().equals(id) && version(batch.get(i)) < version(newest)) {
                    eventIds(batch.get(i)).stream().filter(e -> !keep.contains(e)).forEach(gone::add);
                }
            }
            String index = eventsIndex(newest);
            planned.addAll(gone);
            gone.forEach(e -> deletes.computeIfAbsent(at, k -> new ArrayList<>()).add(IndexOperations.deleteEvent(index, e, version(newest))));
            Long s = stored.get(id);
            if (s != null && s < version(newest)) toSearch.put(id, at);
        });
        if (!toSearch.isEmpty()) searchStale(batch, toSearch, planned, deletes);
        return new Plan(outdated, deletes);
    }

    /** The external version ({@link DocumentVersion}) Elasticsearch holds for each article, realtime; absent when not indexed. */
    private Map<String, Long> storedVersions(List<EnrichedArticle> articles) throws IOException {
        List<MultiGetOperation> docs = articles.stream().map(a -> MultiGetOperation.of(o -> o
                .index(settings.period().indexName(settings.articlesIndex(), ArticleDocument.indexTime(a))).id(a.getId()))).toList();
        MgetResponse<Void> r = client.mget(m -> m.docs(docs).source(s -> s.fetch(false)), Void.class);
        Map<String, Long> out = new HashMap<>();
        for (MultiGetResponseItem<Void> item : r.docs()) {
            if (item.isFailure()) {
                if ("index_not_found_exception".equals(item.failure().error().type())) continue; // a new month: nothing stored
                throw new IOException("cannot read article " + item.failure().id() + ": " + item.failure().error().reason());
            }
            if (item.result().found() && item.result().version() != null) out.put(item.result().id(), item.result().version());
        }
        return out;
    }

    /** Adds deletions for indexed events of older enrichments that the batch's newest versions no longer have. */
    private void searchStale(List<EnrichedArticle> batch, Map<String, Integer> articles, Set<String> planned,
                             Map<Integer, List<IndexOperations.Operation>> deletes) throws IOException {
        String alias = settings.eventsIndex();
        client.indices().refresh(r -> r.index(alias).ignoreUnavailable(true).allowNoIndices(true));
        List<Query> perArticle = articles.entrySet().stream().map(e -> Query.of(q -> q.bool(b -> b
                .filter(f -> f.term(t -> t.field("articleId").value(e.getKey())))
                .mustNot(n -> n.ids(ids -> ids.values(List.copyOf(eventIds(batch.get(e.getValue()))))))))).toList();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            SearchResponse<EventRef> r = client.search(s -> {
                s.index(alias).ignoreUnavailable(true).allowNoIndices(true).size(PAGE).version(true)
                        .query(q -> q.bool(b -> b.should(perArticle).minimumShouldMatch("1")))
                        .source(src -> src.filter(f -> f.includes("articleId")))
                        .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
                if (from != null) s.searchAfter(from);
                return s;
            }, EventRef.class);
            for (Hit<EventRef> hit : r.hits().hits()) {
                int at = articles.get(hit.source().articleId());
                long newest = version(batch.get(at));
                if (hit.version() != null && hit.version() < newest && planned.add(hit.id())) {
                    deletes.computeIfAbsent(at, k -> new ArrayList<>()).add(IndexOperations.deleteEvent(hit.index(), hit.id(), newest));
                }
            }
            if (r.hits().hits().size() < PAGE) return;
            after = r.hits().hits().getLast().sort();
        }
    }

    private String eventsIndex(EnrichedArticle a) {
        return settings.period().indexName(settings.eventsIndex(), ArticleDocument.indexTime(a));
    }

    private static Set<String> eventIds(EnrichedArticle a) {
        Set<String> ids = new HashSet<>();
        for (Event e : a.getEvents()) ids.add(e.getId());
        return ids;
    }

    private static long version(EnrichedArticle a) {
        return DocumentVersion.of(a);
    }
}

package io.newsflow.index.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.IndicesStatsResponse;
import co.elastic.clients.elasticsearch.indices.stats.IndicesStats;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How big newsflow's indexes are: documents and bytes on disk (primaries) per time-based index behind the articles
 * and events aliases, from the index stats API. Replicas are not counted.
 */
public final class IndexSizes {
    private final ElasticsearchClient client;
    private final List<String> aliases;

    public IndexSizes(ElasticsearchClient client, String articlesAlias, String eventsAlias) {
        this.client = client;
        this.aliases = List.of(articlesAlias, eventsAlias);
    }

    /** One index: its name, the alias it belongs to, documents and primary store size in bytes. */
    public record IndexSize(String index, String alias, long documents, long bytes) {}

    /** Every index behind the two aliases, sorted by name; empty before anything was indexed. */
    public List<IndexSize> sizes() throws IOException {
        List<IndexSize> out = new ArrayList<>();
        for (String alias : aliases) {
            IndicesStatsResponse r = client.indices().stats(s -> s.index(alias + "-*"));
            for (Map.Entry<String, IndicesStats> e : r.indices().entrySet()) {
                var primaries = e.getValue().primaries();
                long docs = primaries == null || primaries.docs() == null ? 0 : primaries.docs().count();
                long bytes = primaries == null || primaries.store() == null ? 0
                        : primaries.store().sizeInBytes();
                out.add(new IndexSize(e.getKey(), alias, docs, bytes));
            }
        }
        out.sort(java.util.Comparator.comparing(IndexSize::index));
        return out;
    }
}

package io.newsflow.index.alerts;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.get.GetResult;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.newsflow.index.mapping.Fields.date;
import static io.newsflow.index.mapping.Fields.keyword;

/**
 * What the saved searches have reported, kept in a small Elasticsearch index ({@code index.alerts.stateIndex},
 * default {@code newsflow-alerts}) so a restart repeats nothing: one document per reported match (id: the alert id)
 * and one per watch holding the time its last complete evaluation started (id {@code watermark|<watch>}). Lookups are
 * realtime gets, so they see what was written a moment ago without waiting for a refresh. Plain index/get/mget only
 * (no scripts, no update-by-query), so it works on the embedded node.
 */
public final class AlertState {
    static final String WATERMARK = "watermark|";
    /** Ids per multi-get request. */
    static final int MGET_CHUNK = 1000;

    /** A state document: {@code type} "alert" (a reported match) or "watermark" (a watch's progress). */
    public record Entry(String type, String watch, String kind, String documentId, String articleId, String title,
                        String url, Instant reportedAt, Instant watermark) {}

    private final ElasticsearchClient client;
    private final String index;

    public AlertState(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    /** Creates the state index if it is missing (one shard; replicas as the other indexes). */
    public void install(int replicas) throws IOException {
        if (client.indices().exists(e -> e.index(index)).value()) return;
        try {
            client.indices().create(c -> c.index(index)
                    .settings(s -> s.numberOfShards("1").numberOfReplicas(Integer.toString(replicas)))
                    .mappings(m -> m.dynamic(DynamicMapping.False).properties(Map.of(
                            "type", keyword(), "watch", keyword(), "kind", keyword(), "documentId", keyword(),
                            "articleId", keyword(), "title", keyword(), "url", keyword(),
                            "reportedAt", date(), "watermark", date()))));
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) throw e; // created meanwhile: fine
        }
    }

    /** When the last complete evaluation of {@code watch} started, if it ever completed one. */
    public Optional<Instant> watermark(String watch) throws IOException {
        var r = client.get(g -> g.index(index).id(WATERMARK + watch), Entry.class);
        return r.found() && r.source() != null ? Optional.ofNullable(r.source().watermark()) : Optional.empty();
    }

    /** Records that every match of {@code watch} indexed before {@code startedAt} (minus the lag) is dealt with. */
    public void advance(String watch, Instant startedAt) throws IOException {
        Entry e = new Entry("watermark", watch, null, null, null, null, null, null, startedAt);
        client.index(i -> i.index(index).id(WATERMARK + watch).document(e));
    }

    /** The alert ids among {@code ids} that were reported already. */
    public Set<String> reported(Collection<String> ids) throws IOException {
        Set<String> found = new HashSet<>();
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += MGET_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + MGET_CHUNK));
            MgetResponse<Void> r = client.mget(m -> m.index(index).ids(chunk).source(s -> s.fetch(false)), Void.class);
            for (MultiGetResponseItem<Void> item : r.docs()) {
                if (item.isFailure()) throw new IOException("cannot read alert state " + item.failure().id() + ": " + item.failure().error().reason());
                GetResult<Void> got = item.result();
                if (got.found()) found.add(got.id());
            }
        }
        return found;
    }

    /** Remembers delivered alerts, so they are never reported again. */
    public void record(List<AlertMessage> delivered) throws IOException {
        if (delivered.isEmpty()) return;
        List<BulkOperation> ops = new ArrayList<>();
        for (AlertMessage m : delivered) {
            Entry e = new Entry("alert", m.watch(), m.kind(), m.documentId(), m.articleId(), m.title(), m.url(), m.reportedAt(), null);
            ops.add(BulkOperation.of(b -> b.index(i -> i.index(index).id(m.id()).document(e))));
        }
        BulkResponse r = client.bulk(b -> b.operations(ops));
        if (r.errors()) {
            String why = r.items().stream().filter(i -> i.error() != null).map(i -> i.id() + ": " + i.error().reason()).findFirst().orElse("?");
            throw new IOException("cannot record delivered alerts in " + index + " (" + why + "); they may be reported again");
        }
    }
}

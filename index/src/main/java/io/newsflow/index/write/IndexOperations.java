package io.newsflow.index.write;

import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import io.newsflow.index.articles.ArticleDocument;
import io.newsflow.index.events.EventDocument;
import io.newsflow.index.settings.IndexSettings;
import io.newsflow.schemas.EnrichedArticle;
import io.newsflow.schemas.Event;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The bulk operations that write one enriched article: the article document and one document per event, into the
 * time-based indexes of the article's date. Ids are the article and event ids, so a replay overwrites instead of
 * duplicating. Each write carries the external version {@link DocumentVersion} (the article's text version, then its
 * enrichment time) with {@code version_type=external_gte}: a newer text version replaces an older one, then a newer
 * enrichment an older one, the same one overwrites itself, and an older one arriving late is refused by
 * Elasticsearch (409, counted as superseded) — without scripts, which the embedded node lacks.
 */
public final class IndexOperations {
    private final IndexSettings settings;
    private final Clock clock;

    public IndexOperations(IndexSettings settings) {
        this(settings, Clock.systemUTC());
    }

    /** @param clock stamps each document's {@code indexedAt} */
    public IndexOperations(IndexSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** What an operation writes: the article, one of its events, or the deletion of an event it no longer has. */
    public enum Kind { ARTICLE, EVENT, STALE_EVENT }

    /** One operation about to be written, and what it writes. */
    public record Operation(BulkOperation bulk, Kind kind) {}

    public List<Operation> forArticle(EnrichedArticle a) {
        long version = DocumentVersion.of(a);
        Instant time = ArticleDocument.indexTime(a);
        String articles = settings.period().indexName(settings.articlesIndex(), time);
        String events = settings.period().indexName(settings.eventsIndex(), time);
        List<Operation> ops = new ArrayList<>();
        Instant now = clock.instant();
        ArticleDocument doc = ArticleDocument.from(a, now);
        ops.add(new Operation(BulkOperation.of(b -> b.index(i -> i.index(articles).id(doc.id())
                .version(version).versionType(VersionType.ExternalGte).document(doc))), Kind.ARTICLE));
        for (Event e : a.getEvents()) {
            EventDocument event = EventDocument.from(e, a, now);
            ops.add(new Operation(BulkOperation.of(b -> b.index(i -> i.index(events).id(event.id())
                    .version(version).versionType(VersionType.ExternalGte).document(event))), Kind.EVENT));
        }
        return ops;
    }

    /**
     * Deletes event {@code id} from {@code index} unless Elasticsearch holds it from an enrichment newer than
     * {@code version} (then 409: superseded). Deleting with an external version leaves a tombstone, so an older
     * enrichment arriving soon after cannot write the event back.
     */
    public static Operation deleteEvent(String index, String id, long version) {
        return new Operation(BulkOperation.of(b -> b.delete(d -> d.index(index).id(id).version(version)
                .versionType(VersionType.ExternalGte))), Kind.STALE_EVENT);
    }

}

package io.newsflow.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import io.newsflow.index.settings.IndexSettings;
import io.newsflow.index.write.IndexOperations;
import io.newsflow.index.write.IndexTemplates;
import io.newsflow.schemas.Actor;
import io.newsflow.schemas.DatePrecision;
import io.newsflow.schemas.EnrichedArticle;
import io.newsflow.schemas.Event;
import io.newsflow.schemas.EventActor;
import io.newsflow.schemas.EventType;
import io.newsflow.schemas.Mention;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Synthetic enriched articles and events for the index tests (text written for these tests). */
public final class TestArticles {
    public static final EventActor LAVROV = new EventActor("nf:person/sergey-lavrov", "Sergey Lavrov", "RUS", "GOV");
    public static final EventActor PASHINYAN = new EventActor("nf:person/nikol-pashinyan", "Nikol Pashinyan", "ARM", "GOV");
    public static final EventActor RUSSIA = new EventActor("Q159", "Russia", "RUS", null);
    public static final EventActor ARMENIA = new EventActor("Q399", "Armenia", "ARM", null);
    public static final EventActor YEREVAN = new EventActor("Q1953", "Yerevan", "ARM", null);

    private TestArticles() {}

    /** Writes articles and their events with the index stage's own operations (templates installed), then refreshes. */
    public static void write(ElasticsearchClient es, IndexSettings settings, List<EnrichedArticle> articles) throws IOException {
        IndexTemplates.install(es, settings);
        IndexOperations ops = new IndexOperations(settings);
        BulkResponse r = es.bulk(b -> b.refresh(Refresh.True).operations(articles.stream()
                .flatMap(a -> ops.forArticle(a).stream()).map(IndexOperations.Operation::bulk).toList()));
        if (r.errors()) throw new IllegalStateException("test articles not indexed: " + r.items());
    }

    /** An article with the given actors (mentioned once each) and events, enriched at {@code enrichedAt}. */
    public static EnrichedArticle article(String id, String site, String language, String published, String title, String text,
                                          List<EventActor> actors, List<Event> events, Instant enrichedAt) {
        return EnrichedArticle.newBuilder().setId(id).setUrl("https://" + site + "/news/" + id).setSource("test")
                .setSiteName(site).setFetchedAt(Instant.parse(published).plusSeconds(3600)).setPublished(Instant.parse(published))
                .setTitle(title).setText(text).setLanguage(language).setContentHash("h-" + id)
                .setActors(actors.stream().map(a -> Actor.newBuilder().setId(a.getId()).setName(a.getName())
                        .setKind("person").setCountryCode(a.getCountryCode()).setSector(a.getSector())
                        .setMentions(List.of(new Mention(0, 1, a.getName()))).build()).toList())
                .setEvents(events)
                .setEnrichmentVersion("test-" + enrichedAt.toEpochMilli()).setEnrichedAt(enrichedAt).build();
    }

    /** An event of {@code articleId} whose evidence is {@code sentence} at {@code start}; {@code date} may be null. */
    public static Event event(String articleId, int start, EventType type, EventActor source, EventActor target, String date,
                              String sentence) {
        return Event.newBuilder().setId(articleId + "-" + start).setType(type).setMode("talks").setSource(source).setTarget(target)
                .setDate(date == null ? null : LocalDate.parse(date)).setDatePrecision(date == null ? DatePrecision.UNKNOWN : DatePrecision.DAY)
                .setLocation(YEREVAN).setSentence(sentence).setSentenceStart(start).setSentenceEnd(start + sentence.length())
                .setConfidence(0.8).setArticleId(articleId).setUrl(null).build();
    }
}

package io.newsflow.index.events;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.newsflow.index.articles.ArticleDocument;
import io.newsflow.index.mapping.Fields;
import io.newsflow.schemas.QuadClass;
import io.newsflow.schemas.EnrichedArticle;
import io.newsflow.schemas.Event;
import io.newsflow.schemas.EventActor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One event as stored in the events index: flat (no nested objects), so Kibana and plain aggregations can use every
 * field. {@code source*}/{@code target*}/{@code location*} are the event's actors; {@code articleSource} is the
 * ingest source and {@code outlet} who published it (as on the article). {@code timelineDate} is the event's date, or the article's date when the text gave none, so every event
 * has a place on a timeline. {@code actorPair} ({@code "Source → Target"}, names) feeds the top-pairs aggregation
 * without scripts; {@code selfDirected} marks an event whose source and target are the same actor in the same
 * sector (a domestic event aimed at the source's own state), so pair aggregations can leave it out in the query. {@code quadClass} is
 * the type's {@link QuadClass} (verbal/material × cooperation/conflict). {@code storyId} groups syndicated copies of one story (count per story) and {@code syndicatedCopy} marks an event
 * of a copy (its story is another article's), which the default event filter leaves out, so a story reprinted by
 * three outlets counts once in pairs, relations and timelines; {@code indexedAt} is when
 * the document was written (saved searches report what was indexed since they last ran). Document id: the event id
 * (stable per article and evidence offsets).
 */
public record EventDocument(String id, String type, String quadClass, String mode,
                            String sourceId, String sourceName, String sourceCountry, String sourceSector,
                            String targetId, String targetName, String targetCountry, String targetSector,
                            String locationId, String locationName, String locationCountry,
                            List<String> actorIds, List<String> actorNames, String actorPair, boolean selfDirected,
                            LocalDate date, String datePrecision, LocalDate timelineDate, boolean negated, String modality,
                            String sentence, int sentenceStart, int sentenceEnd, double confidence, boolean confident,
                            String articleId, String url, String articleTitle, String articleSource, String siteName, String outlet,
                            String language, Instant published, String enrichmentVersion, Instant enrichedAt,
                            String storyId, boolean syndicatedCopy, Instant indexedAt) {

    /**
     * The stemmed copies of the sentence and the article title for the article's language (indexed, not kept in
     * {@code _source}: {@link Fields#stemmedCopies}).
     */
    @JsonAnyGetter
    public Map<String, String> stemmedCopies() {
        return Fields.stemmedCopies(language, "sentence", sentence, "articleTitle", articleTitle);
    }

    /** Separates source and target names in {@link #actorPair}. */
    public static final String PAIR_ARROW = " → ";

    /** The document of event {@code e} of article {@code a}, as written at {@code indexedAt} (null: not yet written). */
    public static EventDocument from(Event e, EnrichedArticle a, Instant indexedAt) {
        EventActor s = e.getSource();
        EventActor t = e.getTarget();
        EventActor l = e.getLocation();
        LocalDate articleDate = LocalDate.ofInstant(ArticleDocument.indexTime(a), ZoneOffset.UTC);
        return new EventDocument(e.getId(), e.getType().name(), QuadClass.of(e.getType()).name(), e.getMode(),
                get(s, EventActor::getId), get(s, EventActor::getName), get(s, EventActor::getCountryCode), get(s, EventActor::getSector),
                get(t, EventActor::getId), get(t, EventActor::getName), get(t, EventActor::getCountryCode), get(t, EventActor::getSector),
                get(l, EventActor::getId), get(l, EventActor::getName), get(l, EventActor::getCountryCode),
                Stream.of(s, t).filter(Objects::nonNull).map(EventActor::getId).distinct().toList(),
                Stream.of(s, t).filter(Objects::nonNull).map(EventActor::getName).distinct().toList(),
                pair(s, t), selfDirected(s, t),
                e.getDate(), e.getDatePrecision().name(), e.getDate() != null ? e.getDate() : articleDate,
                e.getNegated(), e.getModality(),
                e.getSentence(), e.getSentenceStart(), e.getSentenceEnd(), e.getConfidence(), e.getConfident(),
                e.getArticleId(), e.getUrl() != null ? e.getUrl() : a.getUrl(), a.getTitle(), a.getSource(), a.getSiteName(),
                ArticleDocument.outlet(a),
                a.getLanguage(), a.getPublished(), a.getEnrichmentVersion(), a.getEnrichedAt(),
                e.getStoryId() != null ? e.getStoryId() : e.getArticleId(),
                e.getStoryId() != null && !e.getStoryId().equals(e.getArticleId()), indexedAt);
    }

    /**
     * True when source and target are the same actor in the same sector: the pair would read as an actor with
     * itself ("Armenia → Armenia"), so top-pair aggregations leave it out in the query. The same state's government
     * and military ("Armenia (GOV) → Armenia (MIL)") are two parties, not self-directed.
     */
    static boolean selfDirected(EventActor s, EventActor t) {
        return s != null && t != null && s.getId().equals(t.getId()) && Objects.equals(s.getSector(), t.getSector());
    }

    /**
     * "Source → Target" by name; when both sides are one actor in different sectors ("Armenian police" acting on
     * Armenia), each name carries its sector, so a pair never reads as an actor with itself.
     */
    static String pair(EventActor s, EventActor t) {
        if (s == null || t == null) return null;
        if (!s.getId().equals(t.getId())) return s.getName() + PAIR_ARROW + t.getName();
        return withSector(s) + PAIR_ARROW + withSector(t);
    }

    private static String withSector(EventActor a) {
        return a.getSector() == null ? a.getName() : a.getName() + " (" + a.getSector() + ")";
    }

    private static String get(EventActor actor, Function<EventActor, String> field) {
        return actor == null ? null : field.apply(actor);
    }
}

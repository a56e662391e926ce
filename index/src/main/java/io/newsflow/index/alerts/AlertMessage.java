package io.newsflow.index.alerts;

import io.newsflow.index.articles.ArticleDocument;
import io.newsflow.index.events.EventDocument;
import io.newsflow.schemas.Alert;

import java.time.Instant;

/**
 * One new match of a saved search, as it is reported: the JSON body POSTed to a webhook (Jackson, ISO-8601 dates),
 * and the {@link Alert} record on the alerts topic ({@link #toAvro()}).
 *
 * @param id         {@code watch|kind|documentId}: the same match always has the same id (consumers may drop repeats)
 * @param watch      the watch's name
 * @param kind       {@code article} or {@code event}
 * @param documentId article id or event id
 * @param articleId  the article's id (the event's article, for an event)
 * @param title      headline, or null
 * @param url        article URL, or null
 * @param published  publication time, or null
 * @param eventType  PLOVER type of an event, else null
 * @param summary    a line to read: "Source → Target: sentence" for an event, the actor names for an article
 * @param reportedAt when it was reported
 */
public record AlertMessage(String id, String watch, String kind, String documentId, String articleId, String title, String url,
                           Instant published, String eventType, String summary, Instant reportedAt) {

    /** The id of an alert: watch name (no '|'), kind and document id. */
    public static String id(String watch, String kind, String documentId) {
        return watch + "|" + kind + "|" + documentId;
    }

    static AlertMessage of(String watch, ArticleDocument a, Instant now) {
        return new AlertMessage(id(watch, "article", a.id()), watch, "article", a.id(), a.id(), a.title(), a.url(),
                a.published(), null, a.actorNames() == null ? null : String.join(", ", a.actorNames()), now);
    }

    static AlertMessage of(String watch, EventDocument e, Instant now) {
        String who = e.actorPair() != null ? e.actorPair() : e.sourceName() != null ? e.sourceName() : "?";
        return new AlertMessage(id(watch, "event", e.id()), watch, "event", e.id(), e.articleId(), e.articleTitle(), e.url(),
                e.published(), e.type(), who + ": " + e.sentence(), now);
    }

    /** The record produced to the alerts topic. */
    public Alert toAvro() {
        return Alert.newBuilder().setId(id).setWatch(watch).setKind(kind).setDocumentId(documentId).setArticleId(articleId)
                .setTitle(title).setUrl(url).setPublished(published).setEventType(eventType).setSummary(summary)
                .setReportedAt(reportedAt).build();
    }

    /** One log line: watch, kind, title or summary, URL. */
    public String line() {
        return "[" + watch + "] " + kind + " " + documentId + ": " + (eventType != null ? eventType + " " + summary : title)
                + (url == null ? "" : " <" + url + ">");
    }
}

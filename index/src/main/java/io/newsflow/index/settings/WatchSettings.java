package io.newsflow.index.settings;

import io.newsflow.index.model.SearchQuery;

import java.net.URI;
import java.time.LocalDate;

/**
 * One saved search (an entry of {@code index.alerts.watches} in newsflow's YAML): the words and filters of a search
 * ({@link SearchQuery}: full text in every language, actor, PLOVER type, publication/event dates, language), whether
 * it watches articles or events, and where each new match goes. Every match is logged; {@code webhook} and
 * {@code topic} add a JSON POST and an {@code Alert} record on the alerts topic.
 *
 * @param name    unique name; part of every alert id ({@code name|kind|documentId}), so renaming a watch reports its
 *                matches again; letters, digits, {@code . _ -}
 * @param query   words to match (any language); blank: everything the filters let through
 * @param actor   actor id or canonical name, or null
 * @param type    PLOVER event type, or null
 * @param from    first day (UTC, inclusive) of publication (articles) or of the event (events), or null
 * @param to      last day, or null
 * @param lang    language code of the article, or null
 * @param events  true: watch the events index (one alert per event); false (default): articles
 * @param webhook URL to POST each alert to as JSON ({@code http}/{@code https}), or null
 * @param topic   true: also produce each alert to the alerts topic; default false
 */
public record WatchSettings(String name, String query, String actor, String type, LocalDate from, LocalDate to,
                            String lang, Boolean events, URI webhook, Boolean topic) {

    public WatchSettings {
        events = Boolean.TRUE.equals(events); // left out in the YAML: false
        topic = Boolean.TRUE.equals(topic);
        if (name == null || !name.matches("[A-Za-z0-9._-]{1,100}")) {
            throw new IllegalArgumentException("index.alerts.watches[].name must be 1-100 letters, digits, '.', '_' or '-', was " + name);
        }
        if (webhook != null && !("http".equals(webhook.getScheme()) || "https".equals(webhook.getScheme()))) {
            throw new IllegalArgumentException("watch " + name + ": webhook must be an http(s) URL, was " + webhook);
        }
        try {
            searchQuery(query, actor, type, from, to, lang);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("watch " + name + ": " + e.getMessage(), e);
        }
    }

    /** Most hits per page when a watch is evaluated (the search API's limit). */
    public static final int PAGE = 1000;

    /** The watch's words and filters as a search (its size is the page size of an evaluation). */
    public SearchQuery searchQuery() {
        return searchQuery(query, actor, type, from, to, lang);
    }

    /** {@code "article"} or {@code "event"}: what one match of this watch is. */
    public String kind() {
        return events ? "event" : "article";
    }

    private static SearchQuery searchQuery(String query, String actor, String type, LocalDate from, LocalDate to, String lang) {
        return new SearchQuery(query, actor, type, from, to, lang, null, PAGE);
    }
}

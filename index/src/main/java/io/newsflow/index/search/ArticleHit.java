package io.newsflow.index.search;

import java.time.Instant;
import java.util.List;

/**
 * One search result.
 *
 * @param id         article id
 * @param score      relevance score (0 when there were no words to rank by)
 * @param title      headline
 * @param url        article URL
 * @param published  publication time, or null
 * @param language   the article's language code, or null
 * @param actorNames names of the actors found in the article
 * @param eventTypes PLOVER types of the events coded from it
 * @param highlights matching passages, query terms wrapped in {@code [[ ]]}
 */
public record ArticleHit(String id, double score, String title, String url, Instant published, String language,
                         List<String> actorNames, List<String> eventTypes, List<String> highlights) {}

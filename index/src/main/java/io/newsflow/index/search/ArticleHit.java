package io.newsflow.index.search;

import java.time.Instant;
import java.util.List;

/**
 * One search result.
 *
 * @param id         article id
 * @param score      relevance score
 * @param title      headline
 * @param url        article URL
 * @param published  publication time, or null
 * @param actorNames names of the actors found in the article
 * @param highlights matching passages, query terms wrapped in {@code [[ ]]}
 */
public record ArticleHit(String id, double score, String title, String url, Instant published, List<String> actorNames,
                         List<String> highlights) {}

package io.newsflow.ingest.sources;

import java.time.Instant;

/**
 * An article link found in a feed or sitemap, with what the listing says about it (used when the page itself does
 * not state a title or date).
 *
 * @param url       absolute URL as listed
 * @param title     listed title, or null
 * @param published listed publication time (feed pubDate/published, news:publication_date, else lastmod), or null
 */
public record ListingItem(String url, String title, Instant published) {}

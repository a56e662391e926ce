package io.newsflow.ingest.state;

/**
 * When a feed or sitemap was last polled, so that a restart keeps each source's polling interval (the scheduler's
 * first due time) and the status page can show the last poll. The validators for conditional GETs are not kept here:
 * the poller holds them with the listing it remembers ({@code RememberedListings}), and a process's first request to
 * a listing is unconditional, so that the links a restart left behind are listed again. Records written before
 * session 12 also carry {@code etag} and {@code lastModified}; readers ignore them.
 *
 * @param url      the feed or sitemap URL as configured or discovered (the state key)
 * @param polledAt last poll, epoch millis
 */
public record FeedState(String url, long polledAt) {}

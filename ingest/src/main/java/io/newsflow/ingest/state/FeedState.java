package io.newsflow.ingest.state;

/**
 * The last answer of a feed or sitemap: validators for the next conditional GET and the time of the last poll, so a
 * restart keeps each source's polling interval and sends {@code If-None-Match} / {@code If-Modified-Since}.
 *
 * @param url          the feed or sitemap URL as configured or discovered (the state key)
 * @param etag         its last ETag, or null
 * @param lastModified its last Last-Modified, or null
 * @param polledAt     last poll, epoch millis
 */
public record FeedState(String url, String etag, String lastModified, long polledAt) {}

package io.newsflow.ingest.settings;

import java.time.Duration;

/**
 * One configured source (an entry of {@code ingest.sources} in the YAML).
 *
 * @param name        recorded as {@code source} on its articles; required, unique
 * @param type        feed, sitemap, site, url or files
 * @param url         the feed, sitemap, home page or article URL (all types but files)
 * @param path        file or folder (type files)
 * @param country     ISO 3166-1 alpha-3 code of the outlet, recorded as {@code sourceCountry}; optional
 * @param interval    time between polls in continuous mode; default 15 minutes (files and url: read once per run)
 * @param maxArticles most new article pages fetched per poll, newest first; the rest wait for the next poll; default 100
 */
public record SourceSettings(String name, SourceType type, String url, String path, String country, Duration interval,
                             Integer maxArticles) {
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(15);
    public static final int DEFAULT_MAX_ARTICLES = 100;

    public SourceSettings {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("ingest.sources: every source needs a name");
        if (type == null) throw new IllegalArgumentException("ingest.sources." + name + ": type is required (feed, sitemap, site, url, files)");
        if (type == SourceType.FILES && (path == null || path.isBlank())) {
            throw new IllegalArgumentException("ingest.sources." + name + ": a files source needs a path");
        }
        if (type != SourceType.FILES && (url == null || url.isBlank())) {
            throw new IllegalArgumentException("ingest.sources." + name + ": a " + type.name().toLowerCase() + " source needs a url");
        }
        if (country != null && !country.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("ingest.sources." + name + ": country must be an ISO 3166-1 alpha-3 code like ARM, was " + country);
        }
        interval = interval == null ? DEFAULT_INTERVAL : interval;
        if (interval.isNegative() || interval.isZero()) throw new IllegalArgumentException("ingest.sources." + name + ": interval must be positive");
        maxArticles = maxArticles == null ? DEFAULT_MAX_ARTICLES : maxArticles;
        if (maxArticles < 1) throw new IllegalArgumentException("ingest.sources." + name + ": maxArticles must be >= 1");
    }

    public static SourceSettings of(String name, SourceType type, String url) {
        return new SourceSettings(name, type, url, null, null, null, null);
    }

    /** Whether the source is read once per run rather than polled. */
    public boolean once() {
        return type == SourceType.FILES || type == SourceType.URL;
    }
}

package io.newsflow.ingest.settings;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.Locale;

/** Kinds of configured source. */
public enum SourceType {
    /** An RSS 2.0, RSS 1.0/RDF or Atom feed ({@code url}). */
    FEED,
    /** A sitemap or sitemap index, including Google News sitemaps ({@code url}). */
    SITEMAP,
    /** A site's home page ({@code url}): its feeds are discovered from {@code <link rel=alternate>}, else the sitemaps its robots.txt lists. */
    SITE,
    /** A single article page ({@code url}), fetched once. */
    URL,
    /** A local file or folder ({@code path}) of .html, .htm, .txt (optionally .gz), read once per run. */
    FILES;

    /** The YAML spelling: {@code feed}, {@code sitemap}, ... (any case). */
    @JsonCreator
    public static SourceType of(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown source type '" + name + "' (feed, sitemap, site, url, files)");
        }
    }
}

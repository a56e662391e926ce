package io.newsflow.ingest.fetch;

import java.util.Set;

/**
 * What a request is for, which decides the {@code Accept} header and the content types accepted in the answer: only
 * HTML, XML and plain text are ever read (and, for sitemaps, gzip files holding them).
 */
public enum FetchKind {
    PAGE("text/html, application/xhtml+xml;q=0.9, text/plain;q=0.5",
            Set.of("text/html", "application/xhtml+xml", "text/plain")),
    FEED("application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9",
            Set.of("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml")),
    SITEMAP("application/xml, text/xml, text/plain;q=0.5",
            Set.of("application/xml", "text/xml", "text/plain", "application/x-gzip", "application/gzip")),
    /** robots.txt: parsed whatever its type (servers label it inconsistently), as crawlers do. */
    ROBOTS("text/plain", Set.of());

    private final String accept;
    private final Set<String> types;

    FetchKind(String accept, Set<String> types) {
        this.accept = accept;
        this.types = types;
    }

    public String acceptHeader() {
        return accept;
    }

    /** Whether a response of media type {@code mimeType} (lower case, no parameters; null when absent) is read. */
    public boolean accepts(String mimeType) {
        return types.isEmpty() || mimeType == null || types.contains(mimeType);
    }
}

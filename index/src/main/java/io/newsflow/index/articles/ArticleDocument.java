package io.newsflow.index.articles;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.newsflow.index.mapping.Fields;
import io.newsflow.schemas.Actor;
import io.newsflow.schemas.EnrichedArticle;
import io.newsflow.schemas.Event;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The article as stored in Elasticsearch: the enriched article's fields, its actors, flat keyword lists of actor ids,
 * names and countries and of its event types for filters and aggregations, the outlet (site name, else URL host,
 * else source), relevance per watch profile, the
 * syndication cluster and whether the article is a syndicated copy ({@code syndicatedCopy}: its cluster is another
 * article's, the first report; coverage counts a story once by leaving copies out), and when it was written ({@code indexedAt}: saved searches report what was indexed since they
 * last ran). Provenance, as ingest found it: the page's {@code modified} time, {@code htmlHash}, the outbound
 * {@code links} and the {@code citations} ("[n]" markers with their targets), each with its domain, the distinct
 * {@code linkDomains} and {@code citedDomains} as keywords (who cites whom, {@link io.newsflow.index.search.Citations}),
 * and the {@code fetch} record (HTTP status, content type, ETag, Last-Modified). Updates: the text {@code version}
 * (1, then n+1 per changed text found by a recheck; the document holds the newest), the replaced version's
 * {@code previousTextHash} and version 1's {@code firstFetchedAt}; {@code modified} is then the page's stated
 * modification time, else when the change was found. Document id: the article id.
 */
public record ArticleDocument(String id, String url, String canonicalUrl, String source, String siteName, String outlet,
                              String sourceCountry, String title, String text, String language,
                              List<String> authors, Instant published, Instant fetchedAt, List<ActorRef> actors,
                              List<String> actorIds, List<String> actorNames, List<String> actorCountries,
                              List<String> eventTypes, int eventCount, Map<String, Double> relevance,
                              String syndicationClusterId, boolean syndicatedCopy, String enrichmentVersion, Instant enrichedAt,
                              Instant indexedAt, Instant modified, String htmlHash, List<LinkRef> links, List<CitationRef> citations,
                              List<String> linkDomains, List<String> citedDomains, FetchRef fetch,
                              int version, String previousTextHash, Instant firstFetchedAt) {

    /** An outbound link of the body: target, anchor text and the target's domain (null when the URL has no host). */
    public record LinkRef(String url, String text, String domain) {}

    /** A "[n]" reference: the marker, its offset in the text, where it points and that target's domain (null: not said). */
    public record CitationRef(String marker, int start, String targetUrl, String domain) {}

    /** How the page was fetched over HTTP (null for local files). */
    public record FetchRef(int status, String contentType, String etag, String lastModified) {}

    /** One actor of the article, with how often it is mentioned. */
    public record ActorRef(String id, String name, String kind, String countryCode, String sector, int mentions) {}

    /**
     * The stemmed copies of title and text for the article's language (indexed, not kept in {@code _source}:
     * {@link Fields#stemmedCopies}).
     */
    @JsonAnyGetter
    public Map<String, String> stemmedCopies() {
        return Fields.stemmedCopies(language, "title", title, "text", text);
    }

    /** The document of {@code a}, not yet written ({@code indexedAt} null). */
    public static ArticleDocument from(EnrichedArticle a) {
        return from(a, null);
    }

    /** The document of {@code a} as written at {@code indexedAt}. */
    public static ArticleDocument from(EnrichedArticle a, Instant indexedAt) {
        List<Actor> actors = a.getActors();
        List<Event> events = a.getEvents().stream().filter(Event::getConfident).toList(); // what search and dashboards show
        return new ArticleDocument(a.getId(), a.getUrl(), a.getCanonicalUrl(), a.getSource(), a.getSiteName(), outlet(a),
                a.getSourceCountry(), a.getTitle(), a.getText(), a.getLanguage(),
                a.getAuthors(), a.getPublished(), a.getFetchedAt(),
                actors.stream().map(x -> new ActorRef(x.getId(), x.getName(), x.getKind(), x.getCountryCode(),
                        x.getSector(), x.getMentions().size())).toList(),
                actors.stream().map(Actor::getId).toList(),
                actors.stream().map(Actor::getName).toList(),
                actors.stream().map(Actor::getCountryCode).filter(Objects::nonNull).distinct().toList(),
                events.stream().map(e -> e.getType().name()).distinct().sorted().toList(),
                events.size(),
                Map.copyOf(a.getRelevance()),
                a.getSyndicationClusterId(),
                a.getSyndicationClusterId() != null && !a.getSyndicationClusterId().equals(a.getId()),
                a.getEnrichmentVersion(), a.getEnrichedAt(), indexedAt,
                a.getModified(), a.getHtmlHash(),
                a.getLinks().stream().map(l -> new LinkRef(l.getUrl(), l.getText(), domain(l.getUrl()))).toList(),
                a.getCitations().stream().map(c -> new CitationRef(c.getMarker(), c.getStart(), c.getTargetUrl(), domain(c.getTargetUrl()))).toList(),
                a.getLinks().stream().map(l -> domain(l.getUrl())).filter(Objects::nonNull).distinct().toList(),
                a.getCitations().stream().map(c -> domain(c.getTargetUrl())).filter(Objects::nonNull).distinct().toList(),
                a.getFetch() == null ? null : new FetchRef(a.getFetch().getStatus(), a.getFetch().getContentType(),
                        a.getFetch().getEtag(), a.getFetch().getLastModified()),
                a.getVersion(), a.getPreviousTextHash(), a.getFirstFetchedAt());
    }

    /**
     * The domain of a URL as people name outlets: its host, lower case, without a leading {@code www.}
     * ({@code https://www.TASS.ru/x} → {@code tass.ru}); null for null, a URL without a host or not a URL.
     */
    public static String domain(String url) {
        if (url == null) return null;
        try {
            String host = java.net.URI.create(url.strip()).getHost();
            if (host == null || host.isBlank()) return null;
            host = host.toLowerCase(java.util.Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Who published it, for coverage dashboards: the site name, else the URL's host, else the ingest source. */
    public static String outlet(EnrichedArticle a) {
        if (a.getSiteName() != null && !a.getSiteName().isBlank()) return a.getSiteName();
        String host = domain(a.getCanonicalUrl() != null ? a.getCanonicalUrl() : a.getUrl());
        return host != null ? host : a.getSource();
    }

    /**
     * The time that picks the article's (and its events') time-based index: publication, else the first version's
     * fetch time. It changes neither when the article is enriched again nor when its text is updated (ingest keeps
     * version 1's publication time on every later version), so every version lands in the same index.
     */
    public static Instant indexTime(EnrichedArticle a) {
        if (a.getPublished() != null) return a.getPublished();
        return a.getFirstFetchedAt() != null ? a.getFirstFetchedAt() : a.getFetchedAt();
    }
}

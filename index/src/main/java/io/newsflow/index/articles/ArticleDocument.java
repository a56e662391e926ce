package io.newsflow.index.articles;

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
 * last ran). Document id: the article id.
 */
public record ArticleDocument(String id, String url, String canonicalUrl, String source, String siteName, String outlet,
                              String sourceCountry, String title, String text, String language,
                              List<String> authors, Instant published, Instant fetchedAt, List<ActorRef> actors,
                              List<String> actorIds, List<String> actorNames, List<String> actorCountries,
                              List<String> eventTypes, int eventCount, Map<String, Double> relevance,
                              String syndicationClusterId, boolean syndicatedCopy, String enrichmentVersion, Instant enrichedAt,
                              Instant indexedAt) {

    /** One actor of the article, with how often it is mentioned. */
    public record ActorRef(String id, String name, String kind, String countryCode, String sector, int mentions) {}

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
                a.getEnrichmentVersion(), a.getEnrichedAt(), indexedAt);
    }

    /** Who published it, for coverage dashboards: the site name, else the URL's host, else the ingest source. */
    public static String outlet(EnrichedArticle a) {
        if (a.getSiteName() != null && !a.getSiteName().isBlank()) return a.getSiteName();
        String url = a.getCanonicalUrl() != null ? a.getCanonicalUrl() : a.getUrl();
        if (url != null) {
            try {
                String host = java.net.URI.create(url).getHost();
                if (host != null) return host.startsWith("www.") ? host.substring(4) : host;
            } catch (IllegalArgumentException e) {
                // not a URL: fall through to the source
            }
        }
        return a.getSource();
    }

    /**
     * The time that picks the article's (and its events') time-based index: publication, else fetch time. It does not
     * change when the article is enriched again, so every version lands in the same index.
     */
    public static Instant indexTime(EnrichedArticle a) {
        return a.getPublished() != null ? a.getPublished() : a.getFetchedAt();
    }
}

package io.newsflow.index.articles;

import io.newsflow.schemas.Actor;
import io.newsflow.schemas.EnrichedArticle;

import java.time.Instant;
import java.util.List;

/**
 * The article as stored in Elasticsearch: the enriched article's fields, its actors, and flat keyword lists of actor
 * ids, names and countries for filters and aggregations. Document id: the article id.
 */
public record ArticleDocument(String id, String url, String canonicalUrl, String source, String siteName, String title,
                              String text, String language,
                              List<String> authors, Instant published, Instant fetchedAt, List<ActorRef> actors,
                              List<String> actorIds, List<String> actorNames, List<String> actorCountries,
                              String enrichmentVersion, Instant enrichedAt) {

    /** One actor of the article, with how often it is mentioned. */
    public record ActorRef(String id, String name, String kind, String countryCode, String sector, int mentions) {}

    public static ArticleDocument from(EnrichedArticle a) {
        List<Actor> actors = a.getActors();
        return new ArticleDocument(a.getId(), a.getUrl(), a.getCanonicalUrl(), a.getSource(), a.getSiteName(), a.getTitle(),
                a.getText(), a.getLanguage(),
                a.getAuthors(), a.getPublished(), a.getFetchedAt(),
                actors.stream().map(x -> new ActorRef(x.getId(), x.getName(), x.getKind(), x.getCountryCode(),
                        x.getSector(), x.getMentions().size())).toList(),
                actors.stream().map(Actor::getId).toList(),
                actors.stream().map(Actor::getName).toList(),
                actors.stream().map(Actor::getCountryCode).filter(c -> c != null).distinct().toList(),
                a.getEnrichmentVersion(), a.getEnrichedAt());
    }
}

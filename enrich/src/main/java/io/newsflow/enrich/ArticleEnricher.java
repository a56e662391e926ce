package io.newsflow.enrich;

import io.newsflow.enrich.actors.ActorDictionary;
import io.newsflow.enrich.actors.ActorMatcher;
import io.newsflow.schemas.EnrichedArticle;
import io.newsflow.schemas.RawArticle;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * Turns a {@link RawArticle} into an {@link EnrichedArticle}: copies the article's fields and adds the actors found in
 * its text. A pure function of the article, the dictionary and the clock, so the Streams topology and offline tools
 * call the same code. Thread-safe.
 */
public final class ArticleEnricher {
    /** Version of the enrichment code; the dictionary's hash is appended to form {@code enrichmentVersion}. */
    public static final String CODE_VERSION = "0.1";

    private final ActorMatcher actors;
    private final String version;
    private final Clock clock;

    public ArticleEnricher(ActorDictionary dictionary, Clock clock) {
        this.actors = new ActorMatcher(dictionary);
        this.version = CODE_VERSION + "+dict." + dictionary.version();
        this.clock = clock;
    }

    public static ArticleEnricher withBundledDictionary() {
        return new ArticleEnricher(ActorDictionary.bundled(), Clock.systemUTC());
    }

    public EnrichedArticle enrich(RawArticle raw) {
        return EnrichedArticle.newBuilder()
                .setId(raw.getId())
                .setUrl(raw.getUrl())
                .setSource(raw.getSource())
                .setFetchedAt(raw.getFetchedAt())
                .setPublished(raw.getPublished())
                .setTitle(raw.getTitle())
                .setAuthors(raw.getAuthors())
                .setLanguage(raw.getLanguage())
                .setText(raw.getText())
                .setContentHash(raw.getContentHash())
                .setCanonicalUrl(raw.getCanonicalUrl())
                .setSiteName(raw.getSiteName())
                .setSourceCountry(raw.getSourceCountry())
                .setActors(actors.find(raw.getText()))
                .setEnrichmentVersion(version)
                .setEnrichedAt(clock.instant().truncatedTo(ChronoUnit.MILLIS))
                .build();
    }

    public String version() {
        return version;
    }
}

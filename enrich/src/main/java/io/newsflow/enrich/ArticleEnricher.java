package io.newsflow.enrich;

import io.newsflow.enrich.actors.ActorDictionary;
import io.newsflow.enrich.analyze.ArticleAnalyzer;
import io.newsflow.schemas.EnrichedArticle;
import io.newsflow.schemas.RawArticle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Turns a {@link RawArticle} into an {@link EnrichedArticle}: copies the article's fields and adds the actors and events
 * found in its text ({@link ArticleAnalyzer}). A pure function of the article, the dictionary and the clock, so the Streams topology and offline tools
 * call the same code. Thread-safe.
 */
public final class ArticleEnricher {
    /** Version of the enrichment code; the dictionary's hash is appended to form {@code enrichmentVersion}. */
    public static final String CODE_VERSION = "0.2";

    private final ArticleAnalyzer analyzer;
    private final String version;
    private final Clock clock;

    public ArticleEnricher(ActorDictionary dictionary, Clock clock) {
        this.analyzer = new ArticleAnalyzer(dictionary);
        this.version = CODE_VERSION + "+dict." + dictionary.version();
        this.clock = clock;
    }

    public static ArticleEnricher withBundledDictionary() {
        return new ArticleEnricher(ActorDictionary.bundled(), Clock.systemUTC());
    }

    public EnrichedArticle enrich(RawArticle raw) {
        LocalDate published = raw.getPublished() == null ? null : raw.getPublished().atOffset(ZoneOffset.UTC).toLocalDate();
        ArticleAnalyzer.Analysis analysis = analyzer.analyze(raw.getId(), raw.getUrl(), raw.getText(), published);
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
                .setActors(analysis.actors())
                .setEvents(analysis.events())
                .setEnrichmentVersion(version)
                .setEnrichedAt(clock.instant().truncatedTo(ChronoUnit.MILLIS))
                .build();
    }

    public String version() {
        return version;
    }
}

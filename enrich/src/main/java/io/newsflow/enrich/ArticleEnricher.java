package io.newsflow.enrich;

import io.newsflow.enrich.actors.ActorDictionary;
import io.newsflow.enrich.analyze.AnalysisLimit;
import io.newsflow.enrich.analyze.ArticleAnalyzer;
import io.newsflow.enrich.events.EventCoder;
import io.newsflow.enrich.relevance.RelevanceScorer;
import io.newsflow.enrich.relevance.WatchProfile;
import io.newsflow.schemas.EnrichedArticle;
import io.newsflow.schemas.RawArticle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.time.temporal.ChronoUnit;

/**
 * Turns a {@link RawArticle} into an {@link EnrichedArticle}: copies the article's fields and adds the actors and events
 * found in its text ({@link ArticleAnalyzer}; a text past its limit is analysed up to it, and the record's
 * {@code unanalysedChars} and a warning count the rest) and its relevance to the watch profiles ({@link RelevanceScorer}). A pure function of the article, the dictionary and the clock, so the Streams topology and offline tools
 * call the same code. Thread-safe.
 */
public final class ArticleEnricher {
    private static final Logger log = LoggerFactory.getLogger(ArticleEnricher.class);
    /** Version of the enrichment code; the dictionary's hash is appended to form {@code enrichmentVersion}. */
    public static final String CODE_VERSION = "0.2";

    private final ArticleAnalyzer analyzer;
    private final RelevanceScorer relevanceScorer;
    private final String version;
    private final Clock clock;

    public ArticleEnricher(ActorDictionary dictionary, List<WatchProfile> profiles, Clock clock) {
        this(dictionary, profiles, clock, EventCoder.CONFIDENT);
    }

    /** @param confidentAt events at or above this confidence are {@code confident} ({@code enrich.minConfidence}) */
    public ArticleEnricher(ActorDictionary dictionary, List<WatchProfile> profiles, Clock clock, double confidentAt) {
        this.analyzer = new ArticleAnalyzer(dictionary, AnalysisLimit.DEFAULT, confidentAt);
        this.relevanceScorer = new RelevanceScorer(profiles);
        this.version = CODE_VERSION + "+dict." + dictionary.version();
        this.clock = clock;
    }

    /** The bundled dictionaries, the settings' watch profiles and confident threshold, the system clock. */
    public static ArticleEnricher bundled(EnrichSettings settings) {
        return new ArticleEnricher(ActorDictionary.bundled(), settings.profiles(), Clock.systemUTC(), settings.confidentAt());
    }

    public EnrichedArticle enrich(RawArticle raw) {
        LocalDate published = raw.getPublished() == null ? null : raw.getPublished().atOffset(ZoneOffset.UTC).toLocalDate();
        ArticleAnalyzer.Analysis analysis = analyzer.analyze(raw.getId(), raw.getUrl(), raw.getText(), published, raw.getLanguage());
        if (analysis.unanalysedChars() > 0) {
            log.warn("article {}: {} of {} characters past the analysis limit were not analysed", raw.getId(),
                    analysis.unanalysedChars(), raw.getText().length());
        }
        Map<String, RelevanceScorer.Relevance> relevance = relevanceScorer.score(analysis.actors(), analysis.events());
        return EnrichedArticle.newBuilder()
                .setId(raw.getId())
                .setUrl(raw.getUrl())
                .setSource(raw.getSource())
                .setFetchedAt(raw.getFetchedAt())
                .setPublished(raw.getPublished())
                .setTitle(raw.getTitle())
                .setAuthors(raw.getAuthors())
                .setLanguage(analysis.language())
                .setText(raw.getText())
                .setContentHash(raw.getContentHash())
                .setSimhash(raw.getSimhash())
                .setCanonicalUrl(raw.getCanonicalUrl())
                .setSiteName(raw.getSiteName())
                .setSourceCountry(raw.getSourceCountry())
                .setActors(analysis.actors())
                .setEvents(analysis.events())
                .setQuotes(analysis.quotes())
                .setRelevance(scores(relevance, r -> r.score()))
                .setRelevanceReasons(scores(relevance, r -> r.reason()))
                .setEnrichmentVersion(version)
                .setEnrichedAt(clock.instant().truncatedTo(ChronoUnit.MILLIS))
                .setUnanalysedChars(analysis.unanalysedChars())
                .setModified(raw.getModified())   // provenance, carried to the index unchanged
                .setHtmlHash(raw.getHtmlHash())
                .setLinks(raw.getLinks())
                .setCitations(raw.getCitations())
                .setFetch(raw.getFetch())
                .setVersion(raw.getVersion())     // an update: the index keeps the newest version of the article
                .setPreviousTextHash(raw.getPreviousTextHash())
                .setFirstFetchedAt(raw.getFirstFetchedAt())
                .build();
    }

    private static <T> Map<String, T> scores(Map<String, RelevanceScorer.Relevance> relevance, Function<RelevanceScorer.Relevance, T> part) {
        Map<String, T> out = new LinkedHashMap<>();
        relevance.forEach((profile, r) -> out.put(profile, part.apply(r)));
        return out;
    }

    public String version() {
        return version;
    }
}

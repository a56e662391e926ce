package io.newsflow.ingest.sources;

import io.newsflow.ingest.fetch.FetchKind;
import io.newsflow.ingest.fetch.FetchResponse;
import io.newsflow.ingest.fetch.HttpFetcher;
import io.newsflow.ingest.fetch.Validators;
import io.newsflow.ingest.metrics.IngestMetrics;
import io.newsflow.ingest.model.Document;
import io.newsflow.ingest.model.RawArticles;
import io.newsflow.ingest.publish.ArticleSink;
import io.newsflow.ingest.rejection.InputRejectedException;
import io.newsflow.ingest.settings.SourceSettings;
import io.newsflow.ingest.state.IngestState;
import io.newsflow.schemas.DeadLetterReason;
import io.newsflow.schemas.FetchInfo;
import io.newsflow.schemas.RawArticle;

import java.net.URI;
import java.time.Clock;

/**
 * What fetching an article page takes, shared by the first fetch ({@link PageIngester}) and the rechecks
 * ({@link PageRechecker}): the one fetcher, the state, the sink, the metrics, the failure reporter, the clock.
 */
record PageWork(HttpFetcher fetcher, IngestState state, ArticleSink sink, IngestMetrics metrics, Failures failures,
                SourcePoller poller, Clock clock) {

    /**
     * GETs the article page at {@code url} (as listed or kept in the state; surrounding blanks ignored), conditionally
     * when {@code validators} say so; counted with its latency and size. A URL that does not parse, or that the HTTP
     * client refuses, is rejected with {@link DeadLetterReason#UNSUPPORTED_URL}: the one place a page's URL is parsed.
     */
    FetchResponse fetch(String url, Validators validators) throws InputRejectedException, InterruptedException {
        try {
            URI uri = URI.create(url.strip());
            return poller.timed(FetchKind.PAGE, () -> fetcher.fetch(uri, FetchKind.PAGE, validators));
        } catch (IllegalArgumentException e) {
            throw new InputRejectedException(DeadLetterReason.UNSUPPORTED_URL, "bad URL " + url + ": " + e.getMessage(), e);
        }
    }

    /** The article of a fetched page, with what the page and its answer say, fetched now. */
    RawArticle.Builder article(SourceSettings source, FetchResponse page, Document document, String canonical) throws InputRejectedException {
        return RawArticles.builder(document, canonical, page.uri().toString(), source.name(), clock.instant())
                .setSourceCountry(source.country())
                .setFetch(new FetchInfo(page.status(), page.contentType(), page.validators().etag(), page.validators().lastModified()));
    }
}

package io.newsflow.ingest.sources;

import io.newsflow.ingest.dedup.UrlCanonicalizer;
import io.newsflow.ingest.fetch.FetchResponse;
import io.newsflow.ingest.fetch.Validators;
import io.newsflow.ingest.model.Document;
import io.newsflow.ingest.rejection.InputRejectedException;
import io.newsflow.ingest.settings.SourceSettings;
import io.newsflow.ingest.state.PageVersion;
import io.newsflow.ingest.state.SeenUrl;
import io.newsflow.ingest.updates.ArticleVersions;
import io.newsflow.schemas.DeadLetterReason;
import io.newsflow.schemas.RawArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.Optional;

/**
 * Fetches one listed article page and produces it, once. Deduplication, in order:
 * <ol>
 *   <li>the listed URL, canonicalised, was ingested before → skipped without a request (a transient failure is
 *       retried on later polls, {@value #MAX_ATTEMPTS} attempts in all);</li>
 *   <li>the page's own canonical URL ({@code rel=canonical}/{@code og:url}, else the final URL after redirects) was
 *       ingested before → a duplicate, not produced again;</li>
 *   <li>the same text (content hash) was produced from the same host → a duplicate (AMP, print and tracking variants);</li>
 *   <li>the same text from another host, or a SimHash within 3 bits → produced (it is that outlet's article), counted
 *       as a copy; its {@code contentHash}/{@code simhash} mark it for downstream syndication clustering.</li>
 * </ol>
 * Article ids derive from the canonical URL. Every failure is a dead letter with its reason and the URL. What a later
 * recheck needs (validators, version 1, when) is kept with the page's canonical URL ({@link PageVersion}); rechecks
 * themselves are {@link PageRechecker}'s: a page seen is never ingested as new again.
 */
public final class PageIngester {
    private static final Logger log = LoggerFactory.getLogger(PageIngester.class);
    static final int MAX_ATTEMPTS = 3;

    private final PageWork work;
    private final PageReader reader = new PageReader();

    PageIngester(PageWork work) {
        this.work = work;
    }

    /** Whether {@code url} still needs fetching (not seen, or a transient failure with attempts left). */
    boolean wanted(String canonical) {
        Optional<SeenUrl> seen = work.state().seen(canonical);
        return seen.isEmpty() || (seen.get().failed() && DeadLetterReason.isTransient(seen.get().reason()) && seen.get().attempts() < MAX_ATTEMPTS);
    }

    /** Fetches and produces {@code item}; returns whether a new article was produced. */
    boolean ingest(SourceSettings source, ListingItem item, String listedCanonical) throws InterruptedException {
        int attempt = work.state().seen(listedCanonical).map(s -> s.attempts() + 1).orElse(1);
        FetchResponse page = null;
        try {
            page = work.fetch(item.url(), Validators.NONE);
            Document document = reader.read(page);
            String canonical = pageCanonical(document, page);
            Optional<SeenUrl> earlier = canonical.equals(listedCanonical) ? Optional.empty() : work.state().seen(canonical).filter(s -> !s.failed());
            if (earlier.isPresent()) return duplicate("canonical", listedCanonical, earlier.get());
            RawArticle.Builder builder = work.article(source, page, document, canonical);
            if (builder.getTitle() == null) builder.setTitle(item.title());
            if (builder.getPublished() == null && item.published() != null) builder.setPublished(item.published());
            RawArticle article = builder.build();

            Optional<SeenUrl> same = work.state().sameContent(article.getContentHash());
            if (same.isPresent() && sameHost(same.get().url(), canonical)) return duplicate("content", listedCanonical, same.get());
            if (same.isPresent()) work.metrics().copy("exact");
            else if (work.state().nearDuplicate(article.getSimhash()).isPresent()) work.metrics().copy("near");

            work.sink().article(article);
            work.metrics().article();
            long now = work.clock().millis();
            PageVersion version = ArticleVersions.first(source.name(), item.url().strip(), page.validators().etag(), page.validators().lastModified(),
                    item.title(), article);
            work.state().record(new SeenUrl(canonical, SeenUrl.ARTICLE, article.getId(), article.getContentHash(), article.getSimhash(), null, attempt, now, version));
            if (!canonical.equals(listedCanonical)) work.state().record(new SeenUrl(listedCanonical, SeenUrl.DUPLICATE, article.getId(), article.getContentHash(), null, null, attempt, now, null));
            return true;
        } catch (InputRejectedException e) {
            work.failures().report(item.url(), e, page == null ? null : page.body(), attempt);
            work.state().record(new SeenUrl(listedCanonical, SeenUrl.FAILED, null, null, null, e.reason().code(), attempt, work.clock().millis(), null));
        }
        return false;
    }

    private boolean duplicate(String kind, String listedCanonical, SeenUrl original) {
        log.debug("{} is a duplicate ({}) of {}", listedCanonical, kind, original.url());
        work.metrics().duplicate(kind);
        work.state().record(new SeenUrl(listedCanonical, SeenUrl.DUPLICATE, original.articleId(), original.contentHash(), null, null, 1, work.clock().millis(), null));
        return false;
    }

    /** The page's stated canonical URL when it is a valid http(s) URL, else the URL that answered; canonicalised. */
    private static String pageCanonical(Document document, FetchResponse page) {
        String stated = UrlCanonicalizer.canonicalize(document.article().canonicalUrl());
        if (stated != null) return stated;
        String fetched = UrlCanonicalizer.canonicalize(page.uri().toString());
        return fetched != null ? fetched : page.uri().toString();
    }

    private static boolean sameHost(String a, String b) {
        try {
            return URI.create(a).getHost().equalsIgnoreCase(URI.create(b).getHost());
        } catch (RuntimeException e) {
            return false;
        }
    }
}

package io.newsflow.ingest.sources;

import io.newsflow.ingest.fetch.FetchResponse;
import io.newsflow.ingest.fetch.Validators;
import io.newsflow.ingest.metrics.IngestMetrics;
import io.newsflow.ingest.rejection.InputRejectedException;
import io.newsflow.ingest.settings.SourceSettings;
import io.newsflow.ingest.state.PageVersion;
import io.newsflow.ingest.state.SeenUrl;
import io.newsflow.ingest.updates.ArticleVersions;
import io.newsflow.ingest.updates.RecheckSchedule;
import io.newsflow.schemas.RawArticle;

import java.util.Optional;

/**
 * Fetches an article page again while it is young ({@link RecheckSchedule}) and produces a changed text as the next
 * version of the same article ({@link ArticleVersions}). The request is conditional (the last answer's ETag and
 * Last-Modified) and goes through the same {@link HttpFetcher} as every fetch: address guard, robots.txt, host pacing.
 * Outcomes, counted by {@link IngestMetrics#rechecked(String)}: {@code not-modified} (304) and {@code unchanged} (the
 * same text) produce nothing; {@code updated} produces version n+1; {@code failed} is a dead letter with its reason.
 * Every outcome records the check, so the page is next due at its next recheck age. An update is never deduplicated
 * against the article's own earlier versions nor counted as a copy: it is the same article.
 */
final class PageRechecker {
    private final PageWork work;
    private final RecheckSchedule schedule;
    private final PageReader reader = new PageReader();

    PageRechecker(PageWork work, RecheckSchedule schedule) {
        this.work = work;
        this.schedule = schedule;
    }

    /** Whether the article page at {@code canonical} is due for a recheck now. */
    boolean due(String canonical) {
        return work.state().seen(canonical).filter(SeenUrl::recheckable).map(s -> schedule.due(s.page(), work.clock().instant())).orElse(false);
    }

    /** Fetches the page at {@code canonical} again; returns whether a new version was produced. */
    boolean recheck(SourceSettings source, String canonical) throws InterruptedException {
        SeenUrl seen = work.state().seen(canonical).filter(SeenUrl::recheckable).orElseThrow(
                () -> new IllegalStateException(canonical + " is not an article page that can be rechecked"));
        PageVersion version = seen.page();
        FetchResponse page = null;
        try {
            page = work.fetch(version.fetchUrl(), new Validators(version.etag(), version.lastModified()));
            long now = work.clock().millis();
            if (page.notModified()) {
                work.metrics().rechecked("not-modified");
                work.state().record(seen.with(seen.contentHash(), seen.simhash(), version.checked(now)));
                return false;
            }
            RawArticle.Builder fetched = work.article(source, page, reader.read(page), canonical);
            String etag = page.validators().etag();
            String lastModified = page.validators().lastModified();
            Optional<RawArticle> next = ArticleVersions.next(seen, fetched);
            if (next.isEmpty()) {
                work.metrics().rechecked("unchanged");
                work.state().record(seen.with(seen.contentHash(), seen.simhash(), version.checked(now, etag, lastModified)));
                return false;
            }
            RawArticle article = next.get();
            work.sink().article(article);
            work.metrics().rechecked("updated");
            work.state().record(seen.with(article.getContentHash(), article.getSimhash(), version.next(now, etag, lastModified)));
            return true;
        } catch (InputRejectedException e) {
            failed(seen, e, page == null ? null : page.body());
        }
        return false;
    }

    /** A recheck that failed is a dead letter; the page stays the article it was and is due at its next age. */
    private void failed(SeenUrl seen, InputRejectedException e, byte[] body) {
        work.metrics().rechecked("failed");
        work.failures().report(seen.page().fetchUrl(), e, body, seen.attempts());
        work.state().record(seen.with(seen.contentHash(), seen.simhash(), seen.page().checked(work.clock().millis())));
    }
}

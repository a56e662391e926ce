package io.newsflow.ingest.model;

import io.newsflow.ingest.dedup.SimHash;
import io.newsflow.ingest.extract.ExtractedArticle;
import io.newsflow.ingest.rejection.InputRejectedException;
import io.newsflow.schemas.Citation;
import io.newsflow.schemas.ContentHash;
import io.newsflow.schemas.DeadLetterReason;
import io.newsflow.schemas.Link;
import io.newsflow.schemas.RawArticle;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The one mapping from an extracted {@link Document} to a {@link RawArticle}, shared by file and web ingest: text,
 * metadata, links, citations, content hash, SimHash, HTML size and hash. Callers add what only they know (fetch
 * metadata, the outlet's country).
 */
public final class RawArticles {
    private RawArticles() {}

    /**
     * A builder with every field the document determines.
     *
     * @param canonicalUrl the article's canonical URL (the id's basis), or null when there is none (a local file)
     * @param url          where it was read (an http(s) URL or a file: URI)
     * @param source       the configured source's name
     * @param fetchedAt    when it was read; stored to the millisecond
     * @throws InputRejectedException {@code EMPTY_TEXT} when the document has no article text
     */
    public static RawArticle.Builder builder(Document document, String canonicalUrl, String url, String source, Instant fetchedAt)
            throws InputRejectedException {
        ExtractedArticle extracted = document.article();
        if (extracted.text().isBlank()) throw new InputRejectedException(DeadLetterReason.EMPTY_TEXT, "no article text found in " + url);
        String contentHash = ContentHash.sha256(extracted.text());
        return RawArticle.newBuilder()
                .setId(ContentHash.articleId(canonicalUrl != null ? canonicalUrl : contentHash))
                .setUrl(url)
                .setSource(source)
                .setFetchedAt(fetchedAt.truncatedTo(ChronoUnit.MILLIS)) // the schema stores millis
                .setPublished(instant(extracted.published()))
                .setTitle(extracted.title())
                .setAuthors(extracted.authors())
                .setLanguage(extracted.language())
                .setText(extracted.text())
                .setContentHash(contentHash)
                .setCanonicalUrl(canonicalUrl)
                .setSiteName(extracted.siteName())
                .setModified(instant(extracted.modified()))
                .setHtmlLength(document.html() ? document.length() : null)
                .setHtmlHash(document.html() ? document.sha256() : null)
                .setLinks(extracted.links().stream().map(l -> new Link(l.url(), l.text())).toList())
                .setCitations(extracted.citations().stream().map(c -> new Citation(c.marker(), c.start(), c.targetUrl())).toList())
                .setSimhash(SimHash.of(extracted.text()));
    }

    /** The schema stores instants to the millisecond; the page's own offset is not kept. */
    private static Instant instant(java.time.OffsetDateTime time) {
        return time == null ? null : time.toInstant().truncatedTo(ChronoUnit.MILLIS);
    }
}

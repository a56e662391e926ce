package io.newsflow.ingest.state;

/**
 * What ingest keeps about the current version of a fetched article page so it can fetch it again while it is young
 * and tell a changed text from an unchanged one: where and for which source it was fetched, the validators of the last
 * answer (sent back as {@code If-None-Match} / {@code If-Modified-Since}), the version number, when version 1 was
 * fetched and when the page was last fetched, and the publication time of version 1 (later versions keep it, so
 * every version lands in the same time-based index), and the title the listing gave (a later version whose page states
 * no title takes it, as version 1 did). The text hash is {@link SeenUrl#contentHash()}.
 *
 * @param source         name of the configured source that listed the page
 * @param fetchUrl       the URL to fetch again (as listed; redirects are followed again)
 * @param etag           ETag of the last answer, or null
 * @param lastModified   Last-Modified of the last answer, or null
 * @param version        the current version, 1 for the first text
 * @param firstFetchedAt when version 1 was fetched, epoch millis
 * @param checkedAt      when the page was last fetched (first fetch or recheck), epoch millis
 * @param published      publication time of version 1, epoch millis, or null when it stated none
 * @param listedTitle    the title the feed or sitemap listed the page with, or null (also in state written before it
 *                       was kept)
 */
public record PageVersion(String source, String fetchUrl, String etag, String lastModified, int version,
                          long firstFetchedAt, long checkedAt, Long published, String listedTitle) {

    /** This version, fetched again at {@code at} without a new text, with the answer's validators. */
    public PageVersion checked(long at, String newEtag, String newLastModified) {
        return new PageVersion(source, fetchUrl, newEtag, newLastModified, version, firstFetchedAt, at, published, listedTitle);
    }

    /** This version, fetched again at {@code at} with no usable answer (a 304, a failure): only the time moves. */
    public PageVersion checked(long at) {
        return checked(at, etag, lastModified);
    }

    /** The next version, fetched at {@code at} with the answer's validators. */
    public PageVersion next(long at, String newEtag, String newLastModified) {
        return new PageVersion(source, fetchUrl, newEtag, newLastModified, version + 1, firstFetchedAt, at, published, listedTitle);
    }
}

package io.newsflow.ingest.state;

/**
 * What ingest did with one canonical URL, so a restart neither fetches it again nor forgets it.
 *
 * @param url         canonical URL (the state key)
 * @param status      {@link #ARTICLE} produced, {@link #DUPLICATE} a copy of an earlier article (not produced again),
 *                    or {@link #FAILED} dead-lettered with {@code reason}
 * @param articleId   id of the article produced (or of the earlier one it duplicates); null when failed
 * @param contentHash SHA-256 of the text; null when failed
 * @param simhash     SimHash of the text; null when failed
 * @param reason      dead-letter reason code when failed, else null
 * @param attempts    how many times the URL was tried
 * @param at          when, epoch millis
 * @param page        for an article fetched over HTTP ({@link #ARTICLE}), its current version and what a recheck needs;
 *                    null otherwise, and in state written before updated articles were looked for (never rechecked)
 */
public record SeenUrl(String url, String status, String articleId, String contentHash, Long simhash, String reason,
                      int attempts, long at, PageVersion page) {
    public static final String ARTICLE = "ARTICLE";
    public static final String DUPLICATE = "DUPLICATE";
    public static final String FAILED = "FAILED";

    public boolean failed() {
        return FAILED.equals(status);
    }

    /** Whether this is an article page that may be fetched again for updates. */
    public boolean recheckable() {
        return ARTICLE.equals(status) && page != null;
    }

    /** The same URL at a new version or check: {@code contentHash}, {@code simhash} and {@code page} replaced. */
    public SeenUrl with(String newContentHash, Long newSimhash, PageVersion newPage) {
        return new SeenUrl(url, status, articleId, newContentHash, newSimhash, reason, attempts, newPage.checkedAt(), newPage);
    }
}

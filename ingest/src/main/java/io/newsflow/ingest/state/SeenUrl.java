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
 */
public record SeenUrl(String url, String status, String articleId, String contentHash, Long simhash, String reason,
                      int attempts, long at) {
    public static final String ARTICLE = "ARTICLE";
    public static final String DUPLICATE = "DUPLICATE";
    public static final String FAILED = "FAILED";

    public boolean failed() {
        return FAILED.equals(status);
    }
}

package io.newsflow.ingest.updates;

import io.newsflow.ingest.state.PageVersion;
import io.newsflow.ingest.state.SeenUrl;
import io.newsflow.schemas.RawArticle;

import java.time.Instant;
import java.util.Optional;

/**
 * The version rules of an article fetched again: the text hash decides. The same text is not a new version (the page
 * changed elsewhere: markup, a counter, an ad); a changed text is version n+1 of the same article (the same id), with
 * the replaced version's text hash, version 1's fetch time and publication time (a publication time does not change
 * with a correction, and together they keep every version in one time-based index), a modification time: the one
 * the page states, else the time the change was found, and, when the page states no title, the title it was listed
 * with (as version 1 had it).
 */
public final class ArticleVersions {
    private ArticleVersions() {}

    /**
     * What the state keeps about version 1 of an article page: fetched at its {@code fetchedAt}; {@code listedTitle}
     * is the title its listing gave, or null.
     */
    public static PageVersion first(String source, String fetchUrl, String etag, String lastModified, String listedTitle,
                                    RawArticle article) {
        long at = article.getFetchedAt().toEpochMilli();
        return new PageVersion(source, fetchUrl, etag, lastModified, 1, at, at,
                article.getPublished() == null ? null : article.getPublished().toEpochMilli(), listedTitle);
    }

    /**
     * The next version of {@code previous} from its page fetched again ({@code fetched}: the article as read now,
     * its {@code fetchedAt} set); empty when its text is unchanged.
     */
    public static Optional<RawArticle> next(SeenUrl previous, RawArticle.Builder fetched) {
        if (fetched.getContentHash().equals(previous.contentHash())) return Optional.empty();
        PageVersion page = previous.page();
        fetched.setId(previous.articleId())
                .setVersion(page.version() + 1)
                .setPreviousTextHash(previous.contentHash())
                .setFirstFetchedAt(Instant.ofEpochMilli(page.firstFetchedAt()))
                .setPublished(page.published() == null ? null : Instant.ofEpochMilli(page.published()));
        if (fetched.getModified() == null) fetched.setModified(fetched.getFetchedAt());
        if (fetched.getTitle() == null) fetched.setTitle(page.listedTitle());
        return Optional.of(fetched.build());
    }
}

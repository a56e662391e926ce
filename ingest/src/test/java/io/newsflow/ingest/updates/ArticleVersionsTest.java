package io.newsflow.ingest.updates;

import io.newsflow.ingest.state.PageVersion;
import io.newsflow.ingest.state.SeenUrl;
import io.newsflow.schemas.ContentHash;
import io.newsflow.schemas.RawArticle;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleVersionsTest {
    static final Instant FIRST = Instant.parse("2026-12-01T10:00:00Z");
    static final Instant PUBLISHED = Instant.parse("2026-12-01T09:30:00Z");
    static final Instant NOW = Instant.parse("2026-12-01T11:00:00Z");

    static RawArticle.Builder fetched(String text) {
        return RawArticle.newBuilder().setId(ContentHash.articleId("https://example.org/a")).setSource("feed")
                .setFetchedAt(NOW).setText(text).setContentHash(ContentHash.sha256(text));
    }

    static final String LISTED_TITLE = "Railway talks resume";

    static SeenUrl version(int n, String text) {
        PageVersion page = new PageVersion("feed", "https://example.org/a", "\"e1\"", null, n, FIRST.toEpochMilli(),
                FIRST.toEpochMilli(), PUBLISHED.toEpochMilli(), LISTED_TITLE);
        return new SeenUrl("https://example.org/a", SeenUrl.ARTICLE, ContentHash.articleId("https://example.org/a"),
                ContentHash.sha256(text), 1L, null, 1, FIRST.toEpochMilli(), page);
    }

    @Test
    void theSameTextIsNoNewVersion() {
        assertThat(ArticleVersions.next(version(1, "Talks began."), fetched("Talks began."))).isEmpty();
    }

    @Test
    void aChangedTextIsTheNextVersionOfTheSameArticle() {
        SeenUrl previous = version(1, "Talks began.");
        RawArticle next = ArticleVersions.next(previous, fetched("Talks began. They ended at noon.").setPublished(NOW)).orElseThrow();

        assertThat(next.getId()).isEqualTo(previous.articleId());
        assertThat(next.getVersion()).isEqualTo(2);
        assertThat(next.getPreviousTextHash()).isEqualTo(ContentHash.sha256("Talks began."));
        assertThat(next.getFirstFetchedAt()).isEqualTo(FIRST);
        assertThat(next.getPublished()).as("version 1's publication time, whatever the page says now").isEqualTo(PUBLISHED);
        assertThat(next.getModified()).as("no stated modification time: when the change was found").isEqualTo(NOW);
        assertThat(next.getFetchedAt()).isEqualTo(NOW);
    }

    @Test
    void aStatedModificationTimeIsKeptAndVersionsCountOn() {
        Instant stated = Instant.parse("2026-12-01T10:45:00Z");
        RawArticle third = ArticleVersions.next(version(2, "Second text."), fetched("Third text.").setModified(stated)).orElseThrow();
        assertThat(third.getVersion()).isEqualTo(3);
        assertThat(third.getModified()).isEqualTo(stated);
    }

    @Test
    void aPageWithoutATitleKeepsTheTitleItWasListedWith() {
        RawArticle next = ArticleVersions.next(version(1, "Talks began."), fetched("Talks began. They ended at noon.")).orElseThrow();
        assertThat(next.getTitle()).as("only the feed gave a title: version 2 has it too").isEqualTo(LISTED_TITLE);
    }

    @Test
    void aTitleThePageStatesWinsOverTheListedOne() {
        RawArticle next = ArticleVersions.next(version(1, "Talks began."),
                fetched("Talks began. They ended at noon.").setTitle("Railway talks end")).orElseThrow();
        assertThat(next.getTitle()).isEqualTo("Railway talks end");
    }

    @Test
    void theFirstVersionKeepsWhatARecheckNeeds() {
        RawArticle article = fetched("Talks began.").setPublished(PUBLISHED).build();
        PageVersion first = ArticleVersions.first("feed", "https://example.org/a?utm=x", "\"e1\"", "Tue, 01 Dec 2026 10:00:00 GMT",
                LISTED_TITLE, article);
        assertThat(first).as("first fetched when the article says it was fetched, to the millisecond")
                .isEqualTo(new PageVersion("feed", "https://example.org/a?utm=x", "\"e1\"", "Tue, 01 Dec 2026 10:00:00 GMT",
                        1, NOW.toEpochMilli(), NOW.toEpochMilli(), PUBLISHED.toEpochMilli(), LISTED_TITLE));
    }
}

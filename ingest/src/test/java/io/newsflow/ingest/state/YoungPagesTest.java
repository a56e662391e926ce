package io.newsflow.ingest.state;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The recheck set: bounded, oldest out first, past the horizon forgotten, rebuilt from the state log after a restart. */
class YoungPagesTest {

    static SeenUrl article(String url, long firstFetchedAt) {
        return new SeenUrl(url, SeenUrl.ARTICLE, "id-" + url, "hash-" + url, 1L, null, 1, firstFetchedAt,
                new PageVersion("feed", url, null, null, 1, firstFetchedAt, firstFetchedAt, null, "Listed " + url));
    }

    @Test
    void pastItsCapacityThePageFirstFetchedLongestAgoLeaves() {
        YoungPages pages = new YoungPages(2);
        pages.track(article("b", 200));
        pages.track(article("a", 100));
        pages.track(article("c", 300));
        assertThat(pages.since(0)).containsExactly("b", "c");
    }

    @Test
    void pagesBeforeTheHorizonAreDroppedAndOnlyRecheckableArticlesAreTracked() {
        YoungPages pages = new YoungPages(10);
        pages.track(article("old", 100));
        pages.track(article("young", 500));
        pages.track(new SeenUrl("dup", SeenUrl.DUPLICATE, "id", "h", null, null, 1, 600, null));
        pages.track(new SeenUrl("legacy", SeenUrl.ARTICLE, "id", "h", 1L, null, 1, 600, null)); // state from before updates
        assertThat(pages.since(400)).containsExactly("young");
        assertThat(pages.size()).isEqualTo(1);
        pages.track(new SeenUrl("young", SeenUrl.FAILED, null, null, null, "HTTP_ERROR", 1, 700, null));
        assertThat(pages.since(0)).isEmpty();
    }

    @Test
    void theRecheckSetAndEachPagesVersionSurviveARestart() {
        MemoryLog log = new MemoryLog();
        IngestState before = IngestState.load(log, 10);
        SeenUrl v1 = article("https://example.org/a", 1_000);
        before.record(v1);
        before.record(v1.with("hash-2", 2L, v1.page().next(2_000, "\"e2\"", null)));
        before.checkpoint(() -> {});

        IngestState after = IngestState.load(log, 10);
        assertThat(after.young(0)).singleElement().satisfies(s -> {
            assertThat(s.contentHash()).isEqualTo("hash-2");
            assertThat(s.page().version()).isEqualTo(2);
            assertThat(s.page().etag()).isEqualTo("\"e2\"");
            assertThat(s.page().firstFetchedAt()).isEqualTo(1_000);
            assertThat(s.page().checkedAt()).isEqualTo(2_000);
            assertThat(s.page().listedTitle()).isEqualTo("Listed https://example.org/a");
        });
        assertThat(after.young(1_001)).isEmpty();
    }

    @Test
    void stateWrittenBeforeUpdatesIsReadWithoutAPage() {
        MemoryLog log = new MemoryLog();
        log.entries.put("url|https://example.org/old", ("{\"url\":\"https://example.org/old\",\"status\":\"ARTICLE\",\"articleId\":\"x\","
                + "\"contentHash\":\"h\",\"simhash\":1,\"attempts\":1,\"at\":5}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        IngestState state = IngestState.load(log, 10);
        assertThat(state.seen("https://example.org/old")).hasValueSatisfying(s -> assertThat(s.page()).isNull());
        assertThat(state.young(0)).isEmpty();
    }

    static final class MemoryLog implements StateLog {
        final Map<String, byte[]> entries = new LinkedHashMap<>();

        @Override public void replay(BiConsumer<String, byte[]> entry) { entries.forEach(entry); }
        @Override public void append(Map<String, byte[]> batch) { entries.putAll(batch); }
        @Override public void close() {}
    }
}

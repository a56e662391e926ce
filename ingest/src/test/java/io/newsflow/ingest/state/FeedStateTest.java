package io.newsflow.ingest.state;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A feed's last poll survives a restart, in today's record format and in the one written before session 12. */
class FeedStateTest {
    static final String FEED = "https://example.org/rss.xml";

    @Test
    void theLastPollSurvivesARestart() {
        YoungPagesTest.MemoryLog log = new YoungPagesTest.MemoryLog();
        IngestState before = IngestState.load(log, 10);
        before.record(new FeedState(FEED, 1_234L));
        before.checkpoint(() -> {});

        assertThat(IngestState.load(log, 10).feed(FEED)).contains(new FeedState(FEED, 1_234L));
    }

    /** Records from before session 12 also carry the validators, which are no longer kept here: they are ignored. */
    @Test
    void aRecordWithTheOldValidatorsIsStillRead() {
        YoungPagesTest.MemoryLog log = new YoungPagesTest.MemoryLog();
        log.entries.put(IngestState.FEED_KEY + FEED, ("{\"url\":\"" + FEED + "\",\"etag\":\"\\\"v1\\\"\","
                + "\"lastModified\":\"Tue, 01 Dec 2026 10:00:00 GMT\",\"polledAt\":5678}").getBytes(StandardCharsets.UTF_8));

        assertThat(IngestState.load(log, 10).feed(FEED)).contains(new FeedState(FEED, 5_678L));
    }
}

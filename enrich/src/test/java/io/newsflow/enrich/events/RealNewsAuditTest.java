package io.newsflow.enrich.events;

import io.newsflow.devstack.SharedData;
import io.newsflow.schemas.Event;
import io.newsflow.schemas.EventActor;
import io.newsflow.schemas.EventType;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The judged events of real news: their keys find the coder's events again, and the articles they name are there. */
class RealNewsAuditTest {

    @Test
    void aJudgedEventIsFoundByItsDocumentSentenceTypeAndActors() {
        RealNewsAudit audit = RealNewsAudit.bundled();
        // a record of the file (Trump "congratulates" China, a headline judged wrong), as a coder would emit it again
        Event judged = event(0, 58, EventType.SUPPORT, "nf:person/donald-trump", "Donald Trump", "Q148", "China");
        assertThat(audit.verdict("au_ninenews_20260704", judged)).isFalse();
        assertThat(audit.verdict("au_ninenews_20260704", event(0, 58, EventType.ACCUSE, "nf:person/donald-trump", "Donald Trump", "Q148", "China")))
                .as("another type: no one judged it").isNull();
        assertThat(audit.verdict("au_ninenews_20260705", judged)).as("another document").isNull();
    }

    @Test
    void aPublicationTimeIsReadAsItsUtcDayAsAnalyzeReadsIt() {
        assertThat(RealNewsAudit.utcDay("2024-10-15T00:00:00+08:00")).isEqualTo(java.time.LocalDate.of(2024, 10, 14));
        assertThat(RealNewsAudit.utcDay("2024-10-15T10:00:00")).isEqualTo(java.time.LocalDate.of(2024, 10, 15));
        assertThat(RealNewsAudit.utcDay("2024-10-15")).isEqualTo(java.time.LocalDate.of(2024, 10, 15));
        assertThat(RealNewsAudit.utcDay("")).isNull();
    }

    @Test
    void everyAuditedArticleIsInTheSharedDevSet() throws Exception {
        Path shared = SharedData.root();
        assumeTrue(Files.isRegularFile(shared.resolve("datasets/extraction-dev/gold.jsonl")),
                "no shared extraction-dev set at " + shared + " (set NEWSFLOW_SHARED): the audited articles are read from it");
        List<RealNewsAudit.Article> articles = RealNewsAudit.articles(shared);
        assertThat(articles).hasSize(84).allSatisfy(a -> assertThat(a.text()).contains("\n\n"));
        java.util.Set<String> judged = RealNewsAudit.bundled().documents();
        assertThat(judged).hasSize(79);
        assertThat(articles.stream().map(RealNewsAudit.Article::id).toList()).containsAll(judged);
    }

    private static Event event(int start, int end, EventType type, String sourceId, String sourceName, String targetId, String targetName) {
        Event e = new Event();
        e.setSentenceStart(start);
        e.setSentenceEnd(end);
        e.setType(type);
        e.setSource(new EventActor(sourceId, sourceName, null, null));
        e.setTarget(new EventActor(targetId, targetName, null, null));
        return e;
    }
}

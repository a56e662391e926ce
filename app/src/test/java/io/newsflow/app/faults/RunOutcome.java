package io.newsflow.app.faults;

import io.newsflow.schemas.EnrichedArticle;
import io.newsflow.schemas.Event;
import io.newsflow.schemas.TopicTail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a fault-test run ended with: index documents (story-neutral, see {@link StoryNeutral}), how often each id is on
 * the committed output topics, the records of aborted transactions ({@code read_uncommitted} count minus
 * {@code read_committed} count over enriched-articles and events) and the dead-letter count.
 */
record RunOutcome(Map<String, Map<String, Object>> articles, Map<String, Map<String, Object>> events,
                  Map<String, Long> enrichedOnTopic, Map<String, Long> eventsOnTopic, long abortedRecords, int deadLetters) {
    /** Time between two looks at a run that may have settled. */
    static final Duration SETTLE_CHECK = Duration.ofSeconds(5);

    /**
     * Waits until the run has settled, then reads everything. Settled: enrich has committed every raw article, the
     * committed enriched-articles and events topics hold as many distinct ids as the indexes hold documents, and those
     * numbers are the clean run's (for a faulty run) or did not change over {@link #SETTLE_CHECK} (without one:
     * story linking, behind the story-linking topic, writes after the raw articles are committed). Each look reads only
     * the records committed since the previous one ({@link TopicTail}).
     */
    static RunOutcome settle(PipelineRun run, RunOutcome clean, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        Map<String, Long> enrichedIds = Map.of();
        Map<String, Long> eventIds = Map.of();
        List<EnrichedArticle> enriched = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        try (var enrichedTail = new TopicTail<>(run.bootstrapServers(), run.topics().enrichedArticles(), true);
             var eventsTail = new TopicTail<>(run.bootstrapServers(), run.topics().events(), true)) {
            for (int check = 0; System.nanoTime() < deadline; check++) {
                Thread.sleep(SETTLE_CHECK.toMillis());
                long backlog = run.enrichBacklog();
                if (backlog > 0) continue;
                int before = enrichedIds.size() + eventIds.size();
                enriched.addAll(enrichedTail.readNew());
                events.addAll(eventsTail.readNew());
                enrichedIds = PipelineRun.occurrences(enriched, EnrichedArticle::getId);
                eventIds = PipelineRun.occurrences(events, Event::getId);
                long indexedArticles = run.articleCount();
                long indexedEvents = run.eventCount();
                boolean complete = clean == null ? enrichedIds.size() + eventIds.size() == before
                        : enrichedIds.size() == clean.articles().size() && eventIds.size() == clean.events().size();
                if (complete && indexedArticles == enrichedIds.size() && indexedEvents == eventIds.size()) break;
                if (check % 6 == 0) run.note("settling: %d articles and %d events on the committed topics, %d and %d indexed",
                        enrichedIds.size(), eventIds.size(), indexedArticles, indexedEvents);
            }
        }
        run.note("settled: %d articles and %d events on the committed topics (%d and %d records)", enrichedIds.size(),
                eventIds.size(), enriched.size(), events.size());
        long aborted = run.topic(run.topics().enrichedArticles(), false).size() - enriched.size()
                + run.topic(run.topics().events(), false).size() - events.size();
        var articleDocs = run.articleDocuments();
        assertThat(StoryNeutral.firstReportsPerStory(articleDocs)).as(run.name + ": one first report per story")
                .allSatisfy((story, firsts) -> assertThat(firsts).isOne());
        int deadLetters = run.topic(run.topics().deadLetters(), true).size();
        run.note("%d records of aborted transactions, %d dead letters", aborted, deadLetters);
        return new RunOutcome(StoryNeutral.articles(articleDocs), StoryNeutral.events(run.eventDocuments(), articleDocs),
                enrichedIds, eventIds, aborted, deadLetters);
    }

    /**
     * For a run without a clean one to compare with: {@code expected} articles, each once on the committed topic and in
     * the articles index, and every event once on the committed topic and in the events index.
     */
    void assertEachOnce(int expected) {
        assertThat(enrichedOnTopic).hasSize(expected).allSatisfy((id, n) -> assertThat(n).isOne());
        assertThat(eventsOnTopic).isNotEmpty().allSatisfy((id, n) -> assertThat(n).isOne());
        assertThat(articles.keySet()).isEqualTo(enrichedOnTopic.keySet());
        assertThat(events.keySet()).isEqualTo(eventsOnTopic.keySet());
    }
}

package io.newsflow.app.pipeline;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.newsflow.app.config.ConfigLoader;
import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.devstack.DevStack;
import io.newsflow.devstack.site.Articles;
import io.newsflow.devstack.site.Corpus;
import io.newsflow.devstack.site.LoopbackNewsSite;
import io.newsflow.index.articles.ArticleDocument;
import io.newsflow.index.events.EventDocument;
import io.newsflow.index.write.DocumentVersion;
import io.newsflow.ingest.IngestService;
import io.newsflow.ingest.settings.IngestSettings;
import io.newsflow.ingest.settings.SourceSettings;
import io.newsflow.ingest.settings.SourceType;
import io.newsflow.ingest.settings.UpdateSettings;
import io.newsflow.schemas.RawArticle;
import io.newsflow.schemas.TopicRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 end to end, on the embedded broker and node: three pages of the loopback site are ingested, enriched and
 * indexed; then one page's text changes (a sentence that coded an event is corrected), one page is left alone (304 to
 * its ETag) and one changes its markup only (a new ETag, the same text). A second ingest process, its state replayed
 * from the ingest-state topic, rechecks them: only the changed text is produced again, as version 2 of the same
 * article, and the articles index ends with one document per article, the changed one at version 2 with the new text
 * and the previous text's hash, and none of version 1's events left.
 */
class UpdatedArticlesIT {
    static final String FREEZE = "Pashinyan later froze Armenia's participation in the CSTO.";
    static final String CORRECTION = "Pashinyan later said Armenia would stay in the CSTO for now.";
    static final Instant PUBLISHED = Instant.parse("2026-11-30T08:00:00Z");
    static final String[][] TEXTS = {
            {"In a phone call, Putin, Russia's President, wished Armenia's Prime Minister, Nikol Pashinyan, a happy birthday. " + FREEZE,
                    "The call came a week after talks between the two foreign ministries on the railway concession and on gas prices for the coming winter."},
            {"Armenia and Russia signed an addendum to their natural gas supply agreement, keeping the border price unchanged for the coming year.",
                    "The energy minister said the deal protects households from a winter price rise, while critics argued that it deepens dependence on a single supplier."},
            {"Wheat deliveries from southern Russia to Armenia resumed after the Upper Lars checkpoint reopened following three days of snowstorms.",
                    "Hundreds of lorries had queued on both sides of the mountain pass, and traders in Yerevan reported a short rise in flour prices."}};

    /** Three short Russia–Armenia stories (the first codes a consultation and a sanction), one page each. */
    static final class Stories implements Corpus {
        @Override public int size() { return TEXTS.length; }
        @Override public String title(int n) { return "Story " + n; }
        @Override public Instant published(int n) { return PUBLISHED.plusSeconds(60L * n); }
        @Override public String page(String base, int n) {
            StringBuilder paragraphs = new StringBuilder();
            for (String p : TEXTS[n]) paragraphs.append("<p>").append(p).append("</p>\n");
            return Articles.html("en", title(n), base + "/articles/" + n + ".html", published(n), paragraphs.toString());
        }
    }

    @TempDir Path dir;

    @Test
    void aChangedPageEndsAsOneDocumentAtVersion2AndUnchangedPagesProduceNothing() throws Exception {
        DevStack stack = DevStack.shared();
        try (LoopbackNewsSite site = LoopbackNewsSite.start(1, new Stories(), Duration.ZERO)) {
            // names of its own: the stack is shared with the module's other tests
            Path file = Files.writeString(dir.resolve("updates.yaml"), """
                    kafka: {topicPrefix: updates-it.}
                    enrich: {applicationId: updates-it-enrich}
                    index: {articlesIndex: updates-it-articles, eventsIndex: updates-it-events, groupId: updates-it-index}
                    """);
            NewsflowConfig config = ConfigLoader.load(file, Map.of())
                    .forDevStack(stack.bootstrapServers(), stack.elasticsearchUrl(), dir.resolve("enrich-state").toString());
            IngestSettings ingest = config.ingest()
                    .with(List.of(SourceSettings.of("loopback", SourceType.FEED, site.feedUrl(site.hosts().getFirst()))),
                            config.ingest().fetch().allowing(site.allowHosts()).pacedAt(Duration.ZERO))
                    .with(new UpdateSettings(List.of(Duration.ofSeconds(1), Duration.ofHours(1)), Duration.ofHours(2), 100));
            try (Pipeline pipeline = new Pipeline(config)) {
                pipeline.createTopics();
                pipeline.startEnrich();
                pipeline.startIndexer();
                ElasticsearchClient es = pipeline.elasticsearch();
                String articles = config.index().articlesIndex();

                try (IngestService first = new IngestService(stack.bootstrapServers(), config.topics(), ingest)) {
                    first.runOnce();
                    assertThat(first.metrics().count("newsflow.ingest.articles")).isEqualTo(3);
                }
                await(() -> documents(es, articles).size() == 3, "the three articles indexed");
                String id = documents(es, articles).stream().map(Hit::source).filter(d -> d.title().equals("Story 0")).findFirst().orElseThrow().id();
                String events = config.index().eventsIndex();
                await(() -> eventTypes(es, events, id).contains("SANCTION"), "version 1's events indexed");

                site.revise(0, page -> page.replace(FREEZE, CORRECTION));
                site.restyle(2);
                Thread.sleep(1_500); // let the 1 s recheck age pass: a wait, not a measurement
                try (IngestService second = new IngestService(stack.bootstrapServers(), config.topics(), ingest)) {
                    second.runOnce();
                    assertThat(second.metrics().rechecks("updated")).isEqualTo(1);
                    assertThat(second.metrics().rechecks("not-modified")).as("article 1: 304").isEqualTo(1);
                    assertThat(second.metrics().rechecks("unchanged")).as("article 2: new markup, same text").isEqualTo(1);
                    assertThat(second.metrics().count("newsflow.ingest.articles")).as("no page is ingested as new again").isZero();
                }

                List<RawArticle> raw = TopicRecords.read(stack.bootstrapServers(), config.topics().rawArticles(), 4);
                assertThat(raw).as("three first versions and one update; the unchanged pages produced nothing").hasSize(4);
                RawArticle v2 = raw.stream().filter(r -> r.getVersion() == 2).findFirst().orElseThrow();
                RawArticle v1 = raw.stream().filter(r -> r.getId().equals(v2.getId()) && r.getVersion() == 1).findFirst().orElseThrow();
                assertThat(v2.getPreviousTextHash()).isEqualTo(v1.getContentHash());

                await(() -> documents(es, articles).stream().anyMatch(h -> h.source().version() == 2), "version 2 indexed");
                List<Hit<ArticleDocument>> docs = documents(es, articles);
                assertThat(docs).as("one document per article: the update overwrote its first version").hasSize(3);
                ArticleDocument updated = docs.stream().map(Hit::source).filter(d -> d.id().equals(v2.getId())).findFirst().orElseThrow();
                assertThat(updated.version()).isEqualTo(2);
                assertThat(updated.text()).contains(CORRECTION).doesNotContain(FREEZE);
                assertThat(updated.previousTextHash()).isEqualTo(v1.getContentHash());
                assertThat(updated.modified()).isNotNull();
                assertThat(updated.firstFetchedAt()).isEqualTo(v1.getFetchedAt());
                assertThat(docs.stream().map(Hit::source).filter(d -> !d.id().equals(v2.getId()))).allSatisfy(d -> assertThat(d.version()).isEqualTo(1));

                assertThat(v2.getId()).isEqualTo(id);
                await(() -> !eventTypes(es, events, id).contains("SANCTION"), "version 1's sanction event deleted");
                List<Hit<EventDocument>> left = eventHits(es, events, id);
                assertThat(left).as("the consultation is still coded in version 2").isNotEmpty();
                assertThat(left).as("no event of version 1 lingers").allSatisfy(h -> assertThat(DocumentVersion.textVersion(h.version())).isEqualTo(2));
            }
        }
    }

    static List<Hit<ArticleDocument>> documents(ElasticsearchClient es, String alias) {
        try {
            es.indices().refresh(r -> r.index(alias).ignoreUnavailable(true).allowNoIndices(true));
            return es.search(s -> s.index(alias).ignoreUnavailable(true).allowNoIndices(true).size(100), ArticleDocument.class).hits().hits();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Hit<EventDocument>> eventHits(ElasticsearchClient es, String alias, String articleId) {
        try {
            es.indices().refresh(r -> r.index(alias).ignoreUnavailable(true).allowNoIndices(true));
            return es.search(s -> s.index(alias).ignoreUnavailable(true).allowNoIndices(true).version(true).size(100)
                    .query(q -> q.term(t -> t.field("articleId").value(articleId))), EventDocument.class).hits().hits();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> eventTypes(ElasticsearchClient es, String alias, String articleId) {
        return eventHits(es, alias, articleId).stream().map(h -> h.source().type()).toList();
    }

    /** Waits until {@code done}; fails after {@link TopicRecords#PATIENCE} (a guard against a hung test, not a timing check). */
    static void await(java.util.function.BooleanSupplier done, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TopicRecords.PATIENCE.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("not reached within " + TopicRecords.PATIENCE + ": " + what);
            Thread.sleep(200);
        }
    }
}

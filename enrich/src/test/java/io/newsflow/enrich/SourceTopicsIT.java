package io.newsflow.enrich;

import io.newsflow.devstack.DevStack;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link SourceTopics} on a real broker: a topic there with its id is unchanged; deleted, or deleted and made again, it is not. */
class SourceTopicsIT {

    @Test
    void theStoryLinkingApplicationReadsItsTopicAndItsRepartitionTopic() {
        Topics topics = Topics.withPrefix("sources-names.");
        var settings = new EnrichSettings("sources-names", "unused", 1, 1);
        assertThat(SourceTopics.names(StoriesTopology.build(topics), settings.storiesApplicationId()))
                .containsExactlyInAnyOrder(topics.storyLinking().name(), "sources-names-by-day-and-pair-repartition");
    }

    @Test
    void aTopicIsUnchangedOnlyWhileItKeepsItsId() throws Exception {
        DevStack stack = DevStack.shared();
        Topics topics = Topics.withPrefix("sources-it.");
        stack.createTopics(topics.all().stream().map(Topic::name).toList(), 1);
        var settings = new EnrichSettings("sources-it", "unused", 1, 1);
        var analysis = new SourceTopics(AnalysisTopology.build(topics, ArticleEnricher.bundled(settings)),
                AnalysisTopology.config(stack.bootstrapServers(), settings));
        assertThat(analysis.names()).containsExactly(topics.rawArticles().name());

        assertThat(analysis.unchangedWithin(Duration.ofMillis(100))).as("nothing remembered yet").isFalse();
        analysis.remember();
        assertThat(analysis.unchangedWithin(Duration.ofSeconds(5))).isTrue();

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            admin.deleteTopics(List.of(topics.rawArticles().name())).all().get();
            assertThat(analysis.unchangedWithin(Duration.ofSeconds(1))).as("deleted").isFalse();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) { // the deletion completes in the background; until then the name is taken
            try {
                stack.createTopics(List.of(topics.rawArticles().name()), 1);
                break;
            } catch (java.util.concurrent.ExecutionException e) {
                if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException) || System.nanoTime() > deadline) throw e;
                Thread.sleep(200);
            }
        }
        assertThat(analysis.unchangedWithin(Duration.ofSeconds(5))).as("made again: a new id").isFalse();
    }
}

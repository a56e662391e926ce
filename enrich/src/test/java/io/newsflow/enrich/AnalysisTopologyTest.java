package io.newsflow.enrich;

import io.newsflow.schemas.Actor;
import io.newsflow.schemas.EnrichedArticle;
import io.newsflow.schemas.Event;
import io.newsflow.schemas.Topics;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The analysis application alone: raw articles in, analysed articles (not yet linked) on story-linking. */
class AnalysisTopologyTest {
    final Topics topics = Topics.withPrefix("t.");
    @TempDir Path stateDir;
    EnrichDrivers drivers;
    TopologyTestDriver driver;

    @BeforeEach
    void start() {
        drivers = EnrichDrivers.at(topics, stateDir);
        driver = drivers.analysis;
    }

    @AfterEach
    void stop() {
        drivers.close();
    }

    @Test
    void anAnalysedArticleGoesToStoryLinkingUnderItsIdWithoutAStoryYet() {
        var in = driver.createInputTopic(topics.rawArticles().name(), new StringSerializer(), topics.rawArticles().valueSerde().serializer());
        var analysed = EnrichDrivers.output(driver, topics.storyLinking());

        in.pipeInput("seed", EnrichTopologyTest.seedLike());

        var record = analysed.readKeyValue();
        EnrichedArticle article = record.value;
        assertThat(List.of(record.key, article.getId())).as("key, id").containsOnly("seed");
        assertThat(article.getActors()).extracting(Actor::getName).contains("Vladimir Putin", "Nikol Pashinyan").hasSize(5);
        assertThat(article.getEvents()).extracting(e -> e.getType().name()).containsExactly("CONSULT", "SANCTION");
        assertThat(article.getSyndicationClusterId()).as("linked by story linking, not here").isNull();
        assertThat(article.getEvents()).extracting(Event::getStoryId).containsOnlyNulls();
        assertThat(article.getEnrichedAt()).isEqualTo(EnrichDrivers.CLOCK.instant());
        assertThat(analysed.isEmpty()).isTrue();
        for (var topic : new String[] {topics.enrichedArticles().name(), topics.events().name(), topics.actorPairStats().name()}) {
            assertThat(driver.producedTopicNames()).as("story linking writes %s", topic).doesNotContain(topic);
        }
    }

    @Test
    void everyAnalysedArticleGoesToTheFirstPartitionWhateverTheTopicHas() {
        var partitioner = new AnalysisTopology.FirstPartition<String, EnrichedArticle>();
        assertThat(partitioner.partitions(topics.storyLinking().name(), "seed", null, 1)).isEqualTo(Optional.of(Set.of(0)));
        assertThat(partitioner.partitions(topics.storyLinking().name(), "other", null, 3)).isEqualTo(Optional.of(Set.of(0)));
    }
}

package io.newsflow.enrich;

import io.newsflow.schemas.Actor;
import io.newsflow.schemas.EnrichedArticle;
import io.newsflow.schemas.Event;
import io.newsflow.schemas.Topics;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
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

    /**
     * Story linking must see every article in one task: the analysis writes each to partition 0 of story-linking, keyed
     * by its article id whatever key the raw record had. The driver's topics have one partition, where any partitioner
     * picks 0, so this reads the partition the topology set on each record it handed the producer (a topology that left
     * the choice to the producer would set none) and asks {@link AnalysisTopology.FirstPartition} about more partitions.
     */
    @Test
    void everyAnalysedArticleGoesToPartitionZeroOfStoryLinkingUnderItsId() throws ReflectiveOperationException {
        var in = driver.createInputTopic(topics.rawArticles().name(), new StringSerializer(), topics.rawArticles().valueSerde().serializer());

        in.pipeInput("listed-under-another-key", EnrichTopologyTest.seedLike());
        in.pipeInput(null, EnrichTopologyTest.seedLike());

        var keys = topics.storyLinking().keySerde().deserializer();
        assertThat(written(topics.storyLinking().name())).hasSize(2).allSatisfy(r -> {
            assertThat(r.partition()).as("partition").isZero();
            assertThat(keys.deserialize(r.topic(), r.key())).as("key").isEqualTo("seed");
        });
        var partitioner = new AnalysisTopology.FirstPartition<String, EnrichedArticle>();
        for (int partitions : new int[] {2, 3, 12}) {
            assertThat(partitioner.partitions(topics.storyLinking().name(), "other", null, partitions)).as("of %d", partitions)
                    .isEqualTo(Optional.of(Set.of(0)));
        }
    }

    /**
     * The records the driver's producer was handed for {@code topic}, as sent (the driver's output topics drop the
     * partition). Reads the driver's private queue: should a Kafka upgrade rename it, this fails loudly, not silently.
     */
    @SuppressWarnings("unchecked")
    private List<ProducerRecord<byte[], byte[]>> written(String topic) throws ReflectiveOperationException {
        Field queues = TopologyTestDriver.class.getDeclaredField("outputRecordsByTopic");
        queues.setAccessible(true);
        Queue<ProducerRecord<byte[], byte[]>> queue = ((Map<String, Queue<ProducerRecord<byte[], byte[]>>>) queues.get(driver)).get(topic);
        return queue == null ? List.of() : List.copyOf(queue);
    }
}

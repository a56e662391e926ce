package io.newsflow.enrich;

import io.newsflow.enrich.actors.ActorDictionary;
import io.newsflow.schemas.EnrichedArticle;
import io.newsflow.schemas.RawArticle;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.Topics;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Both enrich applications in {@link TopologyTestDriver}s, what the analysis writes to story-linking piped into story
 * linking (keys, values and timestamps as written), as the broker carries it between them. For tests of the whole
 * stage's outcomes; each driver is there for a test of one application.
 */
final class EnrichDrivers implements AutoCloseable {
    final Topics topics;
    final TopologyTestDriver analysis;
    final TopologyTestDriver stories;
    private final TestInputTopic<String, byte[]> raw;
    private final TestOutputTopic<String, EnrichedArticle> analysed;
    private final TestInputTopic<String, EnrichedArticle> toLink;

    /** The time the tests' analyses run at (each article's {@code enrichedAt}). */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);

    /** Both applications with the bundled dictionary and watch profile, analysing at {@link #CLOCK}, state under {@code stateDir}. */
    static EnrichDrivers at(Topics topics, Path stateDir) {
        var settings = new EnrichSettings("enrich-test", stateDir.toString(), 1, 1);
        return new EnrichDrivers(topics, new ArticleEnricher(ActorDictionary.bundled(), settings.profiles(), CLOCK), settings);
    }

    EnrichDrivers(Topics topics, ArticleEnricher enricher, EnrichSettings settings) {
        this.topics = topics;
        this.analysis = new TopologyTestDriver(AnalysisTopology.build(topics, enricher), AnalysisTopology.config("unused:9092", settings));
        this.stories = new TopologyTestDriver(StoriesTopology.build(topics), StoriesTopology.config("unused:9092", settings));
        this.raw = analysis.createInputTopic(topics.rawArticles().name(), new StringSerializer(), new ByteArraySerializer());
        this.analysed = output(analysis, topics.storyLinking());
        this.toLink = stories.createInputTopic(topics.storyLinking().name(), topics.storyLinking().keySerde().serializer(),
                topics.storyLinking().valueSerde().serializer());
    }

    /** Writes {@code article} to raw-articles, then links what the analysis made of it. */
    void pipeRaw(String key, RawArticle article) {
        pipeRaw(key, topics.rawArticles().valueSerde().serializer().serialize(topics.rawArticles().name(), article));
    }

    /** Writes {@code value}, any bytes, to raw-articles, then links what the analysis made of it. */
    void pipeRaw(String key, byte[] value) {
        raw.pipeInput(key, value);
        analysed.readRecordsToList().forEach(toLink::pipeInput);
    }

    /** What {@code driver} writes to {@code topic}. */
    static <V> TestOutputTopic<String, V> output(TopologyTestDriver driver, Topic<String, V> topic) {
        return driver.createOutputTopic(topic.name(), topic.keySerde().deserializer(), topic.valueSerde().deserializer());
    }

    @Override
    public void close() {
        try {
            analysis.close();
        } finally {
            stories.close();
        }
    }
}

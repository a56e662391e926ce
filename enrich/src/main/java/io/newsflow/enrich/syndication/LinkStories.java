package io.newsflow.enrich.syndication;

import io.newsflow.schemas.EnrichedArticle;
import io.newsflow.schemas.Event;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets each enriched article's {@code syndicationClusterId} and its events' {@code storyId} from the {@link StoryIndex}
 * store {@value StoryIndex#STORE}: copies of a story point at its first report.
 */
public final class LinkStories implements FixedKeyProcessor<String, EnrichedArticle, EnrichedArticle> {
    private FixedKeyProcessorContext<String, EnrichedArticle> context;
    private StoryIndex index;

    @Override
    public void init(FixedKeyProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
        this.index = new StoryIndex(context.getStateStore(StoryIndex.STORE));
        // forget articles older than the window, so the index does not grow forever
        context.schedule(Duration.ofHours(1), PunctuationType.WALL_CLOCK_TIME, now -> index.expire(Instant.ofEpochMilli(now)));
    }

    @Override
    public void process(FixedKeyRecord<String, EnrichedArticle> record) {
        EnrichedArticle article = record.value();
        String story = index.storyOf(article.getId(), article.getContentHash(), article.getSimhash(), article.getFetchedAt());
        List<Event> events = new ArrayList<>(article.getEvents().size());
        for (Event e : article.getEvents()) events.add(Event.newBuilder(e).setStoryId(story).build());
        context.forward(record.withValue(EnrichedArticle.newBuilder(article).setSyndicationClusterId(story).setEvents(events).build()));
    }
}

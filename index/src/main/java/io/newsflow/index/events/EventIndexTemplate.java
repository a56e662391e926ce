package io.newsflow.index.events;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import io.newsflow.index.mapping.TimeBasedTemplate;
import io.newsflow.index.settings.IndexSettings;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import static io.newsflow.index.mapping.Fields.bool;
import static io.newsflow.index.mapping.Fields.date;
import static io.newsflow.index.mapping.Fields.floating;
import static io.newsflow.index.mapping.Fields.integer;
import static io.newsflow.index.mapping.Fields.keyword;
import static io.newsflow.index.mapping.Fields.multilingualText;
import static io.newsflow.index.mapping.Fields.stemmedNames;

/**
 * The events' composable template: time-based indexes {@code <eventsIndex>-yyyy.MM} (by the article's date, like
 * the article itself) behind the alias {@code <eventsIndex>}; one flat document per event ({@link EventDocument}).
 * The evidence sentence and article title are multilingual text (stemmed copies for the article's language, left out
 * of {@code _source}: {@link io.newsflow.index.mapping.Fields}); everything else is a keyword, date, number or
 * boolean. Dynamic mapping is off.
 */
public final class EventIndexTemplate {
    private EventIndexTemplate() {}

    public static void install(ElasticsearchClient client, IndexSettings settings) throws IOException {
        TimeBasedTemplate.install(client, settings, settings.eventsIndex(), mappings());
    }

    /** The mappings, also read by the Kibana saved-objects test (every field a dashboard names must exist here). */
    public static TypeMapping mappings() {
        Map<String, Property> p = new HashMap<>();
        for (String k : new String[]{"id", "type", "quadClass", "mode", "sourceId", "sourceName", "sourceCountry", "sourceSector",
                "targetId", "targetName", "targetCountry", "targetSector", "locationId", "locationName", "locationCountry",
                "actorIds", "actorNames", "actorPair", "datePrecision", "modality", "articleId", "url", "articleSource",
                "siteName", "outlet", "language", "enrichmentVersion", "storyId"}) {
            p.put(k, keyword());
        }
        for (String d : new String[]{"date", "timelineDate", "published", "enrichedAt", "indexedAt"}) p.put(d, date());
        p.put("negated", bool());
        p.put("selfDirected", bool());
        p.put("syndicatedCopy", bool());
        p.putAll(multilingualText("sentence", "articleTitle"));
        p.put("sentenceStart", integer());
        p.put("sentenceEnd", integer());
        p.put("confidence", floating());
        p.put("confident", bool());
        return TypeMapping.of(m -> m.dynamic(DynamicMapping.False)
                .source(s -> s.excludes(stemmedNames("sentence", "articleTitle"))).properties(p));
    }
}

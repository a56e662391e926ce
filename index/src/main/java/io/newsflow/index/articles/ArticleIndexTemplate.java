package io.newsflow.index.articles;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.DynamicTemplate;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.util.NamedValue;
import io.newsflow.index.mapping.TimeBasedTemplate;
import io.newsflow.index.settings.IndexSettings;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.newsflow.index.mapping.Fields.bool;
import static io.newsflow.index.mapping.Fields.date;
import static io.newsflow.index.mapping.Fields.floating;
import static io.newsflow.index.mapping.Fields.integer;
import static io.newsflow.index.mapping.Fields.keyword;
import static io.newsflow.index.mapping.Fields.multilingualText;
import static io.newsflow.index.mapping.Fields.stemmedNames;

/**
 * The articles' composable template: time-based indexes {@code <articlesIndex>-yyyy.MM} behind the alias
 * {@code <articlesIndex>}. Title and text are multilingual text ({@link io.newsflow.index.mapping.Fields}: the field
 * itself, and stemmed copies for the article's language that {@code _source} leaves out); ids,
 * names, codes, event types, source, language and URLs are keywords; relevance is one float per watch profile
 * ({@code relevance.<profile>}). Dynamic mapping is off elsewhere, so an unexpected field is ignored, not guessed.
 */
public final class ArticleIndexTemplate {
    /** Every field but the free text (title and text, {@link io.newsflow.index.mapping.Fields#multilingualText}). */
    private static final Map<String, Property> FIELDS = Map.ofEntries(
            Map.entry("id", keyword()),
            Map.entry("url", keyword()),
            Map.entry("canonicalUrl", keyword()),
            Map.entry("siteName", keyword()),
            Map.entry("source", keyword()),
            Map.entry("outlet", keyword()),
            Map.entry("sourceCountry", keyword()),
            Map.entry("language", keyword()),
            Map.entry("authors", keyword()),
            Map.entry("published", date()),
            Map.entry("fetchedAt", date()),
            Map.entry("enrichedAt", date()),
            Map.entry("indexedAt", date()),
            Map.entry("enrichmentVersion", keyword()),
            Map.entry("actorIds", keyword()),
            Map.entry("actorNames", keyword()),
            Map.entry("actorCountries", keyword()),
            Map.entry("eventTypes", keyword()),
            Map.entry("eventCount", integer()),
            Map.entry("syndicationClusterId", keyword()),
            Map.entry("syndicatedCopy", bool()),
            Map.entry("modified", date()),
            Map.entry("version", integer()),
            Map.entry("previousTextHash", keyword()),
            Map.entry("firstFetchedAt", date()),
            Map.entry("htmlHash", keyword()),
            Map.entry("linkDomains", keyword()),
            Map.entry("citedDomains", keyword()),
            Map.entry("links", Property.of(p -> p.object(o -> o.properties(Map.of(
                    "url", keyword(), "text", Property.of(t -> t.text(x -> x)), "domain", keyword()))))),
            Map.entry("citations", Property.of(p -> p.object(o -> o.properties(Map.of(
                    "marker", keyword(), "start", integer(), "targetUrl", keyword(), "domain", keyword()))))),
            Map.entry("fetch", Property.of(p -> p.object(o -> o.properties(Map.of(
                    "status", integer(), "contentType", keyword(), "etag", keyword(), "lastModified", keyword()))))),
            Map.entry("relevance", Property.of(p -> p.object(o -> o.dynamic(DynamicMapping.True)))),
            Map.entry("actors", Property.of(p -> p.object(o -> o.properties(Map.of(
                    "id", keyword(), "name", keyword(), "kind", keyword(), "countryCode", keyword(),
                    "sector", keyword(), "mentions", integer())))))
    );

    private ArticleIndexTemplate() {}

    public static void install(ElasticsearchClient client, IndexSettings settings) throws IOException {
        TimeBasedTemplate.install(client, settings, settings.articlesIndex(), mappings());
    }

    /** The mappings, also read by the Kibana saved-objects test (every field a dashboard names must exist here). */
    public static TypeMapping mappings() {
        Map<String, Property> fields = new LinkedHashMap<>(FIELDS);
        fields.putAll(multilingualText("title", "text"));
        return TypeMapping.of(m -> m
                .dynamic(DynamicMapping.False)
                .source(s -> s.excludes(stemmedNames("title", "text")))
                .dynamicTemplates(NamedValue.of("relevance_per_profile",
                        DynamicTemplate.of(d -> d.pathMatch("relevance.*").mapping(floating()))))
                .properties(fields));
    }
}

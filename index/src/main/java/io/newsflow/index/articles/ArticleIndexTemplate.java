package io.newsflow.index.articles;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import io.newsflow.index.IndexSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Map;

/**
 * Installs the composable index template for articles and creates the articles index if it is missing. Text fields are
 * analysed by {@code standard} and have {@code .en}, {@code .ru} and {@code .hy} sub-fields with the {@code english},
 * {@code russian} and {@code armenian} analyzers, so a query can search all languages at once; ids, names, codes,
 * source, language and URL are keywords. Works on the embedded node and on the full distribution alike.
 */
public final class ArticleIndexTemplate {
    private static final Logger log = LoggerFactory.getLogger(ArticleIndexTemplate.class);

    private ArticleIndexTemplate() {}

    public static void install(ElasticsearchClient client, IndexSettings settings) throws IOException {
        String index = settings.articlesIndex();
        client.indices().putIndexTemplate(t -> t
                .name(index + "-template")
                .indexPatterns(index + "*")
                .priority(100L)
                .template(tt -> tt
                        .settings(s -> s.numberOfShards(Integer.toString(settings.shards()))
                                .numberOfReplicas(Integer.toString(settings.replicas())))
                        .mappings(mappings())));
        if (!client.indices().exists(e -> e.index(index)).value()) {
            client.indices().create(c -> c.index(index));
            log.info("created index {}", index);
        }
    }

    static TypeMapping mappings() {
        return TypeMapping.of(m -> m
                .dynamic(co.elastic.clients.elasticsearch._types.mapping.DynamicMapping.False)
                .properties(Map.ofEntries(
                        Map.entry("id", keyword()),
                        Map.entry("url", keyword()),
                        Map.entry("canonicalUrl", keyword()),
                        Map.entry("siteName", keyword()),
                        Map.entry("source", keyword()),
                        Map.entry("language", keyword()),
                        Map.entry("authors", keyword()),
                        Map.entry("title", multilingualText()),
                        Map.entry("text", multilingualText()),
                        Map.entry("published", date()),
                        Map.entry("fetchedAt", date()),
                        Map.entry("enrichedAt", date()),
                        Map.entry("enrichmentVersion", keyword()),
                        Map.entry("actorIds", keyword()),
                        Map.entry("actorNames", keyword()),
                        Map.entry("actorCountries", keyword()),
                        Map.entry("actors", Property.of(p -> p.object(o -> o.properties(Map.of(
                                "id", keyword(), "name", keyword(), "kind", keyword(), "countryCode", keyword(), "sector", keyword(),
                                "mentions", Property.of(x -> x.integer(i -> i)))))))
                )));
    }

    private static Property keyword() {
        return Property.of(p -> p.keyword(k -> k.ignoreAbove(1024)));
    }

    private static Property date() {
        return Property.of(p -> p.date(d -> d));
    }

    private static Property multilingualText() {
        return Property.of(p -> p.text(t -> t.analyzer("standard").fields(Map.of(
                "en", Property.of(f -> f.text(x -> x.analyzer("english"))),
                "ru", Property.of(f -> f.text(x -> x.analyzer("russian"))),
                "hy", Property.of(f -> f.text(x -> x.analyzer("armenian")))))));
    }
}

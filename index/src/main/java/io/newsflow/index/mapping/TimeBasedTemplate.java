package io.newsflow.index.mapping;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import io.newsflow.index.settings.IndexSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/**
 * Installs a composable index template for the time-based indexes behind one alias: pattern {@code <alias>-*}, the
 * alias itself (so every new monthly index joins it on creation, for search, dashboards and {@code curl}), shards and
 * replicas from the settings, and the given mappings. Idempotent: run by the index stage on every start.
 */
public final class TimeBasedTemplate {
    private static final Logger log = LoggerFactory.getLogger(TimeBasedTemplate.class);
    /** Above the built-in templates' 100 and 200 ({@code logs-*-*} and friends), which never match our names anyway. */
    static final long PRIORITY = 300L;

    private TimeBasedTemplate() {}

    /**
     * Puts template {@code <alias>-template}. Fails with a clear message when a concrete index is named like the
     * alias (left by a version of newsflow before time-based indexes): Elasticsearch would refuse the alias.
     */
    public static void install(ElasticsearchClient client, IndexSettings settings, String alias, TypeMapping mappings)
            throws IOException {
        if (client.indices().exists(e -> e.index(alias)).value() && !client.indices().existsAlias(a -> a.name(alias)).value()) {
            throw new IllegalStateException("a concrete index named '" + alias + "' exists where newsflow needs an alias "
                    + "over time-based indexes; delete it (DELETE /" + alias + ") and replay the topic, or choose another name");
        }
        client.indices().putIndexTemplate(t -> t
                .name(alias + "-template")
                .indexPatterns(alias + "-*")
                .priority(PRIORITY)
                .meta("managed_by", co.elastic.clients.json.JsonData.of("newsflow"))
                .template(tt -> tt
                        .aliases(alias, a -> a)
                        .settings(s -> s.numberOfShards(Integer.toString(settings.shards()))
                                .numberOfReplicas(Integer.toString(settings.replicas())))
                        .mappings(mappings)));
        log.info("index template {}-template installed (pattern {}-*, alias {})", alias, alias, alias);
    }
}

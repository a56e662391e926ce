package io.newsflow.index.write;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.newsflow.index.articles.ArticleIndexTemplate;
import io.newsflow.index.events.EventIndexTemplate;
import io.newsflow.index.settings.IndexSettings;

import java.io.IOException;

/** Installs every template the index stage writes through: articles and events. */
public final class IndexTemplates {
    private IndexTemplates() {}

    public static void install(ElasticsearchClient client, IndexSettings settings) throws IOException {
        ArticleIndexTemplate.install(client, settings);
        EventIndexTemplate.install(client, settings);
    }
}

package io.newsflow.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.newsflow.devstack.DevStack;
import io.newsflow.index.client.ElasticsearchClients;
import io.newsflow.index.settings.IndexSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.time.Duration;

/** Base of the index ITs: the shared dev stack, a client on its node, and test settings that retry fast. */
public abstract class NodeIT {
    protected static DevStack stack;
    protected static ElasticsearchClient es;

    @BeforeAll
    static void startNode() throws Exception {
        stack = DevStack.shared();
        es = ElasticsearchClients.create(IndexSettings.local(stack.elasticsearchUrl(), "unused-", "unused"));
    }

    @AfterAll
    static void closeClient() throws Exception {
        if (es != null) es.close();
    }

    /** Settings for aliases {@code <prefix>articles}/{@code <prefix>events}, consumer group {@code group}, fast retries. */
    protected static IndexSettings settings(String prefix, String group) {
        IndexSettings s = IndexSettings.local(stack.elasticsearchUrl(), prefix, group);
        return s.withBulk(s.bulk().withBackoff(Duration.ofMillis(100), Duration.ofMillis(500)));
    }
}

package io.newsflow.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.newsflow.devstack.DevStack;
import io.newsflow.index.client.ElasticsearchClients;
import io.newsflow.index.settings.BulkSettings;
import io.newsflow.index.settings.IndexSettings;
import io.newsflow.index.write.ArticleIndexer;
import io.newsflow.index.write.IndexTemplates;
import io.newsflow.schemas.EnrichedArticle;
import io.newsflow.schemas.Topics;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static io.newsflow.index.KafkaSupport.pollUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Elasticsearch goes away in the middle of a run (a loopback proxy in front of the real node is cut) and comes back:
 * consumption pauses, nothing is committed past what Elasticsearch accepted, and after the outage every article and
 * event is there exactly once.
 */
class OutageIT {

    static List<EnrichedArticle> articles(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> ArticleIndexerIT.talks("o" + i, "Article " + i,
                Instant.parse("2025-05-21T09:00:00Z"))).toList();
    }

    @Test
    void anOutageInTheMiddleOfARunPausesConsumptionAndLosesNothing() throws Exception {
        outage("ixo", Duration.ofMillis(100), Duration.ofMillis(400), 3, Duration.ZERO);
    }

    /**
     * Issue 15: Elasticsearch away for 30 s, with the production backoff (bulk.initialBackoff 1 s doubling to
     * bulk.maxBackoff 30 s): the indexer keeps retrying the same records, commits nothing past them, and once the node
     * is back writes every article and event exactly once.
     */
    @Test
    void thirtySecondsWithoutElasticsearchAtTheProductionBackoffLoseNothing() throws Exception {
        outage("ixo30", BulkSettings.DEFAULTS.initialBackoff(), BulkSettings.DEFAULTS.maxBackoff(), 1, Duration.ofSeconds(30));
    }

    /**
     * Indexes 3 articles, cuts the proxy, produces 3 more and keeps it cut until the indexer retried {@code minRetries}
     * times and {@code down} has passed, then restores it: 6 articles and 12 events, each once, all committed.
     */
    private static void outage(String name, Duration initialBackoff, Duration maxBackoff, int minRetries, Duration down) throws Exception {
        DevStack stack = DevStack.shared();
        KafkaSupport kafka = new KafkaSupport(stack, Topics.withPrefix(name + "."));
        IndexSettings direct = IndexSettings.local(stack.elasticsearchUrl(), name + "-", name);
        try (TcpProxy proxy = new TcpProxy(stack.elasticsearchUrl());
             ElasticsearchClient es = ElasticsearchClients.create(direct)) {
            IndexSettings viaProxy = direct.withHosts(List.of(proxy.url()))
                    .withBulk(direct.bulk().withBackoff(initialBackoff, maxBackoff));
            ElasticsearchClient proxied = ElasticsearchClients.create(viaProxy);
            IndexTemplates.install(proxied, viaProxy);
            kafka.produce(articles(0, 3));

            try (var indexer = new ArticleIndexer(stack.bootstrapServers(), viaProxy, kafka.topics(), proxied)) {
                pollUntil(indexer, () -> indexer.indexed() == 3 && committed(kafka, name) == 3);
                assertThat(kafka.committed(name)).isEqualTo(3);

                proxy.stop();
                kafka.produce(articles(3, 6));
                long until = System.nanoTime() + down.toNanos();
                pollUntil(indexer, () -> indexer.retries() >= minRetries && System.nanoTime() >= until);
                assertThat(indexer.retries()).isGreaterThanOrEqualTo(minRetries);
                assertThat(indexer.indexed()).isEqualTo(3);
                assertThat(kafka.committed(name)).isEqualTo(3); // paused: nothing committed past the accepted records

                proxy.start();
                pollUntil(indexer, () -> indexer.indexed() == 6 && committed(kafka, name) == 6);
                assertThat(indexer.rejected()).isZero();
            } finally {
                proxied.close();
            }
            assertThat(kafka.committed(name)).isEqualTo(6);
            es.indices().refresh(r -> r.index(name + "-articles", name + "-events"));
            assertThat(es.count(c -> c.index(name + "-articles")).count()).isEqualTo(6);
            assertThat(es.count(c -> c.index(name + "-events")).count()).isEqualTo(12);
        }
    }

    private static long committed(KafkaSupport kafka, String group) {
        try {
            return kafka.committed(group);
        } catch (Exception e) {
            return -1;
        }
    }
}

package io.newsflow.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.newsflow.devstack.DevStack;
import io.newsflow.index.client.ElasticsearchClients;
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
        DevStack stack = DevStack.shared();
        KafkaSupport kafka = new KafkaSupport(stack, Topics.withPrefix("ixo."));
        IndexSettings direct = IndexSettings.local(stack.elasticsearchUrl(), "ixo-", "ixo");
        try (TcpProxy proxy = new TcpProxy(stack.elasticsearchUrl());
             ElasticsearchClient es = ElasticsearchClients.create(direct)) {
            IndexSettings viaProxy = direct.withHosts(List.of(proxy.url()))
                    .withBulk(direct.bulk().withBackoff(Duration.ofMillis(100), Duration.ofMillis(400)));
            ElasticsearchClient proxied = ElasticsearchClients.create(viaProxy);
            IndexTemplates.install(proxied, viaProxy);
            kafka.produce(articles(0, 3));

            try (var indexer = new ArticleIndexer(stack.bootstrapServers(), viaProxy, kafka.topics(), proxied)) {
                pollUntil(indexer, () -> indexer.indexed() == 3 && committed(kafka) == 3);
                assertThat(kafka.committed("ixo")).isEqualTo(3);

                proxy.stop();
                kafka.produce(articles(3, 6));
                pollUntil(indexer, () -> indexer.retries() >= 3);
                assertThat(indexer.retries()).isGreaterThanOrEqualTo(3);
                assertThat(indexer.indexed()).isEqualTo(3);
                assertThat(kafka.committed("ixo")).isEqualTo(3); // paused: nothing committed past the accepted records

                proxy.start();
                pollUntil(indexer, () -> indexer.indexed() == 6 && committed(kafka) == 6);
                assertThat(indexer.rejected()).isZero();
            } finally {
                proxied.close();
            }
            assertThat(kafka.committed("ixo")).isEqualTo(6);
            es.indices().refresh(r -> r.index("ixo-articles", "ixo-events"));
            assertThat(es.count(c -> c.index("ixo-articles")).count()).isEqualTo(6);
            assertThat(es.count(c -> c.index("ixo-events")).count()).isEqualTo(12);
        }
    }

    private static long committed(KafkaSupport kafka) {
        try {
            return kafka.committed("ixo");
        } catch (Exception e) {
            return -1;
        }
    }
}

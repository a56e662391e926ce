package io.newsflow.devstack;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Starts the real embedded broker and node and checks what the pipeline relies on: transactions, analyzers, GET /. */
class DevStackIT {
    static DevStack stack;
    static ElasticsearchClient es;

    @BeforeAll
    static void start() throws Exception {
        stack = DevStack.start();
        es = ElasticsearchClient.of(b -> b.host(stack.elasticsearchUrl()));
    }

    @AfterAll
    static void stop() throws Exception {
        if (es != null) es.close();
        if (stack != null) stack.close();
    }

    @Test
    void transactionalWritesAreReadCommitted() throws Exception {
        stack.createTopics(List.of("devstack-it"), 1);
        var producerProps = Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "devstack-it-tx");
        try (var producer = new KafkaProducer<>(producerProps, new StringSerializer(), new StringSerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>("devstack-it", "k", "aborted"));
            producer.abortTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>("devstack-it", "k", "committed"));
            producer.commitTransaction();
        }
        var consumerProps = Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "devstack-it",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<String> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(consumerProps, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("devstack-it"));
            long deadline = System.currentTimeMillis() + 30_000;
            while (values.isEmpty() && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
            }
        }
        assertThat(values).containsExactly("committed");
    }

    @Test
    void rootEndpointAnswersWithTheServerVersion() throws Exception {
        assertThat(es.info().version().number()).isEqualTo("9.5.3");
        assertThat(es.ping().value()).isTrue();
    }

    @Test
    void languageAnalyzersStemLikeTheDistribution() throws Exception {
        assertThat(analyze("english", "Lavrov held talks in Yerevan")).containsExactly("lavrov", "held", "talk", "yerevan");
        assertThat(analyze("russian", "Лавров провёл переговоры")).contains("переговор");
        assertThat(analyze("armenian", "Փաշինյանի")).isEqualTo(analyze("armenian", "Փաշինյան"));
    }

    @Test
    void anIndexWithoutReplicasIsGreen() throws Exception {
        es.indices().create(c -> c.index("devstack-it").settings(s -> s.numberOfShards("1").numberOfReplicas("0"))
                .mappings(m -> m.properties("body", p -> p.text(t -> t.analyzer("russian")))));
        var health = es.cluster().health(h -> h.index("devstack-it").waitForStatus(HealthStatus.Green)
                .timeout(t -> t.time("30s")));
        assertThat(health.status()).isEqualTo(HealthStatus.Green);
    }

    private static List<String> analyze(String analyzer, String text) throws Exception {
        return es.indices().analyze(a -> a.analyzer(analyzer).text(text)).tokens().stream().map(AnalyzeToken::token).toList();
    }
}

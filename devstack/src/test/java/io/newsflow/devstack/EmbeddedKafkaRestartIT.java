package io.newsflow.devstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded broker comes back from a restart, clean or as after a crash, with every partition led and its records
 * kept: a producer started right after it returns writes at once (it fails within {@link #DELIVERY} otherwise), and a
 * reader finds the records of before and after, each once.
 */
class EmbeddedKafkaRestartIT {
    static final String TOPIC = "restart-it";
    static final int PER_ROUND = 30;
    static final Duration DELIVERY = Duration.ofSeconds(30);

    @Test
    void aCleanRestartKeepsEveryPartitionWritable() throws Exception {
        assertRecordsSurvive(EmbeddedKafka::restart);
    }

    @Test
    void aRestartAfterACrashKeepsEveryPartitionWritable() throws Exception {
        assertRecordsSurvive(EmbeddedKafka::restartAfterCrash);
    }

    private static void assertRecordsSurvive(Consumer<EmbeddedKafka> restart) throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get();
            }
            write(kafka, "before", PER_ROUND);
            restart.accept(kafka);
            write(kafka, "after", PER_ROUND);

            List<String> expected = new ArrayList<>();
            IntStream.range(0, PER_ROUND).forEach(i -> expected.add("before-" + i));
            IntStream.range(0, PER_ROUND).forEach(i -> expected.add("after-" + i));
            assertThat(readAll(kafka, expected.size())).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    private static void write(EmbeddedKafka kafka, String round, int count) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) DELIVERY.toMillis(),
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            var sends = IntStream.range(0, count)
                    .mapToObj(i -> producer.send(new ProducerRecord<>(TOPIC, i % 3, "key-" + i, round + "-" + i)))
                    .toList();
            for (var send : sends) send.get();
        }
    }

    private static List<String> readAll(EmbeddedKafka kafka, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "restart-it",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
            }
            // one more poll: a duplicate would arrive with the rest
            consumer.poll(Duration.ofMillis(500)).forEach(r -> values.add(r.value()));
        }
        return values;
    }
}

package io.newsflow.index.alerts;

import io.newsflow.schemas.Alert;
import io.newsflow.schemas.Topic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Produces each alert to the alerts topic ({@code Alert}, key: the alert id), waiting for the broker's
 * acknowledgement ({@code acks=all}, idempotent), so an alert counts as delivered only once it is durable.
 */
public final class TopicSink implements AlertSink, AutoCloseable {
    /** Longest wait for the broker's acknowledgement, in seconds. */
    static final int ACK_SECONDS = 30;

    private final KafkaProducer<String, Alert> producer;
    private final Topic<String, Alert> topic;

    public TopicSink(String bootstrapServers, Topic<String, Alert> topic) {
        this.topic = topic;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, "newsflow-alerts",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                topic.keySerde().serializer(), topic.valueSerde().serializer());
    }

    @Override
    public void deliver(AlertMessage alert) throws Exception {
        producer.send(new ProducerRecord<>(topic.name(), alert.id(), alert.toAvro())).get(ACK_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        producer.close();
    }
}

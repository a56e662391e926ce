package io.newsflow.ingest.publish;

import io.newsflow.schemas.DeadLetter;
import io.newsflow.schemas.DeadLetterReason;
import io.newsflow.schemas.DeadLetters;
import io.newsflow.schemas.RawArticle;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Produces articles to the raw-articles topic and dead letters to the dead-letters topic, keyed by article id (dead
 * letters by their source), with an idempotent producer ({@code acks=all}, {@code enable.idempotence=true}) so a retried
 * send is never written twice. {@link #flush()} surfaces the first failed send as an exception.
 */
public final class KafkaArticleSink implements ArticleSink {
    private final Topics topics;
    private final KafkaProducer<String, byte[]> producer;
    private final AtomicReference<Exception> firstFailure = new AtomicReference<>();

    public KafkaArticleSink(String bootstrapServers, Topics topics, Map<String, Object> overrides) {
        this.topics = topics;
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-ingest");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.putAll(overrides);
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** An article whose record would exceed {@link DeadLetters#MAX_RECORD_BYTES} becomes a {@code TOO_LARGE} dead letter. */
    @Override
    public void article(RawArticle article) {
        byte[] bytes = topics.rawArticles().valueSerde().serializer().serialize(topics.rawArticles().name(), article);
        if (bytes.length > DeadLetters.MAX_RECORD_BYTES) {
            deadLetter(DeadLetters.forInput(STAGE, DeadLetterReason.TOO_LARGE, "the article's record would be " + bytes.length
                    + " bytes, over the " + DeadLetters.MAX_RECORD_BYTES + "-byte record limit", article.getUrl(), null));
            return;
        }
        sendBytes(topics.rawArticles().name(), article.getId(), bytes);
    }

    @Override
    public void deadLetter(DeadLetter deadLetter) {
        send(topics.deadLetters(), deadLetter.getSource(), deadLetter);
    }

    private <V> void send(Topic<String, V> topic, String key, V value) {
        sendBytes(topic.name(), key, topic.valueSerde().serializer().serialize(topic.name(), value));
    }

    private void sendBytes(String topic, String key, byte[] bytes) {
        producer.send(new ProducerRecord<>(topic, key, bytes), (metadata, error) -> {
            if (error != null) firstFailure.compareAndSet(null, error);
        });
    }

    @Override
    public void flush() {
        producer.flush();
        Exception failure = firstFailure.get();
        if (failure != null) throw new KafkaException("ingest could not write to Kafka: " + failure.getMessage(), failure);
    }

    @Override
    public void close() {
        producer.close();
    }
}

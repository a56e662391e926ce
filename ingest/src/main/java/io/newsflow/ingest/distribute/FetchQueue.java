package io.newsflow.ingest.distribute;

import io.newsflow.ingest.fetch.UrlHost;
import io.newsflow.ingest.settings.SourceSettings;
import io.newsflow.ingest.sources.SourceIngester;
import io.newsflow.schemas.Topic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The producing side of the fetch-queue topic: each {@link FetchTask} keyed by {@link HostKey}, so all the work on one
 * host lands in one partition and is done by the one process holding it. Idempotent producer, {@code acks=all};
 * {@link #flush()} makes every task sent so far durable (the worker calls it before it commits the task that listed
 * them, so a crash re-lists rather than loses links). Thread-safe.
 */
public final class FetchQueue implements PageTasks, AutoCloseable {
    private final Topic<String, byte[]> topic;
    private final KafkaProducer<String, byte[]> producer;
    private final AtomicReference<Exception> firstFailure = new AtomicReference<>();

    public FetchQueue(String bootstrapServers, Topic<String, byte[]> topic) {
        this.topic = topic;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, "newsflow-ingest-fetch-queue",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5), new StringSerializer(), new ByteArraySerializer());
    }

    /** Asks the owner of {@code source}'s host to list it. */
    public void list(SourceSettings source) {
        send(HostKey.of(source), FetchTask.list(source.name()));
    }

    @Override
    public void page(String source, SourceIngester.Link link) {
        send(UrlHost.of(link.item().url()), FetchTask.page(source, link));
    }

    private void send(String key, FetchTask task) {
        producer.send(new ProducerRecord<>(topic.name(), key, task.toJson()), (metadata, e) -> {
            if (e != null) firstFailure.compareAndSet(null, e);
        });
    }

    /** Waits until every task sent so far is stored; throws {@link KafkaException} when one could not be (as the article sink does). */
    @Override
    public void flush() {
        producer.flush();
        Exception failure = firstFailure.get();
        if (failure != null) throw new KafkaException("cannot store fetch tasks: " + failure.getMessage(), failure);
    }

    @Override
    public void close() {
        producer.close();
    }
}

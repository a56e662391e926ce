package io.newsflow.schemas;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;

/** Builds {@link DeadLetter} records the same way in every stage. */
public final class DeadLetters {
    /** Raw input kept in a dead letter is cut to this many bytes (1 MiB) so one bad page cannot clog the topic. */
    public static final int MAX_VALUE_BYTES = 1 << 20;

    private DeadLetters() {}

    /** A failure on an input that did not come from Kafka (a file, a URL). */
    public static DeadLetter forInput(String stage, String reason, String message, String source, byte[] content) {
        return DeadLetter.newBuilder()
                .setStage(stage).setReason(reason).setMessage(message).setSource(source)
                .setValue(capped(content))
                .setTimestamp(Instant.now())
                .build();
    }

    /** A failure on a record read from Kafka: keeps its coordinates and its bytes unchanged. */
    public static DeadLetter forRecord(String stage, String reason, String message,
                                       String topic, int partition, long offset, byte[] key, byte[] value) {
        return DeadLetter.newBuilder()
                .setStage(stage).setReason(reason).setMessage(message)
                .setTopic(topic).setPartition(partition).setOffset(offset)
                .setKey(key == null ? null : ByteBuffer.wrap(key))
                .setValue(capped(value))
                .setTimestamp(Instant.now())
                .build();
    }

    public static DeadLetter forRecord(String stage, String reason, String message, ConsumerRecord<byte[], byte[]> r) {
        return forRecord(stage, reason, message, r.topic(), r.partition(), r.offset(), r.key(), r.value());
    }

    private static ByteBuffer capped(byte[] bytes) {
        if (bytes == null) return null;
        return ByteBuffer.wrap(bytes.length <= MAX_VALUE_BYTES ? bytes : Arrays.copyOf(bytes, MAX_VALUE_BYTES));
    }
}

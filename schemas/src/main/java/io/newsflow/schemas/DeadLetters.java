package io.newsflow.schemas;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;

/** Builds {@link DeadLetter} records the same way in every stage. */
public final class DeadLetters {
    /**
     * The largest record value a stage writes (900 KiB): below Kafka's default 1 MiB request and message limits, with
     * room for key and headers. A record that would be larger becomes a {@code TOO_LARGE} dead letter instead.
     */
    public static final int MAX_RECORD_BYTES = 900 << 10;
    /** Raw input kept in a dead letter is cut to this many bytes (256 KiB), so a dead letter always fits in a record. */
    public static final int MAX_VALUE_BYTES = 256 << 10;

    private DeadLetters() {}

    /** A failure on an input that did not come from Kafka (a file, a URL). */
    public static DeadLetter forInput(String stage, DeadLetterReason reason, String message, String source, byte[] content) {
        return DeadLetter.newBuilder()
                .setStage(stage).setReason(reason.code()).setMessage(message).setSource(source)
                .setValue(capped(content))
                .setTimestamp(Instant.now())
                .build();
    }

    /** A failure on a record read from Kafka: keeps its coordinates and its bytes unchanged. */
    public static DeadLetter forRecord(String stage, DeadLetterReason reason, String message,
                                       String topic, int partition, long offset, byte[] key, byte[] value) {
        return DeadLetter.newBuilder()
                .setStage(stage).setReason(reason.code()).setMessage(message)
                .setTopic(topic).setPartition(partition).setOffset(offset)
                .setKey(key == null ? null : ByteBuffer.wrap(key))
                .setValue(capped(value))
                .setTimestamp(Instant.now())
                .build();
    }

    /** A failure on a record read from Kafka, taken from the consumer record. */
    public static DeadLetter forRecord(String stage, DeadLetterReason reason, String message, ConsumerRecord<byte[], byte[]> r) {
        return forRecord(stage, reason, message, r.topic(), r.partition(), r.offset(), r.key(), r.value());
    }

    private static ByteBuffer capped(byte[] bytes) {
        if (bytes == null) return null;
        return ByteBuffer.wrap(bytes.length <= MAX_VALUE_BYTES ? bytes : Arrays.copyOf(bytes, MAX_VALUE_BYTES));
    }
}

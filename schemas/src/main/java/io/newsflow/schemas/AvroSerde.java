package io.newsflow.schemas;

import org.apache.avro.AvroRuntimeException;
import org.apache.avro.message.BadHeaderException;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.MissingSchemaException;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Kafka serde for a generated Avro {@link SpecificRecord}, using Avro's
 * <a href="https://avro.apache.org/docs/1.12.0/specification/#single-object-encoding">single-object encoding</a>:
 * every value starts with the marker {@code C3 01} and the 8-byte CRC-64 fingerprint of its writer schema, so a
 * reader can tell which schema wrote it without a registry. A value decodes when its writer schema is any released
 * version of the record ({@link SchemaHistory}: old fields resolved, new ones at their
 * defaults); anything else fails with a {@link SerializationException} that says why and names the topic; stages
 * turn that into a dead letter.
 *
 * <p>Thread-safe: Avro's message encoder and decoder are.
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {
    private final Class<T> type;
    private final BinaryMessageEncoder<T> encoder;
    private final BinaryMessageDecoder<T> decoder;

    public AvroSerde(Class<T> type) {
        this.type = type;
        SpecificData model = SpecificData.getForClass(type);
        var schema = model.getSchema(type);
        this.encoder = new BinaryMessageEncoder<>(model, schema);
        this.decoder = new BinaryMessageDecoder<>(model, schema);
        SchemaHistory.versions(type.getSimpleName()).forEach(decoder::addSchema);
    }

    /** Encodes one record; {@code null} stays {@code null} (a tombstone). */
    public byte[] encode(T value) {
        if (value == null) return null;
        try {
            ByteBuffer buffer = encoder.encode(value);
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (IOException | AvroRuntimeException e) {
            throw new SerializationException("cannot encode " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Decodes one record; {@code null} stays {@code null}. Bytes that are not such a record (another encoding, an
     * unknown schema, corrupt or truncated data) fail with Kafka's {@link SerializationException}, and only with it.
     */
    public T decode(byte[] bytes) {
        if (bytes == null) return null;
        try {
            return decoder.decode(bytes);
        } catch (BadHeaderException e) {
            throw notA("no Avro single-object header (C3 01): not Avro, or another encoding", bytes, e);
        } catch (MissingSchemaException e) {
            throw notA("written with a schema this reader does not know (" + e.getMessage() + ")", bytes, e);
        } catch (IOException | RuntimeException e) {
            // AvroRuntimeException, and also what Avro's readers throw on corrupt bytes without wrapping it (a union
            // index out of range: ArrayIndexOutOfBoundsException; found by AvroFuzzTest)
            throw notA("corrupt or truncated data: " + e, bytes, e);
        }
    }

    private SerializationException notA(String why, byte[] bytes, Exception cause) {
        return new SerializationException("not a " + type.getSimpleName() + " record (" + bytes.length + " bytes): " + why, cause);
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> encode(value);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> {
            try {
                return decode(bytes);
            } catch (SerializationException e) {
                throw new SerializationException("topic " + topic + ": " + e.getMessage(), e);
            }
        };
    }
}

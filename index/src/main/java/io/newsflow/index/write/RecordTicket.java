package io.newsflow.index.write;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One Kafka record's bulk operations (its article and each of its events) on their way through the bulk ingester:
 * the record is finished when every operation has an outcome. Rejections are collected for one dead letter per record.
 */
public final class RecordTicket {
    private final ConsumerRecord<String, byte[]> record;
    private final AtomicInteger remaining;
    private final List<String> rejections = new ArrayList<>();
    private volatile boolean retry;

    public RecordTicket(ConsumerRecord<String, byte[]> record, int operations) {
        this.record = record;
        this.remaining = new AtomicInteger(operations);
    }

    public ConsumerRecord<String, byte[]> record() {
        return record;
    }

    public TopicPartition partition() {
        return new TopicPartition(record.topic(), record.partition());
    }

    /** Records a rejected document; the record still finishes (as a dead letter). */
    public synchronized void rejected(String why) {
        rejections.add(why);
    }

    public synchronized List<String> rejections() {
        return List.copyOf(rejections);
    }

    /** Marks the record as needing another attempt (Elasticsearch overloaded or failing): it never finishes. */
    public void retry() {
        retry = true;
    }

    /** Counts one operation done; true when it was the last one and the record may finish. */
    public boolean operationDone() {
        return remaining.decrementAndGet() == 0 && !retry;
    }
}

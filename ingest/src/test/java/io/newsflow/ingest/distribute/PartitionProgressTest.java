package io.newsflow.ingest.distribute;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class PartitionProgressTest {
    static final TopicPartition P0 = new TopicPartition("q", 0);
    static final TopicPartition P1 = new TopicPartition("q", 1);

    private static List<ConsumerRecord<String, String>> records(TopicPartition p, long from, long to) {
        return LongStream.rangeClosed(from, to).mapToObj(o -> new ConsumerRecord<>(p.topic(), p.partition(), o, "k", "v")).toList();
    }

    private static ConsumerRecords<String, String> batch(List<ConsumerRecord<String, String>> p0, List<ConsumerRecord<String, String>> p1) {
        return new ConsumerRecords<>(Map.of(P0, p0, P1, p1), Map.of());
    }

    @Test
    void aPartitionIsCommittedUpToItsFirstTaskNotDoneAndTheTasksDoneBeyondAreSkippedWhenReadAgain() {
        PartitionProgress progress = new PartitionProgress();
        List<ConsumerRecord<String, String>> p0 = records(P0, 10, 14);
        List<ConsumerRecord<String, String>> p1 = records(P1, 3, 4);
        // done: 10, 11, 13 of p0 (12 and 14 wait: their host had done its share), all of p1
        Map<TopicPartition, Long> next = progress.settle(batch(p0, p1), Set.of(p0.get(0), p0.get(1), p0.get(3), p1.get(0), p1.get(1)));
        assertThat(next).containsEntry(P0, 12L).containsEntry(P1, 5L);

        List<ConsumerRecord<String, String>> again = records(P0, 12, 16);
        assertThat(again).filteredOn(progress::doneBefore).extracting(ConsumerRecord::offset).containsExactly(13L);
        // 12, 14, 15, 16 done now: everything up to 16
        next = progress.settle(batch(again, List.of()), Set.of(again.get(0), again.get(2), again.get(3), again.get(4)));
        assertThat(next).containsEntry(P0, 17L);
        assertThat(records(P0, 12, 16)).noneMatch(progress::doneBefore);
    }

    @Test
    void aPartitionThatLeavesIsForgotten() {
        PartitionProgress progress = new PartitionProgress();
        List<ConsumerRecord<String, String>> p0 = records(P0, 0, 2);
        progress.settle(batch(p0, List.of()), Set.of(p0.get(2)));
        assertThat(progress.doneBefore(p0.get(2))).isTrue();
        progress.forget(List.of(P0));
        assertThat(progress.doneBefore(p0.get(2))).isFalse();
    }
}

package io.newsflow.index.write;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OffsetTrackerTest {
    static final TopicPartition P0 = new TopicPartition("t", 0);
    static final TopicPartition P1 = new TopicPartition("t", 1);

    @Test
    void commitsNeverPassARecordThatIsNotFinishedEvenWhenLaterOnesFinishFirst() {
        OffsetTracker t = new OffsetTracker();
        for (long o = 10; o < 14; o++) t.started(P0, o);
        t.started(P1, 7);
        t.finished(P0, 11);
        t.finished(P0, 12);
        assertThat(t.committable()).isEqualTo(Map.of(P0, new OffsetAndMetadata(10), P1, new OffsetAndMetadata(7)));
        t.finished(P0, 10);
        assertThat(t.committable().get(P0)).isEqualTo(new OffsetAndMetadata(13));
        t.finished(P0, 13);
        t.finished(P1, 7);
        assertThat(t.committable()).isEqualTo(Map.of(P0, new OffsetAndMetadata(14), P1, new OffsetAndMetadata(8)));
        assertThat(t.pendingCount()).isZero();
    }

    @Test
    void forgottenPartitionsAreNotCommitted() {
        OffsetTracker t = new OffsetTracker();
        t.started(P0, 1);
        t.started(P1, 1);
        t.forget(List.of(P1));
        assertThat(t.committable()).containsOnlyKeys(P0);
        assertThat(t.pendingCount()).isEqualTo(1);
    }

    @Test
    void aCaughtUpPartitionIsCommittableUpToThePositionPastTransactionMarkers() {
        OffsetTracker t = new OffsetTracker();
        t.started(P0, 4);
        t.readUpTo(P0, 6); // offset 5 is a commit marker: the consumer's position is past it
        assertThat(t.committable().get(P0)).isEqualTo(new OffsetAndMetadata(4)); // never past an unfinished record
        t.finished(P0, 4);
        assertThat(t.committable().get(P0)).isEqualTo(new OffsetAndMetadata(6));
        t.readUpTo(P1, 3); // a partition holding only markers
        assertThat(t.committable().get(P1)).isEqualTo(new OffsetAndMetadata(3));
    }
}

package io.newsflow.app.health;

import io.newsflow.devstack.EmbeddedKafka;
import io.newsflow.schemas.DeadLetter;
import io.newsflow.schemas.DeadLetterReason;
import io.newsflow.schemas.DeadLetters;
import io.newsflow.schemas.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipeline status read from a real broker: counts kept between snapshots, each snapshot reading only the dead
 * letters written since the one before (not all of them again, and none twice: letters removed by retention in between
 * stay counted, which a full re-read would lose), and a topic created again read anew.
 */
class KafkaPipelineStatusIT {
    static EmbeddedKafka kafka;
    static final Topics TOPICS = Topics.withPrefix("status-it.");

    @BeforeAll
    static void broker() throws Exception {
        kafka = EmbeddedKafka.start();
    }

    @AfterAll
    static void stop() {
        if (kafka != null) kafka.close();
    }

    /** A clock the test moves past the snapshot cache. */
    static final class Steps extends Clock {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");

        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
        void pass() { now = now.plus(KafkaPipelineStatus.CACHE).plusSeconds(1); }
    }

    private static void write(int n, String host) throws Exception {
        try (KafkaProducer<String, DeadLetter> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers()), new StringSerializer(), TOPICS.deadLetters().valueSerde().serializer())) {
            for (int i = 0; i < n; i++) {
                DeadLetter letter = DeadLetters.forInput("ingest", DeadLetterReason.TIMEOUT, "slow", "https://" + host + "/a" + i, null);
                producer.send(new ProducerRecord<>(TOPICS.deadLetters().name(), "k" + i, letter)).get();
            }
        }
    }

    private static void deleteRecordsSoFar() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> latest = new java.util.HashMap<>();
            for (int p = 0; p < 2; p++) latest.put(new org.apache.kafka.common.TopicPartition(TOPICS.deadLetters().name(), p),
                    org.apache.kafka.clients.admin.OffsetSpec.latest());
            Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.admin.RecordsToDelete> delete = new java.util.HashMap<>();
            admin.listOffsets(latest).all().get().forEach((tp, info) ->
                    delete.put(tp, org.apache.kafka.clients.admin.RecordsToDelete.beforeOffset(info.offset())));
            admin.deleteRecords(delete).all().get();
        }
    }

    @Test
    void eachSnapshotAddsOnlyTheNewDeadLettersAndARecreatedTopicIsReadAnew() throws Exception {
        Steps clock = new Steps();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(TOPICS.deadLetters().name(), 2, (short) 1))).all().get();
        }
        try (KafkaPipelineStatus status = new KafkaPipelineStatus(kafka.bootstrapServers(), TOPICS, List.of(), List.of(), clock)) {
            write(3, "slow.example");
            assertThat(status.snapshot().deadLetters().total()).isEqualTo(3);
            deleteRecordsSoFar(); // retention removes the old letters: their counts stay, they are not read again
            write(2, "slow.example");
            assertThat(status.snapshot().deadLetters().total()).as("cached for %s", KafkaPipelineStatus.CACHE).isEqualTo(3);
            clock.pass();
            KafkaPipelineStatus.Snapshot later = status.snapshot();
            assertThat(later.deadLetters().total()).isEqualTo(5);
            assertThat(later.fetchErrors()).singleElement().satisfies(h -> {
                assertThat(h.host()).isEqualTo("slow.example");
                assertThat(h.count()).isEqualTo(5);
            });
            clock.pass();
            assertThat(status.snapshot().deadLetters().total()).as("nothing new: nothing counted twice").isEqualTo(5);

            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
                admin.deleteTopics(List.of(TOPICS.deadLetters().name())).all().get();
                for (int i = 0; i < 50 && admin.listTopics().names().get().contains(TOPICS.deadLetters().name()); i++) Thread.sleep(200);
                admin.createTopics(List.of(new NewTopic(TOPICS.deadLetters().name(), 2, (short) 1))).all().get();
            }
            write(1, "other.example");
            clock.pass();
            KafkaPipelineStatus.Snapshot anew = status.snapshot();
            assertThat(anew.deadLetters().total()).as("the new topic's letters only").isEqualTo(1);
            assertThat(anew.fetchErrors()).extracting(KafkaPipelineStatus.HostErrors::host).containsExactly("other.example");
        }
    }
}

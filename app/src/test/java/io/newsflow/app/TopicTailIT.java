package io.newsflow.app;

import io.newsflow.devstack.EmbeddedKafka;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.TopicTail;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link TopicTail} (schemas' test-jar) on a real broker: each read returns only what was written since the last, and a
 * committed tail returns a transaction's records once it commits, never those of an aborted one. Runs its own broker,
 * closed after the class, as {@link IngestStdinIT} does.
 */
class TopicTailIT {
    static EmbeddedKafka kafka;
    static final Topic<String, String> WORDS = new Topic<>("tail-it.words", Serdes.String(), Serdes.String());
    static final Duration PATIENCE = Duration.ofSeconds(30);

    @BeforeAll
    static void broker() throws Exception {
        kafka = EmbeddedKafka.start();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(WORDS.name(), 2, (short) 1))).all().get();
        }
    }

    @AfterAll
    static void stop() {
        if (kafka != null) kafka.close();
    }

    @Test
    void eachReadReturnsWhatIsNewAndOnlyCommittedTransactions() throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "tail-it"), new StringSerializer(), new StringSerializer());
             var committed = new TopicTail<>(kafka.bootstrapServers(), WORDS, true);
             var everything = new TopicTail<>(kafka.bootstrapServers(), WORDS, false)) {
            producer.initTransactions();
            send(producer, true, "a", "b", "c");
            assertThat(readAtLeast(committed, 3)).containsExactlyInAnyOrder("a", "b", "c");
            send(producer, true, "d");
            assertThat(readAtLeast(committed, 1)).as("only what came since").containsExactly("d");
            assertThat(committed.readNew()).as("nothing new").isEmpty();

            producer.beginTransaction();
            producer.send(new ProducerRecord<>(WORDS.name(), "e", "e")).get();
            assertThat(committed.readNew()).as("its transaction is still open").isEmpty();
            producer.commitTransaction();
            assertThat(readAtLeast(committed, 1)).as("read once committed").containsExactly("e");

            send(producer, false, "x");
            send(producer, true, "y");
            assertThat(readAtLeast(committed, 1)).as("not the aborted transaction's").containsExactly("y");
            assertThat(readAtLeast(everything, 7)).as("read_uncommitted sees every record written")
                    .containsExactlyInAnyOrder("a", "b", "c", "d", "e", "x", "y");
        }
    }

    /**
     * Reads until at least {@code count} values came (at most {@link #PATIENCE}): a committed transaction's records
     * become readable when its markers are written, a moment after {@code commitTransaction} returns.
     */
    static List<String> readAtLeast(TopicTail<String> tail, int count) throws InterruptedException {
        List<String> read = new ArrayList<>(tail.readNew());
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (read.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
            read.addAll(tail.readNew());
        }
        return read;
    }

    /** Sends {@code words} in one transaction, then commits it or aborts it. */
    static void send(KafkaProducer<String, String> producer, boolean commit, String... words) throws Exception {
        producer.beginTransaction();
        for (String w : words) producer.send(new ProducerRecord<>(WORDS.name(), w, w)).get();
        if (commit) producer.commitTransaction();
        else producer.abortTransaction();
    }
}

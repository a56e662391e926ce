package io.newsflow.app.pipeline;

import io.newsflow.app.config.KafkaSettings;
import io.newsflow.devstack.EmbeddedKafka;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stages started side by side (enrich and index) create the same topics at once against the real broker: both
 * starts succeed and every topic exists once. Runs its own broker, closed after the class, as {@code IngestStdinIT}.
 */
class TopicSetupIT {
    static EmbeddedKafka kafka;

    @BeforeAll
    static void broker() throws Exception {
        kafka = EmbeddedKafka.start();
    }

    @AfterAll
    static void stop() {
        if (kafka != null) kafka.close();
    }

    @Test
    void twoConcurrentCreatorsBothSucceed() throws Exception {
        for (int round = 0; round < 3; round++) {
            String prefix = "concurrent-" + round + ".";
            KafkaSettings settings = new KafkaSettings(kafka.bootstrapServers(), prefix, 1, 1);
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService stages = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> runs = List.of(
                        stages.submit(() -> ensureAfter(start, settings)),
                        stages.submit(() -> ensureAfter(start, settings)));
                for (Future<?> run : runs) run.get(90, TimeUnit.SECONDS);
            } finally {
                stages.shutdownNow();
            }
            try (Admin admin = TopicSetup.admin(settings)) {
                assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS))
                        .containsAll(Topics.withPrefix(prefix).all().stream().map(Topic::name).toList());
            }
        }
    }

    /** The race made certain: the topic appears between the listing and the creation request. */
    @Test
    void creatingATopicThatAnotherStageJustCreatedSucceeds() throws Exception {
        KafkaSettings settings = new KafkaSettings(kafka.bootstrapServers(), "raced.", 1, 1);
        try (Admin admin = TopicSetup.admin(settings)) {
            List<NewTopic> topics = List.of(new NewTopic("raced.events", 1, (short) 1), new NewTopic("raced.alerts", 1, (short) 1));
            admin.createTopics(topics.subList(0, 1)).all().get(30, TimeUnit.SECONDS);

            TopicSetup.create(admin, topics);

            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains("raced.events", "raced.alerts");
        }
    }

    private static Void ensureAfter(CyclicBarrier start, KafkaSettings settings) throws Exception {
        start.await(30, TimeUnit.SECONDS);
        TopicSetup.ensure(settings, Topics.withPrefix(settings.topicPrefix()));
        return null;
    }
}

package io.newsflow.schemas.stage;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Kafka check every stage makes before it starts. Kafka's clients never fail on a broker that does not answer:
 * they retry until their own timeouts (a minute and more), so a stage started against a wrong address would look
 * like it runs. Asking for the cluster id, bounded by the stage's start timeout, fails fast instead.
 */
public final class KafkaReachable {
    private KafkaReachable() {}

    /**
     * Returns once a broker of {@code bootstrapServers} answered, within {@code timeout}.
     *
     * @throws StageStartException naming the address and what to set when no broker answered
     */
    public static void require(String bootstrapServers, Duration timeout) throws StageStartException, InterruptedException {
        int millis = (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis()));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis))) {
            admin.describeCluster().clusterId().get(millis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw new StageStartException("cannot reach Kafka at " + bootstrapServers + " within " + timeout
                    + ": start it, or set NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS or kafka.bootstrapServers in a -c FILE", e);
        }
    }
}

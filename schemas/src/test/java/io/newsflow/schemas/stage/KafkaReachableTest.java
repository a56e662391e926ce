package io.newsflow.schemas.stage;

import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KafkaReachableTest {
    @Test
    void noBrokerFailsWithinTheTimeoutNamingTheAddressAndTheSetting() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort(); // closed again: connections are refused
        }
        String address = "127.0.0.1:" + port;

        long started = System.nanoTime();
        assertThatThrownBy(() -> KafkaReachable.require(address, Duration.ofSeconds(2)))
                .isInstanceOf(StageStartException.class)
                .hasMessageContaining("cannot reach Kafka at " + address)
                .hasMessageContaining("NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
    }

    @Test
    void anAddressThatIsNotOneFailsTheSameWay() {
        assertThatThrownBy(() -> KafkaReachable.require("not an address", Duration.ofSeconds(1)))
                .isInstanceOf(StageStartException.class).hasMessageContaining("cannot reach Kafka at not an address");
    }
}

package io.newsflow.index.settings;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServeSettingsTest {
    static final String TOKEN = "a-long-enough-secret-token";

    @Test
    void loopbackNeedsNoToken() {
        assertThat(new ServeSettings("127.0.0.1", 8321).token()).isNull();
        assertThat(new ServeSettings("localhost", 8321, " ").token()).isNull();
        assertThat(ServeSettings.isLoopback("::1")).isTrue();
        assertThat(ServeSettings.isLoopback("127.0.0.2")).isTrue();
    }

    @Test
    void anyOtherAddressIsRefusedWithoutAToken() {
        assertThatThrownBy(() -> new ServeSettings("0.0.0.0", 8321))
                .hasMessageContaining("index.serve.host is 0.0.0.0, not a loopback address: set index.serve.token");
        assertThatThrownBy(() -> new ServeSettings("192.0.2.10", 8321, null)).hasMessageContaining("index.serve.token");
        assertThat(new ServeSettings("0.0.0.0", 8321, TOKEN).token()).isEqualTo(TOKEN);
    }

    @Test
    void aShortTokenIsRefusedAndTheTokenIsNeverPrinted() {
        assertThatThrownBy(() -> new ServeSettings("0.0.0.0", 8321, "short")).hasMessageContaining("at least 16 characters");
        assertThat(new ServeSettings("0.0.0.0", 8321, TOKEN).toString()).doesNotContain(TOKEN).contains("token=***");
    }
}

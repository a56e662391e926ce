package io.newsflow.app.commands;

import io.newsflow.app.Newsflow;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code newsflow serve --host}: an address beyond loopback without a token is a configuration error, before any connection. */
class ServeCommandTest {
    @Test
    void aNonLoopbackHostWithoutATokenIsAConfigurationError() {
        CommandLine cli = Newsflow.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));

        int code = Newsflow.execute(cli, new String[] {"serve", "--host", "0.0.0.0", "-p", "0"});

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("configuration error", "0.0.0.0", "NEWSFLOW_SERVE_TOKEN");
    }
}

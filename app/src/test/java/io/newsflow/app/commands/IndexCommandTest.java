package io.newsflow.app.commands;

import io.newsflow.app.Newsflow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class IndexCommandTest {
    @TempDir Path dir;

    /** A loopback port nothing listens on: a connection to it is refused at once. */
    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void anUnreachableElasticsearchFailsTheStartWithWhatToSetAndNeverSaysRunning() throws Exception {
        Path config = dir.resolve("newsflow.yaml");
        Files.writeString(config, "kafka:\n  bootstrapServers: 127.0.0.1:" + closedPort() + "\n"
                + "index:\n  hosts: [\"http://127.0.0.1:" + closedPort() + "\"]\n");
        CommandLine cli = Newsflow.commandLine();
        IndexCommand command = cli.getSubcommands().get("index").getCommand();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        command.out = new PrintStream(out, true, StandardCharsets.UTF_8);
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));

        long started = System.nanoTime();
        int exit = cli.execute("index", "-c", config.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("running");
        assertThat(err.toString()).contains("cannot reach Elasticsearch").contains("NEWSFLOW_ELASTICSEARCH_HOSTS");
        assertThat(System.nanoTime() - started).as("fails fast, not after the start timeout").isLessThan(20_000_000_000L);
    }
}

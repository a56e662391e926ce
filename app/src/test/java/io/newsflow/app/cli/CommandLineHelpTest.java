package io.newsflow.app.cli;

import io.newsflow.app.Newsflow;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as a new user meets it: complete help, a useful suggestion, and what to set when a service is down. */
class CommandLineHelpTest {

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        CommandLine cli = Newsflow.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = Newsflow.execute(cli, args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpListsEveryCommandWithAWholeSentenceOnOneLine() {
        String help = run("--help").out();
        List<String> lines = help.lines().toList();
        for (String command : Newsflow.commandLine().getSubcommands().keySet()) {
            String row = lines.stream().filter(l -> l.startsWith("  " + command + " ")).findFirst().orElseThrow(
                    () -> new AssertionError("no row for " + command + " in\n" + help));
            assertThat(row).as("summary of %s, not cut mid-sentence", command).endsWith(".");
        }
        CommandLine.Model.UsageMessageSpec usage = Newsflow.commandLine().getCommandSpec().usageMessage();
        assertThat(lines).as("the footer's lines, none wrapped").containsSubsequence(usage.footer());
        assertThat(help).contains("demo", "devstack", "test", "NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS",
                "NEWSFLOW_ELASTICSEARCH_HOSTS", "-c FILE");
    }

    @Test
    void aMisspeltCommandGetsTheNearestOne() {
        Run run = run("serch", "Lavrov");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown command 'serch'", "Did you mean 'search'?");
        assertThat(run("ext").err()).contains("Did you mean 'extract'?");
        assertThat(run("indx").err()).contains("Did you mean 'index'?");
        assertThat(run("frobnicate").err()).doesNotContain("Did you mean").contains("Commands: ingest, enrich");
    }

    @Test
    void launcherCommandsSayWhereTheyRun() {
        assertThat(run("demo").err()).contains("./newsflow demo");
    }

    @Test
    void nearestIsPrefixOrFewEdits() {
        Set<String> commands = Set.of("search", "serve", "ingest", "index", "enrich");
        assertThat(CommandSuggestion.nearest("sear", commands)).contains("search");
        assertThat(CommandSuggestion.nearest("servr", commands)).contains("serve");
        assertThat(CommandSuggestion.nearest("qwerty", commands)).isEmpty();
        assertThat(CommandSuggestion.distance("kitten", "sitting")).isEqualTo(3);
    }

    @Test
    void searchWithoutElasticsearchSaysWhatToSet() throws Exception {
        Path config = Files.createTempFile("newsflow", ".yaml");
        try {
            int port;
            try (var socket = new java.net.ServerSocket(0)) {
                port = socket.getLocalPort(); // closed again: nothing listens there
            }
            Files.writeString(config, "index:\n  hosts: [\"http://127.0.0.1:" + port + "\"]\n");
            Run run = run("search", "-c", config.toString(), "Lavrov");
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.err()).contains("cannot reach Elasticsearch", "NEWSFLOW_ELASTICSEARCH_HOSTS", "-c FILE");
        } finally {
            Files.deleteIfExists(config);
        }
    }

    @Test
    void unreachableServicesAreNamed() {
        assertThat(FailureMessages.explain(new java.io.IOException("search failed", new ConnectException("Connection refused"))))
                .startsWith("cannot reach Elasticsearch (ConnectException: Connection refused)")
                .contains("NEWSFLOW_ELASTICSEARCH_HOSTS");
        assertThat(FailureMessages.explain(new RuntimeException(
                new org.apache.kafka.common.errors.TimeoutException("Timed out waiting for a node assignment"))))
                .startsWith("cannot reach Kafka").contains("NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS");
        assertThat(FailureMessages.explain(new IllegalStateException("boom"))).isEqualTo("java.lang.IllegalStateException: boom");
    }
}

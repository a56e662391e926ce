package io.newsflow.app.commands;

import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.schemas.HostileInput;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz (bounded tries, seeded: HostileInput.forAll) of {@code newsflow analyze -}: broken text, HTML and JSON lines and random bytes on
 * standard input never crash the command or hang it; every input is accounted for on standard output, as at least one
 * JSON line (a document or an {@code error} line), and the exit code is 1 exactly when an error line was printed.
 */
class AnalyzeFuzzTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String TEXT = "Armenia accused Azerbaijan of shelling border villages.\n\nLavrov held talks with Mirzoyan in Yerevan.\n";
    static final String HTML = "<!doctype html><html lang=\"ru\"><head><title>Лавров в Ереване</title>"
            + "<meta property=\"article:published_time\" content=\"2025-05-20T08:00:00Z\"></head><body><article><h1>Лавров в Ереване</h1>"
            + "<p>Лавров провёл переговоры с Мирзояном в Ереване.</p><p>Россия обвинила Азербайджан в нарушении перемирия.</p></article></body></html>";
    static final String JSONL = """
            {"id":"a","text":"Putin met Pashinyan in Moscow.","published":"2024-02-03","language":"en"}
            {"id":"b","text":"Armenia froze its participation in the CSTO.","published":"20240203T101500+0400"}
            """;

    static HostileInput.Gen<byte[]> inputs() {
        return HostileInput.bytesOf(2000, TEXT, HTML, JSONL);
    }

    @Test
    void everyInputIsADocumentOrAnErrorLine() throws Exception {
        HostileInput.forAll(100, inputs(), stdin -> {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            AnalyzeCommand command = new AnalyzeCommand();
            command.out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
            command.in = new ByteArrayInputStream(stdin);
            int exit = HostileInput.within(Duration.ofSeconds(60),
                    () -> new CommandLine(command).setErr(new PrintWriter(new StringWriter())).execute("-"));
            List<JsonNode> lines = new ArrayList<>();
            for (String line : buffer.toString(StandardCharsets.UTF_8).lines().toList()) lines.add(JSON.readTree(line));
            assertThat(lines).as("one line at least for the input").isNotEmpty();
            boolean errors = lines.stream().anyMatch(l -> l.has("error"));
            assertThat(exit).isEqualTo(errors ? 1 : 0);
            assertThat(lines).allSatisfy(l -> assertThat(l.has("error") || l.has("events")).isTrue());
        });
    }
}

package io.newsflow.app.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyzeCommandTest {
    static final String ACCUSATION = "Armenia accused Azerbaijan of shelling border villages.";

    @TempDir Path dir;

    private record Run(int exit, List<JsonNode> lines, List<String> raw, String err) {}

    private Run run(String stdin, String... args) throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        AnalyzeCommand command = new AnalyzeCommand();
        command.out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        command.in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        StringWriter err = new StringWriter();
        int exit = new CommandLine(command).setErr(new PrintWriter(err)).execute(args);
        List<JsonNode> lines = new ArrayList<>();
        List<String> raw = buffer.toString(StandardCharsets.UTF_8).lines().toList();
        ObjectMapper json = new ObjectMapper();
        for (String line : raw) lines.add(json.readTree(line));
        return new Run(exit, lines, raw, err.toString());
    }

    private static List<String> codes(JsonNode side) {
        List<String> codes = new ArrayList<>();
        side.forEach(a -> codes.add(a.get("code").asText()));
        return codes;
    }

    @Test
    void plainTextFromStandardInput() throws Exception {
        Run run = run(ACCUSATION + "\n", "-");

        assertThat(run.exit()).isZero();
        assertThat(run.lines()).hasSize(1);
        JsonNode doc = run.lines().get(0);
        assertThat(doc.get("id").asText()).isEqualTo("stdin");
        assertThat(doc.get("language").isNull()).isTrue(); // one sentence of names: too little to name a language
        JsonNode event = doc.get("events").get(0);         // (and it is still coded)
        assertThat(event.get("type").asText()).isEqualTo("ACCUSE");
        assertThat(codes(event.get("source"))).containsExactly("ARM");
        assertThat(codes(event.get("target"))).containsExactly("AZE");
        assertThat(event.get("start").asInt()).isZero();
        assertThat(event.get("end").asInt()).isEqualTo(ACCUSATION.length());
        assertThat(event.get("confidence").isDouble()).isTrue();
        assertThat(event.get("confidence").asText()).matches("[01]\\.\\d{1,2}");
    }

    /**
     * --min-confidence sets what counts as confident (and so what --confident-only prints, counting the others in
     * lowConfidenceEvents); out of [0, 1] it is refused.
     */
    @Test
    void minConfidenceSetsTheConfidentFlag() throws Exception {
        JsonNode calibrated = run(ACCUSATION + "\n", "-").lines().get(0).get("events").get(0);
        double confidence = calibrated.get("confidence").asDouble();
        JsonNode at = run(ACCUSATION + "\n", "--min-confidence", String.valueOf(confidence), "-").lines().get(0).get("events").get(0);
        assertThat(at.get("confident").asBoolean()).isTrue();
        JsonNode above = run(ACCUSATION + "\n", "--min-confidence", String.valueOf(confidence + 0.01), "-").lines().get(0).get("events").get(0);
        assertThat(above.get("confident").asBoolean()).isFalse();
        assertThat(above.get("confidence").asDouble()).isEqualTo(confidence);
        JsonNode confidentOnly = run(ACCUSATION + "\n", "--confident-only", "--min-confidence", String.valueOf(confidence + 0.01), "-")
                .lines().get(0);
        assertThat(confidentOnly.get("events")).isEmpty();
        assertThat(confidentOnly.get("lowConfidenceEvents").asInt()).isEqualTo(1); // left out, not lost unsaid
        assertThat(run(ACCUSATION + "\n", "--confident-only", "--min-confidence", String.valueOf(confidence), "-")
                .lines().get(0).has("lowConfidenceEvents")).isFalse(); // none left out: no count

        Run refused = run(ACCUSATION + "\n", "--min-confidence", "1.5", "-");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.lines()).isEmpty();
    }

    /** --trace adds each trigger word and its fate; without it there is no "triggers" field. */
    @Test
    void traceTellsWhatBecameOfEachTrigger() throws Exception {
        JsonNode doc = run(ACCUSATION + " The talks ended.\n", "--trace", "-").lines().get(0);

        JsonNode triggers = doc.get("triggers");
        assertThat(triggers).hasSize(3);
        assertThat(triggers.get(0).get("text").asText()).isEqualTo("accused");
        assertThat(triggers.get(0).get("type").asText()).isEqualTo("ACCUSE");
        assertThat(triggers.get(0).get("fate").asText()).isEqualTo("event");
        assertThat(triggers.get(0).get("start").asInt()).isEqualTo(ACCUSATION.indexOf("accused"));
        // the attack the accusation claims is coded beside it, but "border villages" names no actor: half an event
        assertThat(triggers.get(1).get("text").asText()).isEqualTo("shelling");
        assertThat(triggers.get(1).get("fate").asText()).isEqualTo("no-target");
        assertThat(triggers.get(2).get("fate").asText()).isEqualTo("no-actor");
        assertThat(run(ACCUSATION + "\n", "-").lines().get(0).has("triggers")).isFalse();
    }

    /** Issue 15: text past the analysis limit is counted in the document's line, not analysed and not dropped silently. */
    @Test
    void textPastMaxCharsIsCountedInUnanalysedChars() throws Exception {
        String text = ACCUSATION + "\n" + "Armenia accused Azerbaijan again. ".repeat(100).strip();

        Run run = run(text, "--max-chars", "60", "-");
        Run whole = run(ACCUSATION + "\n", "--max-chars", "60", "-");

        assertThat(run.exit()).isZero();
        JsonNode doc = run.lines().get(0);
        assertThat(doc.get("unanalysedChars").asInt()).isEqualTo(text.length() - ACCUSATION.length() - 1); // cut after the line break
        assertThat(doc.get("events")).hasSize(1);
        assertThat(whole.lines().get(0).has("unanalysedChars")).isFalse();
        assertThat(run("", "--max-chars", "0", "-").exit()).isEqualTo(2);
    }

    /** A FIFO named on the command line would block the run waiting for a writer: refused unopened, as a dangling link. */
    @Test
    void aFifoAndADanglingLinkAreErrorLinesNotOpened() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("gone.txt"));

        Run run = run("", fifo.toString(), dangling.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).extracting(l -> l.get("error").asText()).containsExactly(
                "not a regular file (a FIFO, socket or device is not read)", "dangling symbolic link (its target does not exist)");
    }

    @Test
    void badInputsArePrintedInTheirPlaceAndTheRunGoesOn() throws Exception {
        Path binary = Files.write(dir.resolve("a.txt"), new byte[] {'G', 'I', 'F', '8', 0, 1});
        Files.writeString(dir.resolve("b.jsonl"), "{\"id\":\"x\",\"text\":{\"a\":1}}\n"
                + "{\"id\":\"y\",\"text\":\"" + ACCUSATION + "\",\"published\":\"2023-04-28T13:53:25\"}\n");
        String missing = dir.resolve("gone.txt").toString();

        Run run = run("", missing, dir.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.raw()).hasSize(4);
        assertThat(run.raw().subList(0, 3)).containsExactly(
                "{\"input\":\"" + missing + "\",\"line\":0,\"error\":\"no such file\"}",
                "{\"input\":\"" + binary + "\",\"line\":0,\"error\":\"binary content (a NUL byte at byte offset 4), not text:"
                        + " analyze reads UTF-8 text, HTML or JSON lines\"}",
                "{\"input\":\"" + dir.resolve("b.jsonl") + "\",\"line\":1,\"error\":\"\\\"text\\\" must be a string, not an object: {\\\"a\\\":1}\"}");
        assertThat(run.lines().get(3).get("id").asText()).isEqualTo("y");
        assertThat(run.lines().get(3).get("events").get(0).get("type").asText()).isEqualTo("ACCUSE");
    }

    @Test
    void htmlIsAnalysedAsItsMainText() throws Exception {
        String page = "<!doctype html><html><head><title>Shelling</title><script>var Russia = 'Moscow';</script></head>"
                + "<body><nav><a href=/russia>Russia</a> <a href=/georgia>Georgia</a></nav>"
                + "<article><p>" + ACCUSATION + " Officials in Yerevan said the attack lasted two hours.</p></article></body></html>";

        Run run = run(page, "-");

        assertThat(run.exit()).isZero();
        List<String> actors = new ArrayList<>();
        run.lines().get(0).get("actors").forEach(a -> actors.add(a.get("code").asText()));
        assertThat(actors).doesNotContain("RUS", "GEO").contains("ARM", "AZE");
        assertThat(run.lines().get(0).get("events").get(0).get("start").asInt()).isZero();
    }

    @Test
    void aHundredThousandLineTextIsAnalysedWhole() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 100_000; i++) text.append("Line ").append(i).append(" of the weather report.\n");
        int last = text.length();
        text.append(ACCUSATION).append('\n');

        Run run = run(text.toString(), "--max-chars", String.valueOf(text.length()), "-"); // over the default limit

        assertThat(run.exit()).isZero();
        assertThat(run.lines()).hasSize(1);
        assertThat(run.lines().get(0).has("unanalysedChars")).isFalse();
        JsonNode events = run.lines().get(0).get("events");
        JsonNode event = events.get(events.size() - 1);
        assertThat(event.get("type").asText()).isEqualTo("ACCUSE");
        assertThat(event.get("start").asInt()).isEqualTo(last);
        assertThat(event.get("end").asInt()).isEqualTo(last + ACCUSATION.length());
    }

    @Test
    void wrongFormatWordIsAUsageError() throws Exception {
        Run run = run("", "--format", "xml", "-");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("'xml' is not a format: use auto, text, jsonl or html");
    }
}

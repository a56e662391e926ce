package io.newsflow.app.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.enrich.analyze.ArticleAnalyzer;
import io.newsflow.schemas.Actor;
import io.newsflow.schemas.Event;
import io.newsflow.schemas.EventActor;
import io.newsflow.schemas.Mention;
import io.newsflow.schemas.Quote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

/**
 * {@code newsflow analyze [--format auto|text|jsonl] FILE|-}: actors, events and quotes of texts without Kafka, one JSON
 * object per document (the events dataset's scorer reads this output). A line that cannot be analysed prints a JSON error
 * object and the command goes on. Exit codes: 0 when every document was analysed; 1 when any input or line failed.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Finds actors and codes events in texts, without Kafka (backfills, debugging, scoring).",
                "Input: plain-text files (one document each), or JSON lines {\"id\",\"text\",\"published\"?,\"language\"?}",
                "(files ending in .jsonl, or --format jsonl; '-' reads standard input). Output: one JSON object per document."})
public final class AnalyzeCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--format", defaultValue = "auto", description = "Input format: auto (by extension), text or jsonl.")
    String format;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Text or JSON-lines files, or - for standard input.")
    java.util.List<String> inputs;

    @Override
    public Integer call() throws Exception {
        ArticleAnalyzer analyzer = ArticleAnalyzer.bundled();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        int failures = 0;
        for (String input : inputs) {
            boolean jsonl = format.equals("jsonl") || (format.equals("auto") && (input.endsWith(".jsonl") || input.equals("-")));
            try (Reader reader = input.equals("-") ? new InputStreamReader(System.in, StandardCharsets.UTF_8)
                    : Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8)) {
                if (jsonl) {
                    failures += analyzeLines(analyzer, new BufferedReader(reader), input, out);
                } else {
                    String text = new BufferedReader(reader).lines().reduce((a, b) -> a + "\n" + b).orElse("");
                    out.println(JSON.writeValueAsString(toJson(input, null, analyzer.analyze(input, null, text, null))));
                }
            } catch (IOException e) {
                out.println(JSON.writeValueAsString(error(input, 0, "cannot read: " + e.getMessage())));
                failures++;
            }
        }
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    private static int analyzeLines(ArticleAnalyzer analyzer, BufferedReader reader, String input, PrintStream out) throws IOException {
        int failures = 0, lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank()) continue;
            try {
                JsonNode doc = JSON.readTree(line);
                String id = doc.path("id").asText(input + ":" + lineNumber);
                String text = doc.path("text").asText(null);
                if (text == null) throw new IllegalArgumentException("no \"text\" field");
                LocalDate published = date(doc.path("published").asText(null));
                out.println(JSON.writeValueAsString(toJson(id, doc.path("language").asText(null), analyzer.analyze(id, null, text, published))));
            } catch (RuntimeException | IOException e) {
                out.println(JSON.writeValueAsString(error(input, lineNumber, e.getMessage())));
                failures++;
            }
        }
        return failures;
    }

    static LocalDate date(String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return value.length() <= 10 ? LocalDate.parse(value) : OffsetDateTime.parse(value).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"published\" is not an ISO-8601 date: " + value, e);
        }
    }

    static ObjectNode toJson(String id, String language, ArticleAnalyzer.Analysis analysis) {
        ObjectNode doc = JSON.createObjectNode().put("id", id).put("language", language != null ? language : analysis.language());
        ArrayNode actors = doc.putArray("actors");
        for (Actor a : analysis.actors()) {
            ObjectNode actor = actors.addObject().put("id", a.getId()).put("name", a.getName()).put("kind", a.getKind())
                    .put("code", a.getCountryCode()).put("sector", a.getSector()).put("role", a.getRole());
            ArrayNode mentions = actor.putArray("mentions");
            for (Mention m : a.getMentions()) mentions.addObject().put("start", m.getStart()).put("end", m.getEnd()).put("text", m.getSurface());
        }
        ArrayNode quotes = doc.putArray("quotes");
        for (Quote q : analysis.quotes()) {
            quotes.addObject().put("speakerId", q.getSpeakerId()).put("speaker", q.getSpeakerName()).put("text", q.getText())
                    .put("start", q.getStart()).put("end", q.getEnd());
        }
        ArrayNode events = doc.putArray("events");
        for (Event e : analysis.events()) {
            ObjectNode event = events.addObject().put("id", e.getId()).put("type", e.getType().name()).put("mode", e.getMode());
            side(event.putArray("source"), e.getSource());
            side(event.putArray("target"), e.getTarget());
            event.put("date", e.getDate() == null ? null : e.getDate().toString()).put("datePrecision", e.getDatePrecision().name());
            if (e.getLocation() != null) event.put("location", e.getLocation().getName());
            event.put("negated", e.getNegated()).put("modality", e.getModality()).put("confidence", e.getConfidence())
                    .put("sentence", e.getSentence()).put("start", e.getSentenceStart()).put("end", e.getSentenceEnd());
        }
        return doc;
    }

    private static void side(ArrayNode array, EventActor actor) {
        if (actor != null) array.addObject().put("id", actor.getId()).put("name", actor.getName()).put("code", actor.getCountryCode())
                .put("sector", actor.getSector());
    }

    private static ObjectNode error(String input, int line, String message) {
        return JSON.createObjectNode().put("input", input).put("line", line).put("error", message);
    }
}

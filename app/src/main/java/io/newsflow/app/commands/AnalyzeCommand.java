package io.newsflow.app.commands;

import io.newsflow.app.analyze.AnalysisJson;
import io.newsflow.app.analyze.DocumentReader;
import io.newsflow.app.analyze.InputDocument;
import io.newsflow.app.analyze.InputFormat;
import io.newsflow.app.analyze.Inputs;
import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.enrich.actors.ActorDictionary;
import io.newsflow.enrich.analyze.AnalysisLimit;
import io.newsflow.enrich.analyze.ArticleAnalyzer;
import io.newsflow.enrich.events.EventCoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code newsflow analyze [--format auto|text|jsonl|html] FILE|DIR|-...}: actors, events and quotes of texts without
 * Kafka, one JSON object per document (the events datasets' scorers read this output; {@link AnalysisJson} writes it).
 * Inputs are read by {@link DocumentReader} as {@link InputFormat} decides; whatever cannot be read or analysed prints
 * one JSON error line ({@code input}, {@code line}, {@code error}) in its place and the command goes on with the rest.
 * One document is read up to {@code ingest.maxFileBytes} (10 MiB by default) and analysed up to {@code --max-chars}
 * ({@link AnalysisLimit}, 300,000 characters by default; the rest is counted in {@code unanalysedChars}). Exit codes: 0 when every document was
 * analysed; 1 when any error line was printed; 2 for wrong arguments.
 */
@Command(name = "analyze", header = "Finds actors and codes events in texts, without Kafka.", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Finds actors and codes events in texts, without Kafka (backfills, debugging, scoring).",
                "",
                "Input: plain text (one document a file), HTML pages (their main text, as ingest extracts it) or JSON lines"
                        + " {\"id\",\"text\",\"published\"?,\"language\"?}; - reads standard input; a folder gives its .txt, .text,"
                        + " .html, .htm, .jsonl and .ndjson files (also .gz), recursively. Gzip is read as such; a UTF-8 BOM is skipped.",
                "",
                "\"published\": an ISO-8601 date (2024-02-03, 20240203, 2024-034, 2024-W05-6) or date-time"
                        + " (2024-02-03T13:53:25Z, +04:00 offsets, T or a space): the day is the UTC day of that instant, and a"
                        + " date-time without an offset is taken as UTC. A year-month (2024-02) or a week (2024-W05) stands for"
                        + " its first day; a year alone is refused.",
                "",
                "Output: one JSON object per document. An input, line or document that cannot be read prints"
                        + " {\"input\",\"line\",\"error\"} in its place and the run goes on (exit 1 at the end). A document is"
                        + " read up to ingest.maxFileBytes (10 MiB); the rest of a longer text is reported, never dropped silently."
                        + " It is analysed up to --max-chars characters; \"unanalysedChars\" counts the rest.",
                ""})
public final class AnalyzeCommand implements Callable<Integer> {
    @Mixin ConfigOption config;

    @Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT", converter = InputFormat.Converter.class,
            description = "auto (default): by the name (.jsonl, .ndjson; .html, .htm), else by the first non-blank line: JSON"
                    + " lines when it is a JSON object, HTML when it opens a tag, else text. text, jsonl or html: only where"
                    + " auto guesses wrong; a format the content cannot be is an error that says which to use.")
    InputFormat format;

    @Option(names = "--confident-only", description = "Print only the events at or above the confidence"
            + " threshold (--min-confidence) (\"confident\": true), as search and dashboards show them by default, and count the"
            + " others in \"lowConfidenceEvents\". Without it every event is printed with its confidence and confident flag"
            + " (scorers rank by confidence).")
    boolean confidentOnly;

    @Option(names = "--min-confidence", paramLabel = "C",
            description = "Events at or above confidence C (0 to 1) are \"confident\" (default: enrich.minConfidence of the"
                    + " configuration, else the calibrated threshold; docs/events.md gives the precision at each).")
    Double minConfidence;

    @Option(names = "--trace", description = "Also print, per document, every trigger word found and what became of it"
            + " (\"triggers\": start, end, text, type, fate: event, no-actor, not-an-act, clause-coded, no-source, merged,"
            + " no-target, did-not-happen, repeated; docs/events.md): why a sentence gave no event.")
    boolean trace;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + AnalysisLimit.DEFAULT_MAX_CHARS,
            description = "Analyse at most N characters of each document (default: ${DEFAULT-VALUE}), cut at a line break or"
                    + " space; the document's \"unanalysedChars\" counts the rest (absent when the whole text was analysed).")
    int maxChars;

    @Parameters(paramLabel = "FILE|DIR|-", arity = "1..*", description = "Files, folders, or - for standard input.")
    List<String> inputs;

    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    InputStream in = System.in;

    @Override
    public Integer call() {
        NewsflowConfig settings = config.load();
        DocumentReader reader = new DocumentReader(settings.ingest().maxFileBytes());
        if (maxChars < 1) {
            System.err.println("analyze: --max-chars must be at least 1, was " + maxChars);
            return 2;
        }
        double confidentAt;
        try {
            confidentAt = minConfidence != null ? EventCoder.requireThreshold(minConfidence, "--min-confidence") : settings.enrich().confidentAt();
        } catch (IllegalArgumentException e) {
            System.err.println("analyze: " + e.getMessage());
            return 2;
        }
        ArticleAnalyzer analyzer = new ArticleAnalyzer(ActorDictionary.bundled(), new AnalysisLimit(maxChars), confidentAt);
        int problems = 0;
        for (Inputs.Input input : Inputs.expand(inputs)) {
            Printer printer = new Printer(analyzer, input.name(), out, !confidentOnly, trace);
            reader.read(input, in, format, printer);
            problems += printer.problems;
        }
        out.flush();
        return problems == 0 ? 0 : 1;
    }

    /** Analyses each document of one input and prints it, or prints the problem in its place. */
    private static final class Printer implements DocumentReader.Sink {
        private final ArticleAnalyzer analyzer;
        private final String input;
        private final PrintStream out;
        private final boolean allEvents;
        private final boolean trace;
        int problems;

        Printer(ArticleAnalyzer analyzer, String input, PrintStream out, boolean allEvents, boolean trace) {
            this.analyzer = analyzer;
            this.input = input;
            this.out = out;
            this.allEvents = allEvents;
            this.trace = trace;
        }

        @Override
        public void document(InputDocument d) {
            String line;
            try {
                line = AnalysisJson.document(d.id(), analyzer.analyze(d.id(), null, d.text(), d.published(), d.language(), trace), allEvents);
            } catch (RuntimeException e) { // an analyzer bug on one document must not end the run
                problem(0, "cannot analyse " + d.id() + ": " + e);
                return;
            }
            out.println(line);
        }

        @Override
        public void problem(int line, String message) {
            problems++;
            out.println(AnalysisJson.problem(input, line, message));
        }
    }
}

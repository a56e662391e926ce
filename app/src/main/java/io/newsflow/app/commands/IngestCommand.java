package io.newsflow.app.commands;

import io.newsflow.app.pipeline.Pipeline;
import io.newsflow.ingest.IngestService;
import io.newsflow.ingest.model.IngestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code newsflow ingest [-c FILE] [--once] [PATH... | -]}: polls the configured sources continuously (or once), reads
 * files and folders, or one document from standard input. Dead letters are data, not failures: a run that produced some
 * exits 0. Exit codes: 0; 1 when the stdin document became a dead letter or Kafka failed; 2 for wrong arguments or
 * configuration.
 */
@Command(name = "ingest", header = "Ingests files, standard input or the configured sources into Kafka.", mixinStandardHelpOptions = true,
        description = {"Ingests into the raw-articles topic (creates missing topics).",
                "With PATH...: reads those files and folders (.txt, .html, .htm, optionally .gz) once.",
                "With -: reads one document, HTML or plain text (UTF-8), from standard input; exit code 1 if it becomes a dead letter.",
                "Without: polls the sources configured under ingest.sources (feeds, sitemaps, sites, URLs, folders) "
                        + "politely, continuously until Ctrl-C, or once with --once."})
public final class IngestCommand implements Callable<Integer> {
    static final Path STDIN = Path.of("-");

    @Mixin ConfigOption config;

    @Option(names = "--once", description = "Poll every configured source once, then exit.")
    boolean once;

    @Option(names = "--url", paramLabel = "URL",
            description = "With -: the document's original URL (links resolve against it; its url, and canonical URL unless the page states one).")
    String url;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or folders (searched recursively), or - for one document (HTML or text) from standard input.")
    List<Path> inputs;

    @Override
    public Integer call() throws Exception {
        boolean files = inputs != null && !inputs.isEmpty();
        boolean fromStdin = files && inputs.contains(STDIN);
        if (fromStdin && inputs.size() > 1) {
            System.err.println("ingest: - (standard input) must be the only PATH");
            return 2;
        }
        if (url != null && !fromStdin) {
            System.err.println("ingest: --url applies to - (standard input) only");
            return 2;
        }
        try (Pipeline pipeline = new Pipeline(config.load())) {
            if (!files && pipeline.config().ingest().sources().isEmpty()) {
                System.err.println("ingest: no PATH given and no ingest.sources configured (see config/sources.sample.yaml)");
                return 2;
            }
            pipeline.createTopics();
            if (fromStdin) {
                IngestReport report = pipeline.ingest(System.in, url);
                System.out.println("ingest: " + report);
                return report.articles() == 1 ? 0 : 1;
            }
            if (files) {
                System.out.println("ingest: " + pipeline.ingest(inputs));
                return 0;
            }
            IngestService service = pipeline.ingestService();
            if (once) {
                IngestReport report = service.runOnce();
                System.out.println(service.metrics().progress());
                System.out.println("ingest: " + report);
                return report.articles() > 0 || report.deadLetterCount() == 0 ? 0 : 1;
            }
            service.start(Pipeline.START_TIMEOUT, System.out::println);
            System.out.println("ingest: polling " + pipeline.config().ingest().sources().size() + " sources until Ctrl-C");
            Throwable failure = RunUntilStopped.await(service, () -> service.health().failure(), System.out);
            if (failure != null) throw new IllegalStateException("ingest stopped: " + failure.getMessage(), failure);
            return 0;
        }
    }
}

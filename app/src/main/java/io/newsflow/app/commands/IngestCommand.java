package io.newsflow.app.commands;

import io.newsflow.app.pipeline.Pipeline;
import io.newsflow.ingest.IngestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Reads article files and folders (.txt, .html, .htm, optionally .gz) into the raw-articles topic.")
public final class IngestCommand implements Callable<Integer> {
    @Mixin ConfigOption config;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders (searched recursively).")
    List<Path> inputs;

    @Override
    public Integer call() throws Exception {
        try (Pipeline pipeline = new Pipeline(config.load())) {
            pipeline.createTopics();
            IngestReport report = pipeline.ingest(inputs);
            System.out.println("ingest: " + report);
            return 0;
        }
    }
}

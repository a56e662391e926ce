package io.newsflow.app.commands;

import io.newsflow.app.demo.Demo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code newsflow demo [--exit] [PATH...]}: the whole pipeline on the embedded dev stack (see {@link io.newsflow.app.demo.Demo}).
 * Exit codes: 0 after the summary with {@code --exit}, or after Ctrl-C; 1 when a step fails; 2 for a configuration error.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Runs the whole pipeline on the embedded dev stack: serves the bundled demo corpus as a news site on",
                "loopback and scrapes it (or reads the given files and folders), prints a summary with a full-text search,",
                "then keeps the stack up and serves the monitoring page (its URL is printed) until Ctrl-C."})
public final class DemoCommand implements Callable<Integer> {
    @Mixin ConfigOption config;

    @Option(names = "--exit", description = "Exit after the summary instead of keeping the stack running.")
    boolean exit;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Article files or folders (.txt, .html, .gz) instead of the demo corpus.")
    List<Path> inputs = List.of();

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        Demo demo = new Demo(out, config.load());
        try {
            demo.run(inputs).print(out);
        } catch (Exception | Error e) {
            demo.close();
            throw e;
        }
        if (exit) {
            demo.close();
            return 0;
        }
        String page = demo.startPage();
        out.println();
        out.println("Open the monitoring page: " + page);
        out.println("The stack keeps running; press Ctrl-C to stop it. Also try:");
        out.printf("  curl -s '%s/%s/_search?q=Lavrov&pretty'%n", demo.elasticsearchUrl(), demo.articlesIndex());
        if (demo.siteUrl() != null) out.printf("  curl -s %s/feed.xml   (the demo news site the articles were scraped from)%n", demo.siteUrl());
        out.printf("  NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS=%s ./newsflow ingest FOLDER   (enriched and indexed live)%n",
                demo.bootstrapServers());
        Throwable failure = RunUntilStopped.await(demo, () -> null, out);
        return failure == null ? 0 : 1;
    }
}

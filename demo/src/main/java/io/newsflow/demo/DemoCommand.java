package io.newsflow.demo;

import io.newsflow.app.commands.ConfigOption;
import io.newsflow.app.commands.RunUntilStopped;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code newsflow demo [--exit] [PATH...]}: the whole pipeline on the embedded dev stack (see {@link Demo}).
 * Exit codes: 0 after the summary with {@code --exit}, or after Ctrl-C; 1 when a step fails; 2 for a configuration error.
 */
@Command(name = "demo", header = "Runs the whole pipeline on an embedded dev stack: start here.", mixinStandardHelpOptions = true,
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
        out.println("The stack keeps running; press Ctrl-C to stop it. Meanwhile, from another terminal in this folder:");
        tryLines(demo, page).forEach(line -> out.println("  " + line));
        Throwable failure = RunUntilStopped.await(demo, () -> null, out);
        return failure == null ? 0 : 1;
    }

    /** Commands ready to paste against the running demo: its Kafka and Elasticsearch addresses filled in. */
    static List<String> tryLines(Demo demo, String page) {
        String es = "NEWSFLOW_ELASTICSEARCH_HOSTS=" + demo.elasticsearchUrl();
        String kafka = "NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS=" + demo.bootstrapServers();
        List<String> lines = new java.util.ArrayList<>(List.of(
                es + " ./newsflow search Lavrov",
                es + " ./newsflow search --events Armenia",
                kafka + " " + es + " ./newsflow serve --port " + (URI.create(page).getPort() + 1) + "   (a second monitoring page)",
                kafka + " ./newsflow ingest FOLDER   (files enriched and indexed live)",
                "curl -s '" + demo.elasticsearchUrl() + "/" + demo.articlesIndex() + "/_search?q=Lavrov&pretty'"));
        if (demo.siteUrl() != null) lines.add("curl -s " + demo.siteUrl() + "/feed.xml   (the demo news site the articles were scraped from)");
        return lines;
    }
}

package io.newsflow.app;

import io.newsflow.app.commands.AlertsCommand;
import io.newsflow.app.commands.AnalyzeCommand;
import io.newsflow.app.commands.DemoCommand;
import io.newsflow.app.commands.DevstackCommand;
import io.newsflow.app.commands.EnrichCommand;
import io.newsflow.app.commands.ExtractCommand;
import io.newsflow.app.commands.IndexCommand;
import io.newsflow.app.commands.KibanaCommand;
import io.newsflow.app.commands.IngestCommand;
import io.newsflow.app.commands.SearchCommand;
import io.newsflow.app.commands.ServeCommand;
import io.newsflow.app.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsflow} command: {@code demo}, {@code devstack}, and one subcommand per stage. */
@Command(name = "newsflow", mixinStandardHelpOptions = true, version = "newsflow 0.1.0",
        description = "Streaming news ingestion: ingest -> Kafka -> enrich (Kafka Streams) -> index (Elasticsearch).",
        subcommands = {DemoCommand.class, DevstackCommand.class, IngestCommand.class, EnrichCommand.class,
                IndexCommand.class, SearchCommand.class, ServeCommand.class, ExtractCommand.class, AnalyzeCommand.class,
                AlertsCommand.class, KibanaCommand.class})
public final class Newsflow implements Runnable {
    static final int CONFIG_ERROR = 2;

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static CommandLine commandLine() {
        return new CommandLine(new Newsflow()).setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof ConfigException) {
                cmd.getErr().println("configuration error: " + e.getMessage());
                return CONFIG_ERROR;
            }
            cmd.getErr().println("newsflow " + cmd.getCommandName() + " failed: " + e);
            org.slf4j.LoggerFactory.getLogger(Newsflow.class).debug("failure", e);
            return 1;
        });
    }

    public static void main(String[] args) {
        int code = commandLine().execute(args);
        System.exit(code);
    }
}

package io.newsflow.app;

import io.newsflow.app.cli.CommandSuggestion;
import io.newsflow.app.cli.FailureMessages;
import io.newsflow.app.commands.AlertsCommand;
import io.newsflow.app.commands.AnalyzeCommand;
import io.newsflow.app.commands.EnrichCommand;
import io.newsflow.app.commands.ExtractCommand;
import io.newsflow.app.commands.IndexCommand;
import io.newsflow.app.commands.IngestCommand;
import io.newsflow.app.commands.KibanaCommand;
import io.newsflow.app.commands.SearchCommand;
import io.newsflow.app.commands.ServeCommand;
import io.newsflow.app.commands.SetupCommand;
import io.newsflow.app.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The production {@code newsflow} command: one subcommand per stage plus search, serve, extract, analyze, alerts,
 * kibana and setup. {@code demo} and {@code devstack} are added by the demo module ({@code io.newsflow.demo.NewsflowDemo}), so
 * this classpath carries no broker and no search server; {@code test} is the launcher's own.
 */
@Command(name = "newsflow", mixinStandardHelpOptions = true, version = "newsflow 0.1.0",
        description = "Streaming news ingestion: ingest -> Kafka -> enrich (Kafka Streams) -> index (Elasticsearch).",
        subcommands = {IngestCommand.class, EnrichCommand.class, IndexCommand.class, SearchCommand.class,
                ServeCommand.class, ExtractCommand.class, AnalyzeCommand.class, AlertsCommand.class, KibanaCommand.class,
                SetupCommand.class},
        footerHeading = "%n",
        footer = {"By default Kafka is at localhost:9092 and Elasticsearch at localhost:9200;",
                "a -c FILE (YAML, as newsflow-defaults.yaml) or the environment says where:",
                "  NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS=HOST:9092",
                "  NEWSFLOW_ELASTICSEARCH_HOSTS=http://HOST:9200[,...]",
                "",
                "From a checkout, the launcher ./newsflow also runs:",
                "  demo       the whole pipeline on an embedded dev stack: start here",
                "  devstack   an embedded Kafka and Elasticsearch, until Ctrl-C",
                "  test       every test, unit and integration (./mvnw -B verify)",
                "",
                "'newsflow COMMAND --help' describes one command."})
public final class Newsflow implements Runnable {
    static final int CONFIG_ERROR = 2;

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** The command line with its error handlers: a misspelt command gets a suggestion, a failure a readable message. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Newsflow());
        cli.setParameterExceptionHandler(CommandSuggestion::handle);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof ConfigException) {
                cmd.getErr().println("configuration error: " + e.getMessage());
                return CONFIG_ERROR;
            }
            cmd.getErr().println("newsflow " + cmd.getCommandName() + " failed: " + FailureMessages.explain(e));
            org.slf4j.LoggerFactory.getLogger(Newsflow.class).debug("failure", e);
            return 1;
        });
        return cli;
    }

    /** Runs {@code args} on {@code cli} and returns the exit code. */
    public static int execute(CommandLine cli, String[] args) {
        return cli.execute(args);
    }

    public static void main(String[] args) {
        System.exit(execute(commandLine(), args));
    }
}

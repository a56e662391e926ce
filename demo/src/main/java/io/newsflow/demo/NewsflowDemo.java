package io.newsflow.demo;

import io.newsflow.app.Newsflow;
import picocli.CommandLine;

/**
 * The {@code newsflow} command with the dev-only {@code demo} and {@code devstack} subcommands added: what the launcher
 * runs for those two. It lives apart from {@link Newsflow} so that the production CLI's classpath holds no Kafka broker
 * and no Elasticsearch server.
 */
public final class NewsflowDemo {
    private NewsflowDemo() {}

    /** {@link Newsflow#commandLine()} plus {@code demo} and {@code devstack}. */
    public static CommandLine commandLine() {
        return Newsflow.commandLine().addSubcommand(new DemoCommand()).addSubcommand(new DevstackCommand());
    }

    public static void main(String[] args) {
        System.exit(Newsflow.execute(commandLine(), args));
    }
}

package io.newsflow.app.commands;

import io.newsflow.app.kibana.KibanaImporter;
import io.newsflow.app.kibana.KibanaObjects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.net.URI;
import java.util.concurrent.Callable;

/**
 * {@code newsflow kibana import --url URL [--space ID]}: imports newsflow's saved objects (data views, visualizations,
 * the overview dashboard; {@code dashboards/kibana/}) into Kibana, overwriting earlier imports. Credentials from the
 * environment: {@code NEWSFLOW_KIBANA_API_KEY}, or {@code NEWSFLOW_KIBANA_USERNAME} and {@code NEWSFLOW_KIBANA_PASSWORD}.
 * Exit codes: 0 when Kibana imported everything; 1 when it refused an object or could not be reached.
 */
@Command(name = "kibana", header = "Imports newsflow's dashboards into Kibana.", mixinStandardHelpOptions = true, subcommands = KibanaCommand.Import.class,
        description = "Kibana dashboards: `newsflow kibana import --url http://localhost:5601`.")
public final class KibanaCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("kibana: say what to do, e.g. `newsflow kibana import --url http://localhost:5601`");
        return 2;
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Imports newsflow's data views, visualizations and dashboard through Kibana's saved objects API",
                    "(overwrite=true). Credentials: NEWSFLOW_KIBANA_API_KEY, or NEWSFLOW_KIBANA_USERNAME/PASSWORD."})
    static final class Import implements Callable<Integer> {
        @Option(names = "--url", required = true, description = "Kibana's base URL, e.g. http://localhost:5601")
        URI url;

        @Option(names = "--space", description = "Kibana space id (default: the default space).")
        String space;

        @Override
        public Integer call() throws Exception {
            return importObjects(url, space, System.out, System.err);
        }
    }

    /**
     * Imports the bundled saved objects into Kibana at {@code url} (credentials from the environment, see above) and
     * prints what Kibana answered; {@code newsflow setup} imports this way too. Returns the exit code: 0 when Kibana
     * imported everything, 1 when it refused an object or could not be reached.
     */
    static int importObjects(URI url, String space, PrintStream out, PrintStream err) throws InterruptedException {
        String ndjson = KibanaObjects.ndjson();
        KibanaImporter.Result r;
        try {
            r = new KibanaImporter().importObjects(url, space, ndjson, System.getenv("NEWSFLOW_KIBANA_API_KEY"),
                    System.getenv("NEWSFLOW_KIBANA_USERNAME"), System.getenv("NEWSFLOW_KIBANA_PASSWORD"));
        } catch (java.io.IOException e) {
            err.println("kibana import: " + e.getMessage());
            return 1;
        }
        out.printf("kibana import: %d of %d objects imported%s%n", r.successCount(), ndjson.lines().count(),
                r.success() ? "" : "; refused:");
        r.errors().forEach(e -> out.println("  " + e));
        return r.success() ? 0 : 1;
    }
}

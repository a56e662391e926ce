package io.newsflow.app;

import com.sun.net.httpserver.HttpServer;
import io.newsflow.devstack.DevStack;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code newsflow setup} against the shared dev stack: run twice (idempotent), it leaves every topic with the configured
 * partitions, both index templates with the configured replicas, and imports the Kibana objects (a stand-in Kibana
 * that counts imports) each time; an unreachable Elasticsearch is named with the setting to change.
 */
class SetupCommandIT {
    static final Topics TOPICS = Topics.withPrefix("setup-it.");
    static DevStack stack;
    static HttpServer kibana;
    static final AtomicInteger imports = new AtomicInteger();
    @TempDir static Path dir;

    record Run(int code, String out, String err) {}

    @BeforeAll
    static void start() throws Exception {
        stack = DevStack.shared();
        kibana = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        kibana.createContext("/api/saved_objects/_import", x -> {
            x.getRequestBody().readAllBytes();
            int n = imports.incrementAndGet();
            byte[] body = ("{\"success\":true,\"successCount\":" + n + "}").getBytes(StandardCharsets.UTF_8);
            x.sendResponseHeaders(200, body.length);
            try (var out = x.getResponseBody()) {
                out.write(body);
            }
        });
        kibana.start();
    }

    @AfterAll
    static void stop() {
        if (kibana != null) kibana.stop(0);
    }

    static Path config(String elasticsearchUrl) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "newsflow", ".yaml"), """
                kafka:
                  bootstrapServers: %s
                  topicPrefix: "setup-it."
                  partitions: 3
                index:
                  hosts: ["%s"]
                  articlesIndex: setup-it-articles
                  eventsIndex: setup-it-events
                  replicas: 0
                """.formatted(stack.bootstrapServers(), elasticsearchUrl));
    }

    static Run setup(String... args) {
        PrintStream stdout = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            CommandLine cli = Newsflow.commandLine();
            cli.setErr(new PrintWriter(err, true));
            String[] all = new String[args.length + 1];
            all[0] = "setup";
            System.arraycopy(args, 0, all, 1, args.length);
            return new Run(Newsflow.execute(cli, all), out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(stdout);
        }
    }

    @Test
    void twiceLeavesTheTopicsTemplatesAndKibanaObjectsInPlace() throws Exception {
        Path config = config(stack.elasticsearchUrl());
        String kibanaUrl = "http://127.0.0.1:" + kibana.getAddress().getPort();

        Run first = setup("-c", config.toString(), "--kibana-url", kibanaUrl);
        Run second = setup("-c", config.toString(), "--kibana-url", kibanaUrl);

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.out()).contains("topic setup-it.raw-articles: 3 partitions", "setup-it-articles-*", "setup done")
                .doesNotContain("fewer than");
        assertThat(imports).hasValue(2);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            Map<String, TopicDescription> topics = admin.describeTopics(TOPICS.all().stream().map(Topic::name).toList())
                    .allTopicNames().get();
            assertThat(topics).hasSize(TOPICS.all().size());
            assertThat(topics.values()).allSatisfy(t -> assertThat(t.partitions()).as(t.name())
                    .hasSize(t.name().equals(TOPICS.storyLinking().name()) ? 1 : 3)); // story linking sees every article: 1
        }
        for (String template : new String[] {"setup-it-articles-template", "setup-it-events-template"}) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(stack.elasticsearchUrl() + "/_index_template/" + template)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(template).isEqualTo(200);
            assertThat(r.body()).contains("\"number_of_replicas\":\"0\"");
        }
    }

    @Test
    void anUnreachableElasticsearchIsNamedWithItsSetting() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        Run run = setup("-c", config("http://127.0.0.1:" + closed).toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("cannot reach Elasticsearch", "NEWSFLOW_ELASTICSEARCH_HOSTS");
        assertThat(run.out()).doesNotContain("setup done");
    }
}

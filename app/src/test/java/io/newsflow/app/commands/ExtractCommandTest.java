package io.newsflow.app.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTest {
    static final String PAGE = "<html lang=hy><head><title>Yerevan talks | Araks Daily</title>"
            + "<meta property=og:site_name content='Araks Daily'>"
            + "<meta property=article:published_time content='2025-03-14T09:30:00+04:00'>"
            + "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":\"Yerevan talks\","
            + "\"author\":[{\"@type\":\"Person\",\"name\":\"Ani Hakobyan\"}],\"articleSection\":\"Politics\"}</script>"
            + "</head><body><nav><a href=/>Home</a></nav><article><h1>Yerevan talks</h1>"
            + "<p>Delegations from Armenia and Azerbaijan met in Yerevan on Friday to discuss the border commission.</p>"
            + "<p>The ministers agreed to meet again next month, according to <a href='/statement'>a joint statement</a>[1].</p>"
            + "</article></body></html>";

    @TempDir Path dir;

    private record Run(int exit, List<JsonNode> lines) {}

    private Run run(String... args) throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        ExtractCommand command = new ExtractCommand();
        command.out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        int exit = new CommandLine(command).execute(args);
        List<JsonNode> lines = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : buffer.toString(StandardCharsets.UTF_8).split("\n")) if (!line.isBlank()) lines.add(json.readTree(line));
        return new Run(exit, lines);
    }

    @Test
    void savedPageWithItsOriginalUrl() throws Exception {
        Path file = dir.resolve("talks.html");
        Files.writeString(file, PAGE);

        Run run = run("--url", "https://araks.example.am/politics/talks", file.toString());

        assertThat(run.exit()).isZero();
        JsonNode a = run.lines().get(0);
        assertThat(a.get("source").asText()).isEqualTo(file.toString());
        assertThat(a.get("url").asText()).isEqualTo("https://araks.example.am/politics/talks");
        assertThat(a.get("title").asText()).isEqualTo("Yerevan talks");
        assertThat(a.get("authors").get(0).asText()).isEqualTo("Ani Hakobyan");
        assertThat(a.get("published").asText()).isEqualTo("2025-03-14T09:30+04:00");
        assertThat(a.get("modified").isNull()).isTrue();
        assertThat(a.get("language").asText()).isEqualTo("hy");
        assertThat(a.get("siteName").asText()).isEqualTo("Araks Daily");
        assertThat(a.get("section").asText()).isEqualTo("Politics");
        assertThat(a.get("text").asText()).startsWith("Delegations from Armenia").contains("\n\nThe ministers agreed").doesNotContain("Home");
        assertThat(a.get("links").get(0).get("url").asText()).isEqualTo("https://araks.example.am/statement");
        assertThat(a.get("citations").get(0).get("marker").asText()).isEqualTo("[1]");
    }

    @Test
    void folderOfHtmlGzAndTextWithOneBadFileGoesOn() throws Exception {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("a.html.gz")))) {
            out.write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
        Files.write(dir.resolve("b.txt"), new byte[] {'T', 'i', (byte) 0xC3, '\n'}); // cut-off UTF-8: not text
        Files.writeString(dir.resolve("c.txt"), "Lavrov in Baku\n\nThe Russian foreign minister arrived in Baku.");

        Run run = run(dir.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).hasSize(3);
        assertThat(run.lines().get(0).get("title").asText()).isEqualTo("Yerevan talks");
        assertThat(run.lines().get(1).get("error").asText()).isEqualTo("UNDECODABLE_TEXT");
        assertThat(run.lines().get(1).get("source").asText()).endsWith("b.txt");
        assertThat(run.lines().get(2).get("title").asText()).isEqualTo("Lavrov in Baku");
        assertThat(run.lines().get(2).get("text").asText()).isEqualTo("The Russian foreign minister arrived in Baku.");
    }

    @Test
    void fetchesAUrlAndReportsAnUnreachableOne() throws Exception {
        HttpServer server = servingTheStory(InetAddress.getLoopbackAddress());
        server.createContext("/gone", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Run run = run(base + "/story", base + "/gone");

            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.lines().get(0).get("url").asText()).isEqualTo(base + "/story");
            assertThat(run.lines().get(0).get("links").get(0).get("url").asText()).isEqualTo(base + "/statement");
            assertThat(run.lines().get(1).get("error").asText()).isEqualTo("HTTP_ERROR");
            assertThat(run.lines().get(1).get("message").asText()).contains("HTTP 404");
        } finally {
            server.stop(0);
        }
    }

    /** Issue 15: empty inputs printed an article with no text, a FIFO hung the command, a dangling link was skipped. */
    @Test
    void emptyFilesFifosAndDanglingLinksAreErrorLinesAndAOneLineTextIsAnArticle() throws Exception {
        Files.writeString(dir.resolve("a-empty.txt"), "");
        Files.writeString(dir.resolve("b-blank.txt"), " \n\t \n");
        Files.createSymbolicLink(dir.resolve("c-dangling.txt"), dir.resolve("nowhere.txt"));
        assertThat(new ProcessBuilder("mkfifo", dir.resolve("d-pipe.txt").toString()).start().waitFor()).isZero();
        Files.writeString(dir.resolve("e-one-line.txt"), "Lavrov arrived in Baku on Monday. He met Bayramov.");

        Run run = run(dir.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).extracting(l -> l.path("error").asText()).containsExactly("EMPTY_TEXT", "EMPTY_TEXT",
                "UNREADABLE_INPUT", "UNREADABLE_INPUT", "");
        assertThat(run.lines().subList(2, 4)).extracting(l -> l.get("message").asText()).satisfiesExactly(
                dangling -> assertThat(dangling).startsWith("dangling symbolic link: "),
                fifo -> assertThat(fifo).startsWith("not a regular file"));
        JsonNode oneLine = run.lines().get(4);
        assertThat(List.of(oneLine.get("title").asText(), oneLine.get("text").asText()))
                .containsExactly("Lavrov arrived in Baku on Monday", "Lavrov arrived in Baku on Monday. He met Bayramov.");
    }

    /** Issue 15: the named host was allowed as "[::1]" while the guard compared "::1", so the URL was refused. */
    @Test
    void fetchesAnIpv6LoopbackUrlItWasGiven() throws Exception {
        HttpServer server;
        try {
            server = servingTheStory(InetAddress.getByName("::1"));
        } catch (java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no IPv6 loopback here: " + e);
            return;
        }
        server.start();
        try {
            Run run = run("http://[::1]:" + server.getAddress().getPort() + "/story");

            assertThat(run.exit()).isZero();
            assertThat(run.lines()).singleElement().satisfies(l -> assertThat(l.get("title").asText()).isEqualTo("Yerevan talks"));
        } finally {
            server.stop(0);
        }
    }

    /** A server (not started yet) on {@code address}, any free port, answering {@code /story} with {@link #PAGE}. */
    private static HttpServer servingTheStory(InetAddress address) throws java.io.IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(address, 0), 0);
        server.createContext("/story", exchange -> {
            byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        return server;
    }
}

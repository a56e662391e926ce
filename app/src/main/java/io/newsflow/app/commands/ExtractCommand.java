package io.newsflow.app.commands;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.ingest.extract.ExtractedArticle;
import io.newsflow.ingest.files.ArticleFiles;
import io.newsflow.ingest.Document;
import io.newsflow.ingest.files.FileReader;
import io.newsflow.ingest.files.InputRejectedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code newsflow extract}: runs ingest's extractor over files, folders or http(s) URLs and prints one JSON object per
 * input line (JSON Lines) with what it found, without Kafka. An input that cannot be read or fetched prints a JSON
 * error object ({@code source}, {@code error} with the dead-letter reason code, {@code message}) and the command goes
 * on; the exit code is 1 when any input failed, else 0. The file size limit is {@code ingest.maxFileBytes}.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extracts article text and metadata from files, folders or URLs; prints JSON Lines.")
public final class ExtractCommand implements Callable<Integer> {
    /** How long a URL fetch may take, connect to last byte. */
    static final Duration FETCH_TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin ConfigOption config;

    @Option(names = "--url", paramLabel = "URL",
            description = "The page's original URL, for a single saved file: links resolve against it and it is the output's url.")
    String url;

    @Parameters(paramLabel = "FILE|URL|DIR", arity = "1..*",
            description = ".html, .htm, .txt (optionally .gz) files, folders (searched recursively) or http(s) URLs.")
    List<String> inputs;

    PrintStream out = System.out;
    private long maxBytes;

    @Override
    public Integer call() {
        maxBytes = config.load().ingest().maxFileBytes();
        FileReader reader = new FileReader(maxBytes);
        List<String> sources = new ArrayList<>();
        for (String input : inputs) {
            if (isUrl(input)) {
                sources.add(input);
                continue;
            }
            try {
                ArticleFiles.expand(List.of(Path.of(input))).forEach(p -> sources.add(p.toString()));
            } catch (UncheckedIOException e) {
                sources.add(input); // reported below, as that input's error
            }
        }
        if (url != null && sources.size() != 1) {
            System.err.println("--url applies to exactly one input; got " + sources.size());
            return 2;
        }
        int failed = 0;
        for (String source : sources) {
            ObjectNode line;
            try {
                line = isUrl(source) ? json(source, fetch(reader, source)) : json(source, readFile(reader, source));
            } catch (InputRejectedException e) {
                failed++;
                line = JSON.createObjectNode().put("source", source).put("error", e.reason()).put("message", e.getMessage());
            }
            out.println(line.toString());
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    private Document readFile(FileReader reader, String source) throws InputRejectedException {
        Path file = Path.of(source);
        return url != null ? reader.read(file, url) : reader.read(file);
    }

    private Document fetch(FileReader reader, String source) throws InputRejectedException {
        try (HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(FETCH_TIMEOUT).build()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(source)).timeout(FETCH_TIMEOUT)
                    .header("User-Agent", "newsflow-extract/0.1").GET().build();
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            byte[] body;
            try (InputStream in = response.body()) {
                body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1)); // html() refuses more than maxBytes
            }
            if (response.statusCode() >= 400) {
                throw new InputRejectedException("UNREADABLE_INPUT", source + " answered HTTP " + response.statusCode());
            }
            String type = response.headers().firstValue("Content-Type").orElse("text/html");
            if (type.startsWith("text/plain")) return reader.text(body, source);
            return reader.html(body, response.uri().toString(), source);
        } catch (IOException | IllegalArgumentException e) {
            throw new InputRejectedException("UNREADABLE_INPUT", "cannot fetch " + source + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputRejectedException("UNREADABLE_INPUT", "interrupted fetching " + source, e);
        }
    }

    /** The JSON object printed for one article. */
    ObjectNode json(String source, Document document) {
        ExtractedArticle a = document.article();
        String pageUrl = url != null ? url : isUrl(source) ? source : Path.of(source).toAbsolutePath().toUri().toString();
        ObjectNode o = JSON.createObjectNode().put("source", source).put("url", pageUrl)
                .put("canonicalUrl", a.canonicalUrl()).put("title", a.title());
        a.authors().forEach(o.putArray("authors")::add);
        o.put("published", iso(a.published())).put("modified", iso(a.modified())).put("language", a.language())
                .put("siteName", a.siteName()).put("section", a.section()).put("leadImage", a.leadImage())
                .put("text", a.text());
        var links = o.putArray("links");
        a.links().forEach(l -> links.addObject().put("url", l.url()).put("text", l.text()));
        var citations = o.putArray("citations");
        a.citations().forEach(c -> citations.addObject().put("marker", c.marker()).put("start", c.start()).put("targetUrl", c.targetUrl()));
        return o;
    }

    private static String iso(OffsetDateTime t) {
        return t == null ? null : t.toString();
    }

    private static boolean isUrl(String input) {
        return input.startsWith("http://") || input.startsWith("https://");
    }
}

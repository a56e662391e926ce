package io.newsflow.app.commands;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.ingest.extract.ExtractedArticle;
import io.newsflow.ingest.fetch.FetchKind;
import io.newsflow.ingest.fetch.HttpFetcher;
import io.newsflow.ingest.fetch.Validators;
import io.newsflow.ingest.files.ArticleFiles;
import io.newsflow.ingest.files.FileReader;
import io.newsflow.ingest.model.Document;
import io.newsflow.ingest.rejection.InputRejectedException;
import io.newsflow.ingest.settings.FetchSettings;
import io.newsflow.ingest.sources.PageReader;
import io.newsflow.schemas.DeadLetterReason;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
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
@Command(name = "extract", header = "Extracts article text and metadata; prints JSON Lines.", mixinStandardHelpOptions = true,
        description = "Extracts article text and metadata from files, folders or URLs; prints JSON Lines.")
public final class ExtractCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin ConfigOption config;

    @Option(names = "--url", paramLabel = "URL",
            description = "The page's original URL, for a single saved file: links resolve against it and it is the output's url.")
    String url;

    @Parameters(paramLabel = "FILE|URL|DIR", arity = "1..*",
            description = ".html, .htm, .txt (optionally .gz) files, folders (searched recursively) or http(s) URLs.")
    List<String> inputs;

    PrintStream out = System.out;
    private FetchSettings fetchSettings;

    @Override
    public Integer call() {
        NewsflowConfig settings = config.load();
        fetchSettings = settings.ingest().fetch();
        FileReader reader = new FileReader(settings.ingest().maxFileBytes());
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
                line = isUrl(source) ? json(source, fetch(source)) : json(source, readFile(reader, source));
            } catch (InputRejectedException e) {
                failed++;
                line = JSON.createObjectNode().put("source", source).put("error", e.reason().code()).put("message", e.getMessage());
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

    /**
     * Fetches a URL the way ingest does ({@link HttpFetcher}: robots.txt, size and time limits, content types, address
     * guard, retries) and reads it as ingest does ({@link PageReader}). The host and port the user named are allowed
     * even on loopback or a private network (it is their explicit choice); a redirect to another such host or port is
     * still refused.
     */
    private Document fetch(String source) throws InputRejectedException {
        URI uri;
        try {
            uri = URI.create(source);
        } catch (IllegalArgumentException e) {
            throw new InputRejectedException(DeadLetterReason.UNSUPPORTED_URL, "not a URL: " + source, e);
        }
        FetchSettings settings = fetchSettings.allowing(uri.getHost() == null ? List.of() : List.of(namedHostAndPort(uri)));
        try (HttpFetcher fetcher = new HttpFetcher(settings)) {
            return new PageReader().read(fetcher.fetch(uri, FetchKind.PAGE, Validators.NONE));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputRejectedException(DeadLetterReason.INTERRUPTED, "interrupted fetching " + source, e);
        }
    }

    /** The URL's host and port as an allow-list entry ({@code [::1]:8080}, {@code example.org:443}): that port only. */
    static String namedHostAndPort(URI uri) {
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return uri.getHost() + ":" + port;
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

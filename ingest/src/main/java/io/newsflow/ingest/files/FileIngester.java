package io.newsflow.ingest.files;

import io.newsflow.ingest.model.Document;
import io.newsflow.ingest.model.IngestReport;
import io.newsflow.ingest.model.RawArticles;
import io.newsflow.ingest.publish.ArticleSink;
import io.newsflow.ingest.rejection.InputRejectedException;
import io.newsflow.ingest.settings.IngestSettings;
import io.newsflow.schemas.DeadLetters;
import io.newsflow.schemas.RawArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ingests files and folders (or one document from standard input): each supported file becomes one {@link RawArticle}; each file that cannot (unreadable,
 * too large, not UTF-8, no text) becomes one dead letter with its reason. One bad file never stops the run.
 *
 * <p>Article ids are stable: derived from the page's canonical URL when it states one, else from the text's hash, so
 * re-ingesting the same files produces the same keys. Logs progress every {@link #PROGRESS_EVERY} on long runs.
 */
public final class FileIngester {
    private static final Logger log = LoggerFactory.getLogger(FileIngester.class);
    static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);
    /** What a dead letter names as the source of a document read from standard input without a URL. */
    public static final String STDIN = "stdin";

    private final IngestSettings settings;
    private final ArticleSink sink;
    private final Clock clock;
    private final FileReader reader;

    public FileIngester(IngestSettings settings, ArticleSink sink, Clock clock) {
        this.settings = settings;
        this.sink = sink;
        this.clock = clock;
        this.reader = new FileReader(settings.maxFileBytes());
    }

    /** Reads every input (files, or folders searched recursively), hands the results to the sink and flushes it. */
    public IngestReport ingest(List<Path> inputs) {
        List<Path> files = ArticleFiles.expand(inputs);
        int articles = 0;
        Map<String, Integer> deadLetters = new HashMap<>();
        long lastProgress = clock.millis();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            try {
                sink.article(toRawArticle(file, reader.read(file)));
                articles++;
            } catch (InputRejectedException e) {
                log.warn("dead letter {}: {}", e.reason(), e.getMessage());
                sink.deadLetter(DeadLetters.forInput(ArticleSink.STAGE, e.reason(), e.getMessage(), file.toString(), rawBytes(file)));
                deadLetters.merge(e.reason().code(), 1, Integer::sum);
            }
            if (clock.millis() - lastProgress >= PROGRESS_EVERY.toMillis()) {
                lastProgress = clock.millis();
                log.info("ingest: {}/{} files, {} articles, {} dead letters", i + 1, files.size(), articles,
                        deadLetters.values().stream().mapToInt(Integer::intValue).sum());
            }
        }
        sink.flush();
        return new IngestReport(files.size(), articles, deadLetters);
    }

    RawArticle toRawArticle(Path file, Document document) throws InputRejectedException {
        String canonical = document.article().canonicalUrl();
        return RawArticles.builder(document, canonical, canonical != null ? canonical : file.toAbsolutePath().toUri().toString(),
                settings.source(), clock.instant()).build();
    }

    /**
     * Reads one document from {@code in} (standard input) to its end, HTML or plain text (see {@link FileReader#detect}),
     * hands the article (or one dead letter with the bytes read) to the sink and flushes it.
     *
     * @param url the document's original URL when the caller knows it, else null: relative links resolve against it,
     *            and it is the article's {@code url} and, unless the page states a canonical URL, its canonical URL
     *            (so its id). Without it the id comes from the page's canonical URL, else from the text.
     */
    public IngestReport ingest(InputStream in, String url) {
        String name = url != null ? url : STDIN;
        byte[] content = null;
        try {
            content = reader.load(in, name);
            Document document = reader.detect(content, url, name);
            String canonical = document.article().canonicalUrl() != null ? document.article().canonicalUrl() : url;
            sink.article(RawArticles.builder(document, canonical, url != null ? url : canonical, settings.source(), clock.instant()).build());
            return new IngestReport(1, 1, Map.of());
        } catch (InputRejectedException e) {
            log.warn("dead letter {}: {}", e.reason(), e.getMessage());
            sink.deadLetter(DeadLetters.forInput(ArticleSink.STAGE, e.reason(), e.getMessage(), name, content));
            return new IngestReport(1, 0, Map.of(e.reason().code(), 1));
        } finally {
            sink.flush();
        }
    }

    /** The file's raw bytes for the dead letter, when they can be read at all (size-capped by {@link DeadLetters}). */
    private byte[] rawBytes(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) <= settings.maxFileBytes() ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            return null;
        }
    }
}

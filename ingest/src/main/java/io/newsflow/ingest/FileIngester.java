package io.newsflow.ingest;

import io.newsflow.ingest.files.ArticleFiles;
import io.newsflow.ingest.files.FileReader;
import io.newsflow.ingest.files.InputRejectedException;
import io.newsflow.ingest.publish.ArticleSink;
import io.newsflow.schemas.DeadLetters;
import io.newsflow.schemas.RawArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ingests files and folders: each supported file becomes one {@link RawArticle}; each file that cannot (unreadable,
 * too large, not UTF-8, no text) becomes one dead letter with its reason. One bad file never stops the run.
 *
 * <p>Article ids are stable: derived from the page's canonical URL when it states one, else from the text's hash, so
 * re-ingesting the same files produces the same keys. Logs progress every {@link #PROGRESS_EVERY} on long runs.
 */
public final class FileIngester {
    private static final Logger log = LoggerFactory.getLogger(FileIngester.class);
    static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);
    static final String STAGE = "ingest";

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
                sink.deadLetter(DeadLetters.forInput(STAGE, e.reason(), e.getMessage(), file.toString(), rawBytes(file)));
                deadLetters.merge(e.reason(), 1, Integer::sum);
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

    /** The file's raw bytes for the dead letter, when they can be read at all (size-capped by {@link DeadLetters}). */
    private byte[] rawBytes(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) <= settings.maxFileBytes() ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            return null;
        }
    }
}

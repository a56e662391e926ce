package io.newsflow.app.pipeline;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.EnrichStage;
import io.newsflow.index.client.ElasticsearchClients;
import io.newsflow.index.write.ArticleIndexer;
import io.newsflow.index.write.IndexTemplates;
import io.newsflow.ingest.IngestService;
import io.newsflow.ingest.files.FileIngester;
import io.newsflow.ingest.model.IngestReport;
import io.newsflow.ingest.publish.KafkaArticleSink;
import io.newsflow.ingest.settings.IngestSettings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Wires the three stages to one configuration: topics, the enrich Streams app, the index loop and file ingest. The
 * stage commands start one part each; the demo starts all of them in one JVM. Closes what it started, last first.
 */
public final class Pipeline implements AutoCloseable {
    static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final NewsflowConfig config;
    private final List<AutoCloseable> started = new ArrayList<>();
    private ElasticsearchClient elasticsearch;
    private IndexerLoop indexer;

    public Pipeline(NewsflowConfig config) {
        this.config = config;
    }

    public NewsflowConfig config() {
        return config;
    }

    /** Creates any missing topic. */
    public void createTopics() throws InterruptedException {
        TopicSetup.ensure(config.kafka(), config.topics());
    }

    /** Reads files and folders into the raw-articles topic. */
    public IngestReport ingest(List<Path> inputs) {
        return withFileIngester(files -> files.ingest(inputs));
    }

    /** Reads one document (HTML or text) from {@code in}, standard input, into the raw-articles topic; {@code url} may be null. */
    public IngestReport ingest(InputStream in, String url) {
        return withFileIngester(files -> files.ingest(in, url));
    }

    private IngestReport withFileIngester(Function<FileIngester, IngestReport> run) {
        try (var sink = new KafkaArticleSink(config.kafka().bootstrapServers(), config.topics(), Map.of())) {
            return run.apply(new FileIngester(config.ingest(), sink, Clock.systemUTC()));
        }
    }

    /**
     * Polls {@code settings}' sources once over HTTP, as {@code newsflow ingest --once} does, then closes the service
     * (the demo scrapes its own site this way, with that site's host allow-listed).
     */
    public IngestReport ingestOnce(IngestSettings settings) throws InterruptedException {
        try (IngestService service = new IngestService(config.kafka().bootstrapServers(), config.topics(), settings)) {
            return service.runOnce();
        }
    }

    /** Source ingest (feeds, sitemaps, sites, URLs) over HTTP, its state replayed from Kafka; closed with the pipeline. */
    public IngestService ingestService() {
        IngestService service = new IngestService(config.kafka().bootstrapServers(), config.topics(), config.ingest());
        started.add(service);
        return service;
    }

    /** Starts the enrich Streams application and waits until it runs. */
    public EnrichStage startEnrich() throws InterruptedException, TimeoutException {
        EnrichStage stage = new EnrichStage(config.kafka().bootstrapServers(), config.enrich(), config.topics(),
                ArticleEnricher.bundled(config.enrich().profiles()));
        started.add(stage);
        stage.start(START_TIMEOUT);
        return stage;
    }

    /** The Elasticsearch client, created on first use with the index templates installed. */
    public synchronized ElasticsearchClient elasticsearch() throws IOException {
        if (elasticsearch == null) {
            elasticsearch = ElasticsearchClients.create(config.index());
            started.add(elasticsearch);
            IndexTemplates.install(elasticsearch, config.index());
        }
        return elasticsearch;
    }

    /** Starts indexing enriched articles on a background thread. */
    public IndexerLoop startIndexer() throws IOException, InterruptedException {
        ElasticsearchClient client = elasticsearch();
        indexer = new IndexerLoop(() -> new ArticleIndexer(config.kafka().bootstrapServers(), config.index(), config.topics(), client));
        started.add(indexer);
        indexer.awaitStarted(START_TIMEOUT);
        return indexer;
    }

    @Override
    public void close() throws Exception {
        Exception first = null;
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                if (first == null) first = e;
            }
        }
        started.clear();
        if (first != null) throw first;
    }
}

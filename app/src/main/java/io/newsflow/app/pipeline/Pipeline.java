package io.newsflow.app.pipeline;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.EnrichStage;
import io.newsflow.index.client.ElasticsearchClients;
import io.newsflow.index.stage.IndexStage;
import io.newsflow.index.write.ArticleIndexer;
import io.newsflow.index.write.IndexTemplates;
import io.newsflow.ingest.IngestService;
import io.newsflow.ingest.files.FileIngester;
import io.newsflow.ingest.model.IngestReport;
import io.newsflow.ingest.publish.KafkaArticleSink;
import io.newsflow.ingest.settings.IngestSettings;
import io.newsflow.schemas.stage.Stage;
import io.newsflow.schemas.stage.StageStartException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Wires the three stages to one configuration: topics, the enrich Streams app, the index loop and file ingest. The
 * stage commands start one part each; the demo starts all of them in one JVM. Each {@code start...} method returns a
 * running stage or throws {@link StageStartException} (the stage is closed with the pipeline either way). Closes what
 * it started, last first; a failing close does not keep the others from closing (see {@link CloseAll}).
 */
public final class Pipeline implements AutoCloseable {
    /** Longest wait for a stage's services (Kafka, Elasticsearch) and for the stage to run. */
    public static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final NewsflowConfig config;
    private final List<AutoCloseable> started = new ArrayList<>();
    private ElasticsearchClient elasticsearch;
    private boolean templatesInstalled;

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
    public EnrichStage startEnrich() throws InterruptedException, StageStartException {
        return start(new EnrichStage(config.kafka().bootstrapServers(), config.enrich(), config.topics(),
                ArticleEnricher.bundled(config.enrich())));
    }

    /** The Elasticsearch client, created on first use, with the index templates installed. */
    public synchronized ElasticsearchClient elasticsearch() throws IOException {
        ElasticsearchClient client = elasticsearchClient();
        if (!templatesInstalled) {
            IndexTemplates.install(client, config.index());
            templatesInstalled = true;
        }
        return client;
    }

    private synchronized ElasticsearchClient elasticsearchClient() {
        if (elasticsearch == null) {
            elasticsearch = ElasticsearchClients.create(config.index());
            started.add(elasticsearch);
        }
        return elasticsearch;
    }

    /**
     * Starts indexing enriched articles on a background thread: checks Elasticsearch (installing the index templates)
     * first, then Kafka, creates any missing topic and returns once the indexer has polled Kafka.
     */
    public IndexStage startIndexer() throws InterruptedException, StageStartException {
        String kafka = config.kafka().bootstrapServers();
        ElasticsearchClient client = elasticsearchClient();
        IndexStage.Preflight services = IndexStage.services(kafka, config.index(), client);
        return start(new IndexStage(timeout -> {
            services.check(timeout);
            createTopics();
        }, () -> new ArticleIndexer(kafka, config.index(), config.topics(), client)));
    }

    private <S extends Stage> S start(S stage) throws InterruptedException, StageStartException {
        started.add(stage);
        stage.start(START_TIMEOUT);
        return stage;
    }

    @Override
    public void close() throws Exception {
        try {
            CloseAll.inReverse(started);
        } finally {
            started.clear();
        }
    }
}

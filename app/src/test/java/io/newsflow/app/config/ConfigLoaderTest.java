package io.newsflow.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigLoaderTest {
    @TempDir Path dir;

    @Test
    void defaultsAreComplete() {
        NewsflowConfig c = ConfigLoader.defaultsOnly();

        assertThat(c.kafka().bootstrapServers()).isEqualTo("localhost:9092");
        assertThat(c.topics().rawArticles().name()).isEqualTo("newsflow.raw-articles");
        assertThat(c.ingest().maxFileBytes()).isEqualTo(10L << 20);
        assertThat(c.enrich().applicationId()).isEqualTo("newsflow-enrich");
        assertThat(c.index().hosts()).containsExactly("http://localhost:9200");
        assertThat(c.index().requestTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.index().eventsIndex()).isEqualTo("newsflow-events");
        assertThat(c.index().period()).isEqualTo(io.newsflow.index.settings.IndexPeriod.MONTH);
        assertThat(c.index().bulk()).isEqualTo(io.newsflow.index.settings.BulkSettings.DEFAULTS);
        assertThat(c.index().serve()).isEqualTo(io.newsflow.index.settings.ServeSettings.DEFAULTS);
    }

    /** enrich.minConfidence: absent, the calibrated threshold; set, that one (also in the dev stack's copy); out of [0, 1], named. */
    @Test
    void theConfidentThresholdIsCalibratedUnlessSet() throws Exception {
        assertThat(ConfigLoader.defaultsOnly().enrich().minConfidence()).isNull();
        assertThat(ConfigLoader.defaultsOnly().enrich().confidentAt()).isEqualTo(io.newsflow.enrich.events.EventCoder.CONFIDENT);
        Path file = Files.writeString(dir.resolve("m.yaml"), "enrich:\n  minConfidence: 0.81\n");
        NewsflowConfig c = ConfigLoader.load(file, Map.of());
        assertThat(c.enrich().confidentAt()).isEqualTo(0.81);
        assertThat(c.forDevStack("localhost:1", "http://localhost:2", dir.toString()).enrich().confidentAt()).isEqualTo(0.81);
        Path bad = Files.writeString(dir.resolve("m2.yaml"), "enrich:\n  minConfidence: 81\n");
        assertThatThrownBy(() -> ConfigLoader.load(bad, Map.of())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("enrich.minConfidence must be between 0 and 1");
    }

    /**
     * enrich.commitInterval: absent, Streams' own (no commit.interval.ms set); set, both applications commit at that
     * interval (also in the dev stack's copy); under a millisecond, named.
     */
    @Test
    void theCommitIntervalIsStreamsOwnUnlessSet() throws Exception {
        NewsflowConfig defaults = ConfigLoader.defaultsOnly();
        assertThat(defaults.enrich().commitInterval()).isNull();
        assertThat(io.newsflow.enrich.AnalysisTopology.config("k:9092", defaults.enrich()))
                .doesNotContainKey(org.apache.kafka.streams.StreamsConfig.COMMIT_INTERVAL_MS_CONFIG);

        Path file = Files.writeString(dir.resolve("ci.yaml"), "enrich:\n  commitInterval: PT0.5S\n");
        NewsflowConfig c = ConfigLoader.load(file, Map.of()).forDevStack("localhost:1", "http://localhost:2", dir.toString());
        assertThat(c.enrich().commitInterval()).isEqualTo(Duration.ofMillis(500));
        assertThat(io.newsflow.enrich.AnalysisTopology.config("k:9092", c.enrich()))
                .containsEntry(org.apache.kafka.streams.StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 500L);
        assertThat(io.newsflow.enrich.StoriesTopology.config("k:9092", c.enrich()))
                .containsEntry(org.apache.kafka.streams.StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 500L);

        Path bad = Files.writeString(dir.resolve("ci2.yaml"), "enrich:\n  commitInterval: PT0S\n");
        assertThatThrownBy(() -> ConfigLoader.load(bad, Map.of())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("enrich.commitInterval must be at least a millisecond");
    }

    @Test
    void nestedIndexSettingsMergeKeyByKeyAndBadOnesAreNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("n.yaml"), "index:\n  bulk:\n    maxConcurrentRequests: 2\n  serve:\n    port: 9000\n");
        NewsflowConfig c = ConfigLoader.load(file, Map.of());
        assertThat(c.index().bulk().maxConcurrentRequests()).isEqualTo(2);
        assertThat(c.index().bulk().flushInterval()).isEqualTo(Duration.ofMillis(200));
        assertThat(c.index().serve()).isEqualTo(new io.newsflow.index.settings.ServeSettings("127.0.0.1", 9000));

        Path bad = Files.writeString(dir.resolve("bad.yaml"), "index:\n  period: WEEK\n");
        assertThatThrownBy(() -> ConfigLoader.load(bad, Map.of())).isInstanceOf(ConfigException.class).hasMessageContaining("index.period");
    }

    @Test
    void savedSearchesBindWithTheirDefaultsAndABadOneIsNamed() throws Exception {
        assertThat(ConfigLoader.defaultsOnly().index().alerts()).isEqualTo(io.newsflow.index.settings.AlertSettings.DEFAULTS);
        Path file = Files.writeString(dir.resolve("a.yaml"), """
                index:
                  alerts:
                    interval: PT30S
                    watches:
                      - name: lavrov-consults
                        query: Лавров
                        type: consult
                        from: 2025-01-01
                        events: true
                        webhook: https://hooks.example.org/x
                        topic: true
                      - name: armenia
                        actor: Q399
                """);
        var alerts = ConfigLoader.load(file, Map.of()).index().alerts();
        assertThat(alerts.interval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(alerts.lag()).isEqualTo(Duration.ofMinutes(5)); // default kept
        assertThat(alerts.watches()).hasSize(2);
        var first = alerts.watches().getFirst();
        assertThat(first.searchQuery().type()).isEqualTo("CONSULT");
        assertThat(first.searchQuery().from()).hasToString("2025-01-01");
        assertThat(first.events()).isTrue();
        assertThat(first.topic()).isTrue();
        assertThat(first.webhook()).hasToString("https://hooks.example.org/x");
        var second = alerts.watches().get(1);
        assertThat(second.events()).isFalse();
        assertThat(second.webhook()).isNull();
        assertThat(second.searchQuery().actor()).isEqualTo("Q399");

        Path bad = Files.writeString(dir.resolve("bad-alert.yaml"), "index:\n  alerts:\n    watches:\n      - name: x\n        type: TALKS\n");
        assertThatThrownBy(() -> ConfigLoader.load(bad, Map.of())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("index.alerts.watches").hasMessageContaining("unknown event type 'TALKS'");
    }

    @Test
    void theSampleSourcesConfigBinds() {
        Path sample = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."), "config", "sources.sample.yaml");
        if (!Files.isRegularFile(sample)) sample = Path.of("..", "config", "sources.sample.yaml");

        NewsflowConfig c = ConfigLoader.load(sample, Map.of());

        assertThat(c.ingest().sources()).hasSizeGreaterThan(10);
        var tass = c.ingest().sources().stream().filter(s -> s.name().equals("tass-en")).findFirst().orElseThrow();
        assertThat(tass.type()).isEqualTo(io.newsflow.ingest.settings.SourceType.FEED);
        assertThat(tass.country()).isEqualTo("RUS");
        assertThat(tass.interval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(tass.maxArticles()).isEqualTo(100); // default
        assertThat(c.ingest().fetch().userAgent()).contains("you@example.org");
        assertThat(c.ingest().fetch().hostDelay()).isEqualTo(Duration.ofSeconds(1)); // default kept
        assertThat(c.ingest().metricsPort()).isEqualTo(9464);
    }

    @Test
    void aSourceWithoutUrlIsRejectedByName() throws Exception {
        Path file = Files.writeString(dir.resolve("s.yaml"), "ingest:\n  sources:\n    - {name: broken, type: feed}\n");
        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of())).isInstanceOf(ConfigException.class).hasMessageContaining("broken");
    }

    @Test
    void theJavaFallbacksAgreeWithTheYamlDefaults() {
        NewsflowConfig c = ConfigLoader.defaultsOnly();
        // used when a section leaves them out programmatically; they must not drift from the documented YAML
        assertThat(c.ingest().fetch()).isEqualTo(io.newsflow.ingest.settings.FetchSettings.defaults());
        assertThat(c.ingest().updates()).isEqualTo(io.newsflow.ingest.settings.UpdateSettings.defaults());
        assertThat(c.enrich().profiles()).containsExactly(io.newsflow.enrich.relevance.WatchProfile.russiaArmenia());
    }

    @Test
    void recheckAgesBindAsDurationsAndAnEmptyListSwitchesRechecksOff() throws Exception {
        Path file = Files.writeString(dir.resolve("u.yaml"), "ingest:\n  updates:\n    recheck: [PT30M, PT2H]\n    maxPages: 10\n");
        NewsflowConfig c = ConfigLoader.load(file, Map.of());
        assertThat(c.ingest().updates().recheck()).containsExactly(java.time.Duration.ofMinutes(30), java.time.Duration.ofHours(2));
        assertThat(c.ingest().updates().maxAge()).isEqualTo(java.time.Duration.ofHours(48));
        assertThat(c.ingest().updates().maxPages()).isEqualTo(10);

        Path off = Files.writeString(dir.resolve("off.yaml"), "ingest:\n  updates:\n    recheck: []\n");
        assertThat(ConfigLoader.load(off, Map.of()).ingest().updates().enabled()).isFalse();
    }

    @Test
    void aUserFileOverridesOnlyTheKeysItSets() throws Exception {
        Path file = Files.writeString(dir.resolve("n.yaml"), "kafka:\n  topicPrefix: prod.\nindex:\n  replicas: 2\n");

        NewsflowConfig c = ConfigLoader.load(file, Map.of());

        assertThat(c.kafka().topicPrefix()).isEqualTo("prod.");
        assertThat(c.kafka().bootstrapServers()).isEqualTo("localhost:9092");
        assertThat(c.index().replicas()).isEqualTo(2);
        assertThat(c.index().articlesIndex()).isEqualTo("newsflow-articles");
    }

    @Test
    void environmentVariablesWinAndSecretsAreNotPrinted() {
        NewsflowConfig c = ConfigLoader.load(null, Map.of(
                "NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS", "k1:9092,k2:9092",
                "NEWSFLOW_ELASTICSEARCH_HOSTS", "https://es1:9200, https://es2:9200",
                "NEWSFLOW_ELASTICSEARCH_API_KEY", "c2VjcmV0LWtleQ=="));

        assertThat(c.kafka().bootstrapServers()).isEqualTo("k1:9092,k2:9092");
        assertThat(c.index().hosts()).isEqualTo(List.of("https://es1:9200", "https://es2:9200"));
        assertThat(c.index().apiKey()).isEqualTo("c2VjcmV0LWtleQ==");
        assertThat(c.index().toString()).doesNotContain("c2VjcmV0LWtleQ==").contains("apiKey=***");
    }

    @Test
    void everyEnvironmentVariableNamesADefaultKeyAndSetsIt() throws Exception {
        JsonNode defaults;
        try (var in = ConfigLoader.class.getResourceAsStream(ConfigLoader.DEFAULTS)) {
            defaults = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        for (EnvironmentVariable v : EnvironmentVariable.values()) {
            assertThat(defaults.at("/" + v.key().replace('.', '/')).isMissingNode()).as("%s's key %s in the defaults", v.variable(), v.key()).isFalse();
        }
        NewsflowConfig c = ConfigLoader.load(null, Map.of(
                "NEWSFLOW_ELASTICSEARCH_USERNAME", "elastic",
                "NEWSFLOW_ELASTICSEARCH_PASSWORD", "from-the-environment",
                "NEWSFLOW_SERVE_TOKEN", "a-token-of-at-least-sixteen-characters",
                "NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS", " "));
        assertThat(c.index().username()).isEqualTo("elastic");
        assertThat(c.index().password()).isEqualTo("from-the-environment");
        assertThat(c.index().serve().token()).isEqualTo("a-token-of-at-least-sixteen-characters");
        assertThat(c.kafka().bootstrapServers()).as("a blank variable is ignored").isEqualTo("localhost:9092");
        assertThat(EnvironmentVariable.names()).contains("NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS", "NEWSFLOW_SERVE_TOKEN").hasSize(6);
    }

    @Test
    void anUnknownKeyIsNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("n.yaml"), "kafka:\n  bootstrapServer: x:9092\n");

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("bootstrapServer").hasMessageContaining("n.yaml");
    }

    @Test
    void anInvalidValueIsNamedWithItsPath() throws Exception {
        Path file = Files.writeString(dir.resolve("n.yaml"), "index:\n  batchSize: 0\n");

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("index.batchSize must be at least 1");
    }

    @Test
    void aMissingFileIsAClearError() {
        assertThatThrownBy(() -> ConfigLoader.load(dir.resolve("absent.yaml"), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("not found");
    }
}

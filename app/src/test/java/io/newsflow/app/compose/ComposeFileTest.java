package io.newsflow.app.compose;

import io.newsflow.app.Newsflow;
import io.newsflow.app.config.ConfigLoader;
import io.newsflow.app.config.EnvironmentVariable;
import io.newsflow.app.config.NewsflowConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks {@code docker-compose.yml} and the {@code Dockerfile} without a Docker engine (none is reachable where newsflow
 * is built): images pinned or built here, every {@code NEWSFLOW_*} variable a real configuration variable (the list
 * {@link ConfigLoader} reads), every dependency an existing service in a state it can reach, every stage a real
 * command whose mounted configuration binds, the scaled service free of anything two replicas would fight over, and
 * the image's runtime stage non-root.
 */
class ComposeFileTest {
    static final Set<String> SERVICES = Set.of("kafka", "elasticsearch", "kibana", "setup", "ingest", "enrich", "index", "serve", "alerts");
    /** Scaled in docs/production.md: {@code docker compose up --scale enrich=3}, {@code --scale ingest=2}. */
    static final String SCALED = "enrich";
    static final String SCALED_INGEST = "ingest";
    static final int SCALE = 3;
    static final Set<String> CONDITIONS = Set.of("service_started", "service_healthy", "service_completed_successfully");
    static final Pattern INTERPOLATION = Pattern.compile("\\$\\{[^}]*}");

    static Path root;
    static ComposeFile compose;

    @BeforeAll
    static void read() throws IOException {
        root = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."));
        if (!Files.isRegularFile(root.resolve("docker-compose.yml"))) root = Path.of("..");
        compose = ComposeFile.read(root.resolve("docker-compose.yml"));
    }

    /** A version tag (a digit in it, not {@code latest}) or a digest. */
    static boolean pinned(String image) {
        if (image.contains("@sha256:")) return true;
        int colon = image.lastIndexOf(':');
        if (colon < image.lastIndexOf('/') + 1) return false;
        String tag = image.substring(colon + 1);
        return !tag.contains("latest") && tag.chars().anyMatch(Character::isDigit);
    }

    @Test
    void pinningIsToldApart() {
        assertThat(pinned("apache/kafka:4.4.0")).isTrue();
        assertThat(pinned("eclipse-temurin:25-jre-noble")).isTrue();
        assertThat(pinned("localhost:5000/newsflow")).isFalse();
        assertThat(pinned("apache/kafka")).isFalse();
        assertThat(pinned("apache/kafka:latest")).isFalse();
    }

    @Test
    void everyServiceIsPinnedOrBuiltFromTheDockerfile() {
        assertThat(compose.services().keySet()).containsAll(SERVICES);
        compose.services().forEach((name, service) -> {
            String context = compose.buildContext(name);
            Object image = service.get("image");
            assertThat(context != null || image != null).as("%s: an image or a build", name).isTrue();
            if (image != null) assertThat(pinned(image.toString())).as("%s's image %s has a version", name, image).isTrue();
            if (context != null) {
                assertThat(context).as("%s builds the one image", name).isIn(".", "./");
                assertThat(root.resolve("Dockerfile")).isRegularFile();
            }
        });
    }

    @Test
    void everyNewsflowVariableIsOneTheConfigurationReads() {
        Set<String> known = EnvironmentVariable.names();
        compose.services().keySet().forEach(name -> compose.environment(name).keySet().stream()
                .filter(v -> v.startsWith("NEWSFLOW_"))
                .forEach(v -> assertThat(known).as("%s sets %s", name, v).contains(v)));
        assertThat(compose.environment("setup")).containsKeys("NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS", "NEWSFLOW_ELASTICSEARCH_HOSTS");
    }

    @Test
    void everyDependencyIsAServiceInAStateItReaches() {
        compose.services().keySet().forEach(name -> compose.dependsOn(name).forEach((dependency, condition) -> {
            assertThat(compose.services()).as("%s depends on %s", name, dependency).containsKey(dependency);
            assertThat(CONDITIONS).as("%s's condition on %s", name, dependency).contains(condition);
            if (condition.equals("service_healthy")) {
                assertThat(compose.service(dependency)).as("%s waits for %s to be healthy", name, dependency).containsKey("healthcheck");
            }
            if (condition.equals("service_completed_successfully")) {
                assertThat(String.valueOf(compose.service(dependency).getOrDefault("restart", "no")))
                        .as("%s waits for %s to exit: a one-shot", name, dependency).isEqualTo("no");
            }
        }));
        for (String stage : List.of("ingest", "enrich", "index", "serve", "alerts")) {
            assertThat(compose.dependsOn(stage)).as(stage).containsEntry("setup", "service_completed_successfully");
        }
        assertThat(compose.dependsOn("setup")).containsEntry("kafka", "service_healthy").containsEntry("elasticsearch", "service_healthy");
        assertThat(compose.service("serve")).containsKey("healthcheck");
        assertThat(compose.service("enrich")).containsKey("healthcheck");
        assertThat(compose.service("index")).containsKey("healthcheck");
        assertThat(compose.service("alerts")).containsKey("healthcheck");
    }

    @Test
    void everyStageRunsACommandWhoseMountedConfigurationBinds() {
        Set<String> commands = Newsflow.commandLine().getSubcommands().keySet();
        compose.services().keySet().stream().filter(name -> compose.buildContext(name) != null).forEach(name -> {
            List<String> command = compose.command(name);
            assertThat(command).as(name).isNotEmpty();
            assertThat(commands).as("%s runs newsflow %s", name, command.getFirst()).contains(command.getFirst());
            int c = command.indexOf("-c");
            assertThat(c).as("%s names its configuration file", name).isPositive();
            String inContainer = command.get(c + 1);
            assertThat(inContainer).as(name).startsWith("/config/");
            assertThat(compose.volumes(name)).as("%s mounts ./config read-only", name).contains("./config:/config:ro");
            Map<String, String> env = new HashMap<>(compose.environment(name));
            env.replaceAll((k, v) -> INTERPOLATION.matcher(v).replaceAll("set-in-dot-env-0123456789"));
            NewsflowConfig config = ConfigLoader.load(root.resolve("config").resolve(inContainer.substring("/config/".length())), env);
            assertThat(config.kafka().bootstrapServers()).as(name).isEqualTo("kafka:19092");
            Integer metricsPort = switch (command.getFirst()) { // a stage's health check asks the port its configuration opens
                case "enrich" -> config.enrich().metricsPort();
                case "index" -> config.index().metricsPort();
                case "alerts" -> config.index().alerts().metricsPort();
                default -> null;
            };
            if (metricsPort != null) {
                assertThat(metricsPort).as("%s opens /health", name).isPositive();
                assertThat(String.valueOf(((Map<?, ?>) compose.service(name).get("healthcheck")).get("test")))
                        .as("%s's health check", name).contains("http://localhost:" + metricsPort + "/health");
            }
        });
    }

    @Test
    void theScaledServicesHaveNothingTwoReplicasWouldShare() {
        for (String scaled : List.of(SCALED, SCALED_INGEST)) {
            assertThat(compose.service(scaled)).as(scaled).doesNotContainKeys("container_name", "ports", "hostname");
            assertThat(compose.volumes(scaled)).as("%s: a read-only bind or a volume of its own (anonymous) per replica", scaled)
                    .allSatisfy(v -> assertThat(v.endsWith(":ro") || !v.contains(":")).as(v).isTrue());
        }
        NewsflowConfig config = ConfigLoader.load(root.resolve("config/compose.yaml"), Map.of());
        assertThat(config.kafka().partitions()).as("raw-articles' partitions, shared by %d replicas", SCALE).isGreaterThanOrEqualTo(SCALE);
        assertThat(compose.volumes(SCALED)).contains(config.enrich().stateDir());
        assertThat(config.index().replicas()).as("one Elasticsearch node").isZero();
        NewsflowConfig ingest = ConfigLoader.load(root.resolve("config/sources.sample.yaml"), Map.of());
        assertThat(ingest.ingest().distribute().enabled()).as("ingest replicas share the sources through the fetch queue").isTrue();
    }

    @Test
    void theImageIsBuiltWithTheWrapperAndRunsTheCliAsANonRootUser() throws IOException {
        Dockerfile dockerfile = Dockerfile.read(root.resolve("Dockerfile"));
        Set<String> aliases = new java.util.HashSet<>();
        for (Dockerfile.Stage stage : dockerfile.stages()) {
            if (!aliases.contains(stage.image())) assertThat(pinned(stage.image())).as("FROM %s", stage.image()).isTrue();
            if (stage.alias() != null) aliases.add(stage.alias());
        }
        assertThat(dockerfile.stages()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(dockerfile.stages().getFirst().last("RUN")).contains("./mvnw", "-pl app", "-DskipTests").doesNotContain("demo");

        Dockerfile.Stage runtime = dockerfile.runtime();
        String user = runtime.last("USER");
        assertThat(user).as("the runtime stage's USER").isNotNull();
        assertThat(user.split(":")[0]).isNotIn("root", "0");
        assertThat(runtime.instructions()).anySatisfy(i -> assertThat(i).startsWith("COPY --from=").endsWith("app/target/lib/ /app/lib/"));
        assertThat(runtime.last("ENTRYPOINT")).startsWith("[\"java\"").endsWith("\"-jar\", \"/app/newsflow.jar\"]");
        assertThat(runtime.last("CMD")).isEqualTo("[\"--help\"]");
        assertThat(Files.readString(root.resolve(".dockerignore"))).contains("**/target", ".git", "demo/src");
    }
}

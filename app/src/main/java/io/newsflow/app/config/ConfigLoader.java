package io.newsflow.app.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * Loads {@link NewsflowConfig}: the bundled defaults ({@code newsflow-defaults.yaml}), then the user's YAML file on top
 * (only the keys it sets), then environment variables for what differs per deployment and must not sit in files
 * ({@link EnvironmentVariable} lists them):
 *
 * <ul>
 *   <li>{@code NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS} → {@code kafka.bootstrapServers}</li>
 *   <li>{@code NEWSFLOW_ELASTICSEARCH_HOSTS} (comma-separated) → {@code index.hosts}</li>
 *   <li>{@code NEWSFLOW_ELASTICSEARCH_API_KEY} → {@code index.apiKey}</li>
 *   <li>{@code NEWSFLOW_ELASTICSEARCH_USERNAME} / {@code NEWSFLOW_ELASTICSEARCH_PASSWORD} → basic auth</li>
 *   <li>{@code NEWSFLOW_SERVE_TOKEN} → {@code index.serve.token} (the page's and API's shared secret)</li>
 * </ul>
 *
 * An unknown key or a bad value fails at start with a {@link ConfigException} naming the key.
 */
public final class ConfigLoader {
    static final String DEFAULTS = "/newsflow-defaults.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private ConfigLoader() {}

    /** Defaults, then {@code file} if given, then the environment. */
    public static NewsflowConfig load(Path file, Map<String, String> environment) {
        ObjectNode tree = defaults();
        if (file != null) {
            if (!Files.isRegularFile(file)) throw new ConfigException("configuration file not found: " + file);
            try {
                JsonNode user = YAML.readTree(file.toFile());
                if (user != null && !user.isMissingNode() && !user.isNull()) {
                    if (!user.isObject()) throw new ConfigException(file + ": expected a mapping of sections (kafka, ingest, enrich, index)");
                    merge(tree, (ObjectNode) user);
                }
            } catch (IOException e) {
                throw new ConfigException(file + ": not valid YAML: " + e.getMessage(), e);
            }
        }
        applyEnvironment(tree, environment);
        return bind(tree, file == null ? "defaults" : file.toString());
    }

    public static NewsflowConfig defaultsOnly() {
        return bind(defaults(), "defaults");
    }

    private static ObjectNode defaults() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) throw new IllegalStateException(DEFAULTS + " is missing from the classpath");
            return (ObjectNode) YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULTS, e);
        }
    }

    private static NewsflowConfig bind(ObjectNode tree, String origin) {
        try {
            return YAML.treeToValue(tree, NewsflowConfig.class);
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException(origin + ": unknown key '" + e.getPathReference().replaceAll(".*\\[\"?|\"?\\]", "") + "' at "
                    + path(e) + " (known: " + e.getKnownPropertyIds() + ")", e);
        } catch (JsonProcessingException e) {
            Throwable root = e;
            while (root.getCause() != null) root = root.getCause();
            throw new ConfigException(origin + ": invalid value at " + path(e) + ": " + root.getMessage(), e);
        }
    }

    private static String path(JsonProcessingException e) {
        if (!(e instanceof com.fasterxml.jackson.databind.JsonMappingException m)) return "?";
        StringBuilder sb = new StringBuilder();
        for (var ref : m.getPath()) {
            if (ref.getFieldName() != null) sb.append(sb.isEmpty() ? "" : ".").append(ref.getFieldName());
            else sb.append('[').append(ref.getIndex()).append(']');
        }
        return sb.isEmpty() ? "(top level)" : sb.toString();
    }

    /** Deep merge: mappings merge key by key, anything else in {@code over} replaces what {@code base} had. */
    static void merge(ObjectNode base, ObjectNode over) {
        for (Iterator<Map.Entry<String, JsonNode>> it = over.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode existing = base.get(e.getKey());
            if (existing instanceof ObjectNode existingObject && e.getValue() instanceof ObjectNode overObject) {
                merge(existingObject, overObject);
            } else {
                base.set(e.getKey(), e.getValue());
            }
        }
    }

    private static void applyEnvironment(ObjectNode tree, Map<String, String> env) {
        for (EnvironmentVariable v : EnvironmentVariable.values()) v.apply(tree, env.get(v.variable()));
    }
}

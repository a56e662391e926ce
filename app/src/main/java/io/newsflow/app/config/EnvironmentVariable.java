package io.newsflow.app.config;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The environment variables {@link ConfigLoader} reads, each with the configuration key it sets: the one list of them,
 * also read by the test that checks {@code docker-compose.yml} sets no variable newsflow would ignore. A blank value
 * is ignored; a list key takes a comma-separated value.
 */
public enum EnvironmentVariable {
    KAFKA_BOOTSTRAP_SERVERS("NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS", "kafka.bootstrapServers", false),
    ELASTICSEARCH_HOSTS("NEWSFLOW_ELASTICSEARCH_HOSTS", "index.hosts", true),
    ELASTICSEARCH_API_KEY("NEWSFLOW_ELASTICSEARCH_API_KEY", "index.apiKey", false),
    ELASTICSEARCH_USERNAME("NEWSFLOW_ELASTICSEARCH_USERNAME", "index.username", false),
    ELASTICSEARCH_PASSWORD("NEWSFLOW_ELASTICSEARCH_PASSWORD", "index.password", false),
    SERVE_TOKEN("NEWSFLOW_SERVE_TOKEN", "index.serve.token", false);

    private final String variable;
    private final String key;
    private final boolean list;

    EnvironmentVariable(String variable, String key, boolean list) {
        this.variable = variable;
        this.key = key;
        this.list = list;
    }

    /** The variable's name, e.g. {@code NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS}. */
    public String variable() {
        return variable;
    }

    /** The dotted configuration key it sets, e.g. {@code kafka.bootstrapServers}. */
    public String key() {
        return key;
    }

    /** Every variable's name. */
    public static Set<String> names() {
        return Arrays.stream(values()).map(EnvironmentVariable::variable).collect(Collectors.toUnmodifiableSet());
    }

    /** Sets this variable's key in {@code tree} to {@code value}, unless the value is null or blank. */
    void apply(ObjectNode tree, String value) {
        if (value == null || value.isBlank()) return;
        String[] path = key.split("\\.");
        ObjectNode section = tree;
        for (int i = 0; i < path.length - 1; i++) section = section.withObjectProperty(path[i]);
        String last = path[path.length - 1];
        if (list) {
            ArrayNode array = section.putArray(last);
            for (String item : value.split(",")) if (!item.isBlank()) array.add(item.strip());
        } else {
            section.set(last, TextNode.valueOf(value));
        }
    }
}

package io.newsflow.app.compose;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code docker-compose.yml} as the compose CLI reads it, for tests: YAML anchors and merge keys resolved (SnakeYAML),
 * then the few shapes compose allows for one setting (a list or a map of environment variables or dependencies)
 * brought to one.
 */
record ComposeFile(Map<String, Map<String, Object>> services) {

    @SuppressWarnings("unchecked")
    static ComposeFile read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file)) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return new ComposeFile((Map<String, Map<String, Object>>) root.get("services"));
        }
    }

    Map<String, Object> service(String name) {
        return services.get(name);
    }

    /** The service's environment, from {@code KEY: value} or {@code - KEY=value}. */
    Map<String, String> environment(String name) {
        Map<String, String> env = new LinkedHashMap<>();
        Object raw = service(name).get("environment");
        if (raw instanceof Map<?, ?> map) map.forEach((k, v) -> env.put(k.toString(), v == null ? "" : v.toString()));
        if (raw instanceof List<?> list) {
            for (Object item : list) {
                String[] kv = item.toString().split("=", 2);
                env.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        return env;
    }

    /** The services {@code name} depends on, each with its condition ({@code service_started} for the list form). */
    Map<String, String> dependsOn(String name) {
        Map<String, String> deps = new LinkedHashMap<>();
        Object raw = service(name).get("depends_on");
        if (raw instanceof List<?> list) list.forEach(d -> deps.put(d.toString(), "service_started"));
        if (raw instanceof Map<?, ?> map) {
            map.forEach((k, v) -> deps.put(k.toString(), v instanceof Map<?, ?> m && m.get("condition") != null
                    ? m.get("condition").toString() : "service_started"));
        }
        return deps;
    }

    /** The service's command as a list of words (compose's list form; a string is split on spaces). */
    List<String> command(String name) {
        Object raw = service(name).get("command");
        if (raw == null) return List.of();
        if (raw instanceof List<?> list) return list.stream().map(Object::toString).toList();
        return List.of(raw.toString().trim().split("\\s+"));
    }

    /** Its volumes in the short syntax {@code [SOURCE:]TARGET[:MODE]}. */
    List<String> volumes(String name) {
        Object raw = service(name).get("volumes");
        return raw instanceof List<?> list ? list.stream().map(Object::toString).toList() : List.of();
    }

    /** Its {@code build} context, or null when it runs a published image. */
    String buildContext(String name) {
        Object raw = service(name).get("build");
        if (raw instanceof Map<?, ?> map) return String.valueOf(map.get("context"));
        return raw == null ? null : raw.toString();
    }
}

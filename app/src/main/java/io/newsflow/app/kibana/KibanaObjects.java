package io.newsflow.app.kibana;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * newsflow's Kibana saved objects: the NDJSON files of {@code dashboards/kibana/} in the checkout, bundled in the
 * app jar under {@value #FOLDER}. Data views for the articles and events aliases, aggregation-based visualizations
 * (coverage, relations by quad class, top actors, top pairs), a saved search (event timeline) and the dashboard that
 * lays them out. Import order matters for readers, not for Kibana: data views first.
 */
public final class KibanaObjects {
    static final String FOLDER = "/kibana/";
    /** The files, in import order. */
    public static final List<String> FILES = List.of("data-views.ndjson", "visualizations.ndjson", "dashboard.ndjson");

    private KibanaObjects() {}

    /** All objects as one NDJSON document (one object per line, newline-terminated), as the import API takes it. */
    public static String ndjson() {
        StringBuilder out = new StringBuilder();
        for (String file : FILES) {
            try (InputStream in = KibanaObjects.class.getResourceAsStream(FOLDER + file)) {
                if (in == null) throw new IllegalStateException("Kibana objects " + file + " are missing from the classpath");
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                text.lines().filter(l -> !l.isBlank()).forEach(l -> out.append(l.strip()).append('\n'));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read Kibana objects " + file, e);
            }
        }
        return out.toString();
    }
}

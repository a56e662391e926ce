package io.newsflow.app.kibana;

import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.index.articles.ArticleIndexTemplate;
import io.newsflow.index.events.EventIndexTemplate;
import io.newsflow.index.settings.IndexSettings;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No Kibana runs here, so the saved objects are checked against what Kibana's import API takes and against the index
 * templates they are meant for: one JSON object per line with type, id, attributes and references; the attributes
 * each type needs (embedded JSON strings valid); unique ids; every reference resolving to an object in the files;
 * and every field a data view, visualization, query, column or sort names existing in the articles or events mapping
 * with a type that fits its use (date histograms on dates, terms on keywords or booleans).
 */
class KibanaObjectsTest {
    static final Path FOLDER = Path.of("..", "dashboards", "kibana");
    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern KQL_FIELD = Pattern.compile("([A-Za-z_][A-Za-z0-9_.]*)\\s*:");
    static final IndexSettings DEFAULTS = IndexSettings.local("http://localhost:9200", "newsflow-", "newsflow-index");
    static final Map<String, TypeMapping> MAPPINGS = Map.of(
            DEFAULTS.articlesIndex(), ArticleIndexTemplate.mappings(),
            DEFAULTS.eventsIndex(), EventIndexTemplate.mappings());

    static List<JsonNode> objects() throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : KibanaObjects.ndjson().split("\n")) out.add(JSON.readTree(line));
        return out;
    }

    @Test
    void theFolderHoldsExactlyTheBundledFilesOneObjectPerLine() throws Exception {
        try (Stream<Path> files = Files.list(FOLDER)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(KibanaObjects.FILES);
        }
        for (String file : KibanaObjects.FILES) {
            for (String line : Files.readAllLines(FOLDER.resolve(file))) {
                assertThat(line).as(file).isNotBlank();
                assertThat(JSON.readTree(line).isObject()).as(file + ": " + line).isTrue();
            }
        }
        assertThat(KibanaObjects.ndjson()).endsWith("\n").doesNotContain("\n\n");
    }

    @Test
    void everyObjectHasWhatTheImportApiNeedsAndItsReferencesResolve() throws Exception {
        List<JsonNode> objects = objects();
        Set<String> ids = new HashSet<>();
        for (JsonNode o : objects) {
            assertThat(o.path("type").asText()).isIn("index-pattern", "visualization", "search", "dashboard");
            assertThat(ids.add(o.path("type").asText() + ":" + o.path("id").asText())).as("duplicate " + o.path("id")).isTrue();
            JsonNode a = o.path("attributes");
            assertThat(a.path("title").asText()).as(o.path("id") + " title").isNotBlank();
            assertThat(o.path("references").isArray()).isTrue();
            switch (o.path("type").asText()) {
                case "index-pattern" -> assertThat(MAPPINGS).containsKey(a.path("title").asText());
                case "visualization" -> {
                    assertThat(JSON.readTree(a.path("visState").asText()).path("aggs").isArray()).isTrue();
                    assertThat(JSON.readTree(a.path("uiStateJSON").asText()).isObject()).isTrue();
                }
                case "search" -> assertThat(a.path("columns").isArray()).isTrue();
                case "dashboard" -> assertThat(JSON.readTree(a.path("panelsJSON").asText()).isArray()).isTrue();
                default -> throw new AssertionError(o);
            }
        }
        for (JsonNode o : objects) {
            Set<String> refNames = new HashSet<>();
            for (JsonNode r : o.path("references")) {
                refNames.add(r.path("name").asText());
                assertThat(ids).as(o.path("id") + " refers to " + r).contains(r.path("type").asText() + ":" + r.path("id").asText());
            }
            JsonNode source = o.path("attributes").path("kibanaSavedObjectMeta").path("searchSourceJSON");
            if (!source.isMissingNode() && JSON.readTree(source.asText()).has("indexRefName")) {
                assertThat(refNames).contains(JSON.readTree(source.asText()).path("indexRefName").asText());
            }
            if (o.path("type").asText().equals("dashboard")) {
                for (JsonNode panel : JSON.readTree(o.path("attributes").path("panelsJSON").asText())) {
                    assertThat(refNames).contains(panel.path("panelRefName").asText());
                }
                assertThat(refNames).hasSize(5);
            }
        }
    }

    @Test
    void everyFieldNamedExistsInItsIndexTemplateWithAFittingType() throws Exception {
        Map<String, String> viewTitles = new HashMap<>();
        List<JsonNode> objects = objects();
        for (JsonNode o : objects) {
            if (o.path("type").asText().equals("index-pattern")) {
                String title = o.path("attributes").path("title").asText();
                viewTitles.put(o.path("id").asText(), title);
                assertField(title, o.path("attributes").path("timeFieldName").asText(), Property.Kind.Date);
            }
        }
        int checked = 0;
        for (JsonNode o : objects) {
            String view = null;
            for (JsonNode r : o.path("references")) if (r.path("type").asText().equals("index-pattern")) view = viewTitles.get(r.path("id").asText());
            if (view == null) continue;
            JsonNode a = o.path("attributes");
            JsonNode source = JSON.readTree(a.path("kibanaSavedObjectMeta").path("searchSourceJSON").asText());
            Matcher m = KQL_FIELD.matcher(source.path("query").path("query").asText());
            while (m.find()) checked += assertField(view, m.group(1), null);
            if (a.has("visState")) {
                for (JsonNode agg : JSON.readTree(a.path("visState").asText()).path("aggs")) {
                    String field = agg.path("params").path("field").asText(null);
                    if (field == null) continue;
                    Property.Kind kind = switch (agg.path("type").asText()) {
                        case "date_histogram" -> Property.Kind.Date;
                        case "terms" -> null; // keyword or boolean, checked below
                        default -> throw new AssertionError("unchecked aggregation " + agg);
                    };
                    checked += assertField(view, field, kind);
                    if (kind == null) assertThat(kind(view, field)).as(field).isIn(Property.Kind.Keyword, Property.Kind.Boolean);
                }
            }
            for (JsonNode column : a.path("columns")) checked += assertField(view, column.asText(), null);
            for (JsonNode sort : a.path("sort")) checked += assertField(view, sort.get(0).asText(), Property.Kind.Date);
        }
        assertThat(checked).isGreaterThan(15);
    }

    static Property.Kind kind(String view, String field) {
        Property p = MAPPINGS.get(view).properties().get(field);
        assertThat(p).as("field " + field + " in the " + view + " template").isNotNull();
        return p._kind();
    }

    static int assertField(String view, String field, Property.Kind expected) {
        Property.Kind actual = kind(view, field);
        if (expected != null) assertThat(actual).as(view + "." + field).isEqualTo(expected);
        return 1;
    }
}

package io.newsflow.ingest.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The schema.org objects of a page's {@code <script type="application/ld+json">} blocks, flattened ({@code @graph},
 * arrays, nested {@code mainEntity}), and the one that describes the article. Pages write JSON-LD loosely (comments,
 * raw control characters, trailing commas), so the parser is lenient; a block that still does not parse is skipped.
 */
final class JsonLd {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .enable(JsonParser.Feature.IGNORE_UNDEFINED)
            .build();

    private final List<JsonNode> objects;
    private final JsonNode article;

    private JsonLd(List<JsonNode> objects) {
        this.objects = objects;
        this.article = pickArticle(objects);
    }

    static JsonLd of(Document document) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : document.select("script[type=application/ld+json]")) {
            try {
                flatten(JSON.readTree(script.data()), objects, 0);
            } catch (Exception malformed) {
                // a broken block says nothing; the page's other signals still count
            }
        }
        return new JsonLd(objects);
    }

    /** The article object ({@code NewsArticle}, {@code BlogPosting}, ...), or a missing node. */
    JsonNode article() {
        return article;
    }

    /** Every schema.org object of the page, in page order. */
    List<JsonNode> objects() {
        return objects;
    }

    /** Every object whose {@code @type} is (or ends with) the given type, e.g. {@code WebPage}. */
    List<JsonNode> ofType(String type) {
        return objects.stream().filter(o -> types(o).stream().anyMatch(t -> t.endsWith(type))).toList();
    }

    /** A string field of the article (the first, when it is a list), or null. */
    String articleText(String field) {
        return text(article.path(field));
    }

    /** Names in a field that holds a string, a {@code Person}/{@code Organization} object (its {@code name}, else given and family name), or a list of them. */
    static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node.isArray()) {
            for (JsonNode n : node) names.addAll(names(n));
        } else if (node.isTextual()) {
            names.add(node.asText());
        } else if (node.isObject()) {
            String name = text(node.path("name"));
            if (name == null) { // a Person given as givenName + familyName
                String given = text(node.path("givenName")), family = text(node.path("familyName"));
                if (given != null && family != null) name = given + " " + family;
            }
            if (name != null) names.add(name);
        }
        return names;
    }

    /** A text value: the string itself, the first of a list, or an object's {@code url}/{@code @id}; else null. */
    static String text(JsonNode node) {
        if (node.isArray()) return node.isEmpty() ? null : text(node.get(0));
        if (node.isObject()) return node.has("url") ? text(node.get("url")) : text(node.path("@id"));
        if (node.isTextual() || node.isNumber()) {
            String s = node.asText().strip();
            return s.isEmpty() ? null : s;
        }
        return null;
    }

    private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
        if (depth > 4 || node == null) return;
        if (node.isArray()) {
            for (JsonNode n : node) flatten(n, out, depth + 1);
        } else if (node.isObject()) {
            out.add(node);
            flatten(node.get("@graph"), out, depth + 1);
            flatten(node.get("mainEntity"), out, depth + 1);
        }
    }

    private static JsonNode pickArticle(List<JsonNode> objects) {
        JsonNode fallback = null;
        for (JsonNode o : objects) {
            for (String t : types(o)) {
                String type = t.toLowerCase(Locale.ROOT);
                if (type.endsWith("article") || type.endsWith("posting") || type.equals("report")) return o;
            }
            if (fallback == null && o.has("headline") && o.has("datePublished")) fallback = o;
        }
        return fallback != null ? fallback : JSON.missingNode();
    }

    private static List<String> types(JsonNode o) {
        JsonNode type = o.path("@type");
        List<String> types = new ArrayList<>();
        if (type.isArray()) type.forEach(t -> types.add(t.asText()));
        else if (type.isTextual()) types.add(type.asText());
        return types;
    }
}

package io.newsflow.app.analyze;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Locale;

/**
 * Reads one JSON line {@code {"id"?, "text", "published"?, "language"?}} into an {@link InputDocument}. A line that is
 * not one JSON object, lacks a string {@code "text"}, or has a field of the wrong type ({@code "text": {"a":1}}) is an
 * {@link IllegalArgumentException} that says which, never a document with an empty text. Other fields are ignored.
 * {@code "published"} is read by {@link PublishedDate}. Thread-safe.
 */
final class JsonLine {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** The longest wrong value an error message quotes, in characters. */
    static final int SHOWN_CHARS = 60;

    private JsonLine() {}

    /** @param defaultId the id of a line without one */
    static InputDocument parse(String line, String defaultId) {
        JsonNode doc;
        try {
            doc = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON at column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
        if (!doc.isObject()) throw new IllegalArgumentException("not a JSON object but " + kind(doc));
        JsonNode id = doc.path("id");
        if (!id.isMissingNode() && !id.isNull() && !id.isTextual() && !id.isNumber()) {
            throw new IllegalArgumentException("\"id\" must be a string or a number, not " + kind(id));
        }
        String text = string(doc, "text");
        if (text == null) throw new IllegalArgumentException("no \"text\": the field is missing or null");
        return new InputDocument(id.isMissingNode() || id.isNull() ? defaultId : id.asText(), text,
                PublishedDate.parse(string(doc, "published")), string(doc, "language"));
    }

    /** The field's string value, null when missing or null; a value of another type is an error. */
    private static String string(JsonNode doc, String field) {
        JsonNode value = doc.path(field);
        if (value.isMissingNode() || value.isNull()) return null;
        if (!value.isTextual()) throw new IllegalArgumentException("\"" + field + "\" must be a string, not " + kind(value) + ": " + shown(value));
        return value.textValue();
    }

    /** The value as JSON, cut to {@value #SHOWN_CHARS} characters for an error message. */
    private static String shown(JsonNode value) {
        String json = value.toString();
        return json.length() <= SHOWN_CHARS ? json : json.substring(0, SHOWN_CHARS - 1) + "…";
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            default -> "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}

package io.newsflow.schemas;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;

import java.util.ArrayList;
import java.util.List;

/**
 * The evolution rule, checked with Avro's own {@link SchemaCompatibility}: a new schema must be both backward
 * compatible (it reads data written with every earlier version) and forward compatible (every earlier version reads
 * data written with it). Stages are deployed independently, so during a rolling upgrade old and new readers and
 * writers meet in both directions. In practice: add fields only with a default, remove only fields that had one,
 * never change a field's type or name (aliases aside), never remove an enum symbol.
 */
public final class CompatibilityCheck {
    private CompatibilityCheck() {}

    /**
     * Every incompatibility between {@code candidate} and the {@code released} versions (v1 first), one readable line
     * each naming the field; empty when the candidate may be released.
     */
    public static List<String> problems(Schema candidate, List<Schema> released) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < released.size(); i++) {
            Schema old = released.get(i);
            String version = candidate.getName() + " v" + (i + 1);
            describe(problems, "new schema cannot read data written with " + version + " (backward)", candidate, old);
            describe(problems, version + " cannot read data written with the new schema (forward)", old, candidate);
        }
        return problems;
    }

    private static void describe(List<String> problems, String direction, Schema reader, Schema writer) {
        var result = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getResult();
        for (Incompatibility incompatibility : result.getIncompatibilities()) {
            problems.add(direction + ": field " + fieldPath(reader, incompatibility.getLocation()) + ": "
                    + incompatibility.getType() + " (" + incompatibility.getMessage() + ")");
        }
    }

    /**
     * Turns Avro's JSON-pointer location ({@code /fields/3/type/1/items}) into field names ({@code links[].url}),
     * walking the reader schema.
     */
    static String fieldPath(Schema root, String location) {
        StringBuilder path = new StringBuilder();
        Schema schema = root;
        String[] parts = location.split("/");
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.equals("type") || part.equals("name") || part.equals("symbols")) continue;
            if (part.equals("fields") && i + 1 < parts.length && schema.getType() == Schema.Type.RECORD) {
                Schema.Field field = schema.getFields().get(Integer.parseInt(parts[++i]));
                path.append(path.isEmpty() ? "" : ".").append(field.name());
                schema = field.schema();
            } else if (part.equals("items") && schema.getType() == Schema.Type.ARRAY) {
                path.append("[]");
                schema = schema.getElementType();
            } else if (part.equals("values") && schema.getType() == Schema.Type.MAP) {
                path.append("{}");
                schema = schema.getValueType();
            } else if (part.matches("\\d+") && schema.getType() == Schema.Type.UNION) {
                schema = schema.getTypes().get(Integer.parseInt(part));
            }
        }
        return path.isEmpty() ? "(record " + root.getName() + ")" : path.toString();
    }
}

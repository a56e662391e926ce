package io.newsflow.index.api;

import io.newsflow.index.search.SearchQuery;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The query string of an API request as a {@link SearchQuery}: {@code q}, {@code actor}, {@code type}, {@code from},
 * {@code to} (ISO dates, UTC days, inclusive), {@code lang}, {@code size}. An unknown parameter or a bad value is an
 * {@link IllegalArgumentException} naming it (the API answers 400).
 */
final class QueryParameters {
    static final Set<String> KNOWN = Set.of("q", "actor", "type", "from", "to", "lang", "size");

    private QueryParameters() {}

    static SearchQuery parse(URI uri, int defaultSize) {
        Map<String, String> p = new HashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                if (!KNOWN.contains(key)) throw new IllegalArgumentException("unknown parameter '" + key + "' (known: " + KNOWN + ")");
                p.put(key, value);
            }
        }
        return new SearchQuery(p.get("q"), p.get("actor"), p.get("type"), date(p, "from"), date(p, "to"), p.get("lang"),
                size(p.get("size"), defaultSize));
    }

    private static LocalDate date(Map<String, String> p, String key) {
        String v = p.get(key);
        if (v == null || v.isBlank()) return null;
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + key + "' must be a date like 2025-05-20, was '" + v + "'");
        }
    }

    private static int size(String v, int defaultSize) {
        if (v == null || v.isBlank()) return defaultSize;
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'size' must be a number, was '" + v + "'");
        }
    }
}

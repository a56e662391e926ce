package io.newsflow.index.api;

import io.newsflow.index.model.SearchQuery;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query string of an API request: the filters every endpoint takes as a {@link SearchQuery} ({@code q},
 * {@code actor}, {@code type}, {@code from}, {@code to} — ISO dates, UTC days, inclusive — {@code lang}, {@code outlet},
 * {@code size}), plus the few parameters one endpoint adds ({@code split}, {@code a}, {@code week}, ...). An unknown
 * parameter or a bad value is an {@link IllegalArgumentException} naming it (the API answers 400).
 *
 * @param query  the filters
 * @param extras the endpoint's own parameters that were given, by name
 */
record QueryParameters(SearchQuery query, Map<String, String> extras) {
    static final Set<String> KNOWN = Set.of("q", "actor", "type", "from", "to", "lang", "outlet", "size");

    /** Parses {@code uri}'s query; {@code extra} names the endpoint's own parameters. */
    static QueryParameters parse(URI uri, int defaultSize, Set<String> extra) {
        Map<String, String> p = new HashMap<>();
        Map<String, String> extras = new HashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                if (KNOWN.contains(key)) p.put(key, value);
                else if (extra.contains(key)) extras.put(key, value);
                else {
                    Set<String> known = new TreeSet<>(KNOWN);
                    known.addAll(extra);
                    throw new IllegalArgumentException("unknown parameter '" + key + "' (known: " + known + ")");
                }
            }
        }
        SearchQuery query = new SearchQuery(p.get("q"), p.get("actor"), p.get("type"), date(p, "from"), date(p, "to"),
                p.get("lang"), p.get("outlet"), size(p.get("size"), defaultSize));
        return new QueryParameters(query, Map.copyOf(extras));
    }

    /** The endpoint parameter {@code key}, or {@code fallback} when absent or blank. */
    String extra(String key, String fallback) {
        String v = extras.get(key);
        return v == null || v.isBlank() ? fallback : v.strip();
    }

    /** The endpoint parameter {@code key} as a date, or null when absent. */
    LocalDate extraDate(String key) {
        return date(extras, key);
    }

    /** The endpoint parameter {@code key} as one of {@code type}'s constants (any case), or {@code fallback}. */
    <E extends Enum<E>> E extraEnum(String key, Class<E> type, E fallback) {
        String v = extra(key, null);
        if (v == null) return fallback;
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + key + "' must be one of " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).toList() + ", was '" + v + "'");
        }
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

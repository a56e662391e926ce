package io.newsflow.index.model;

import io.newsflow.schemas.EventType;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * What a user asks for: words (any language, may be empty) and filters, shared by the {@code search} command, the
 * HTTP API and saved searches.
 *
 * @param text     words to search for; blank for "everything that passes the filters"
 * @param actor    an actor id ({@code Q7747}, {@code nf:person/...}) or canonical name (any case), or null
 * @param type     a PLOVER event type ({@code CONSULT}, any case), or null
 * @param from     first day (UTC, inclusive), or null
 * @param to       last day (UTC, inclusive), or null
 * @param language ISO 639-1 code of the article's language ({@code en}, {@code ru}, {@code hy}), or null
 * @param outlet   who published the article (its {@code outlet}: site name, else host; exact), or null
 * @param size     most results; 1..1000
 */
public record SearchQuery(String text, String actor, String type, LocalDate from, LocalDate to, String language, String outlet, int size) {
    public SearchQuery {
        text = text == null ? "" : text.strip();
        actor = blankToNull(actor);
        type = blankToNull(type);
        if (type != null) {
            String upper = type.toUpperCase(Locale.ROOT);
            if (Arrays.stream(EventType.values()).noneMatch(t -> t.name().equals(upper))) {
                throw new IllegalArgumentException("unknown event type '" + type + "'; one of " + Arrays.toString(EventType.values()));
            }
            type = upper;
        }
        language = language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
        outlet = blankToNull(outlet);
        if (from != null && to != null && to.isBefore(from)) throw new IllegalArgumentException("'to' (" + to + ") is before 'from' (" + from + ")");
        if (size < 1 || size > 1000) throw new IllegalArgumentException("size must be 1..1000, was " + size);
    }

    /** Words only, no filters. */
    public static SearchQuery text(String text, int size) {
        return new SearchQuery(text, null, null, null, null, null, null, size);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

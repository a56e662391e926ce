package io.newsflow.index.mapping;

import co.elastic.clients.elasticsearch._types.mapping.Property;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The field types newsflow's mappings are made of, each usable on the embedded node and on the full distribution
 * (core field types and the {@code english}/{@code russian}/{@code armenian} analyzers only).
 *
 * <p>Free text is indexed twice at most: by {@code standard} on the field itself (every language: exact word forms),
 * and by the analyzer of the document's language in a sibling field {@code <field>_en}, {@code _ru} or {@code _hy}
 * (stemmed forms: "talk" finds "talks", "переговоры" finds "переговорах"). The document carries the stemmed copy only
 * for its own language ({@link #stemmedCopies}); a document whose language is unknown gets all three, as every
 * document did before (each text analysed four times: 28% of Elasticsearch's samples in a profile of the end-to-end
 * benchmark, half of it Snowball stemmers run on texts in other languages). The copies are left out of the stored
 * {@code _source} ({@link #stemmedNames}), so what search returns, and the index's size on disk for stored fields, is
 * as if each text were written once. A query searches the field and every copy ({@link #multilingual}) and needs no
 * language. What is lost: stemming of a second language inside a text (a Russian quote in an English article matches
 * its exact forms only); see docs/architecture.md.
 */
public final class Fields {
    /** Longest keyword value indexed (longer values are stored but not searchable), in characters. */
    public static final int KEYWORD_MAX = 1024;

    private Fields() {}

    public static Property keyword() {
        return Property.of(p -> p.keyword(k -> k.ignoreAbove(KEYWORD_MAX)));
    }

    public static Property date() {
        return Property.of(p -> p.date(d -> d));
    }

    public static Property integer() {
        return Property.of(p -> p.integer(i -> i));
    }

    public static Property floating() {
        return Property.of(p -> p.float_(f -> f));
    }

    public static Property bool() {
        return Property.of(p -> p.boolean_(b -> b));
    }

    /**
     * The languages whose stemmed copies are indexed, in the order their fields are mapped and searched, each with
     * Elasticsearch's built-in analyzer for it.
     */
    private static final Map<String, String> STEMMED;
    static {
        Map<String, String> stemmed = new LinkedHashMap<>();
        stemmed.put("en", "english");
        stemmed.put("ru", "russian");
        stemmed.put("hy", "armenian");
        STEMMED = Collections.unmodifiableMap(stemmed);
    }

    /** Free text analysed by {@code standard} (exact word forms, every language). */
    public static Property standardText() {
        return Property.of(p -> p.text(t -> t.analyzer("standard")));
    }

    /**
     * The mapping of each free-text field: the field itself by {@code standard}, and {@code <field>_en}, {@code _ru},
     * {@code _hy} by their language's analyzer (filled by {@link #stemmedCopies}, left out of {@code _source}).
     */
    public static Map<String, Property> multilingualText(String... fields) {
        Map<String, Property> mapped = new LinkedHashMap<>();
        for (String field : fields) {
            mapped.put(field, standardText());
            STEMMED.forEach((language, analyzer) ->
                    mapped.put(field + "_" + language, Property.of(p -> p.text(t -> t.analyzer(analyzer)))));
        }
        return mapped;
    }

    /** The stemmed copies' field names of {@code fields}, for the mapping's {@code _source} excludes. */
    public static List<String> stemmedNames(String... fields) {
        List<String> names = new ArrayList<>();
        for (String field : fields) for (String language : STEMMED.keySet()) names.add(field + "_" + language);
        return names;
    }

    /**
     * The stemmed copies a document of {@code language} carries, for the fields and values given in pairs ("title",
     * title, "text", text): {@code <field>_<language>} for English, Russian and Armenian (a regional subtag is
     * ignored: "en-GB" is English), all three when the language is unknown (null or blank), none for any other
     * language (the {@code standard} field alone serves it). Null values are left out. Called for every document
     * written, so it reads the language without regular expressions.
     */
    public static Map<String, String> stemmedCopies(String language, String... fieldsAndValues) {
        Collection<String> languages = languagesOf(language);
        if (languages.isEmpty()) return Map.of();
        Map<String, String> copies = new LinkedHashMap<>();
        for (int i = 0; i + 1 < fieldsAndValues.length; i += 2) {
            if (fieldsAndValues[i + 1] == null) continue;
            for (String l : languages) copies.put(fieldsAndValues[i] + "_" + l, fieldsAndValues[i + 1]);
        }
        return copies;
    }

    private static Collection<String> languagesOf(String language) {
        if (language == null || language.isBlank()) return STEMMED.keySet();
        String primary = language.strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < primary.length(); i++) {
            char c = primary.charAt(i);
            if (c == '-' || c == '_') {
                primary = primary.substring(0, i);
                break;
            }
        }
        return STEMMED.containsKey(primary) ? List.of(primary) : List.of();
    }

    /**
     * The fields a query on multilingual text {@code field} searches, with an optional boost ("title" → title, title_en,
     * title_ru, title_hy, and the sub-fields title.en, title.ru, title.hy that indexes created before session 33 hold
     * their stemmed forms in: an upgraded deployment keeps finding its older months by stem; a field an index does not
     * map matches nothing there).
     */
    public static List<String> multilingual(String field, String boost) {
        List<String> searched = new ArrayList<>();
        searched.add(field + boost);
        for (String language : STEMMED.keySet()) searched.add(field + "_" + language + boost);
        for (String language : STEMMED.keySet()) searched.add(field + "." + language + boost);
        return searched;
    }
}
